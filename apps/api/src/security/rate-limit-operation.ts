import { type DocumentNode, getOperationAST, Kind, type SelectionSetNode } from "graphql";

/**
 * The root fields the executed operation selects (names, not aliases), including those inside
 * fragments at the root — `{ ...F } fragment F on Mutation { login }` must count as `login`.
 */
export function rootFieldNames(document: DocumentNode, operationName?: string | null): Set<string> {
  const names = new Set<string>();
  const operation = getOperationAST(document, operationName);
  if (!operation) return names;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value); // validation forbids cycles; this keeps a bad document finite
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}
