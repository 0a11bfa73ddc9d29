import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";

/**
 * Thrown while compiling (and while running) when a document or an answer is outside what the
 * compiled path reproduces exactly: the caller then lets the normal executor do the work, which
 * gives the same answer, or the right error, the usual way.
 */
export class NotCompilable extends Error {}

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The executor's field collection (graphql-js `collectFields`) for one object type: the field
 * nodes per response key, in the order the answer will have them. Fragments count when they are
 * on this very type (or have no type condition). Directives (@include, @skip, @defer) and
 * fragments on interfaces are left to the executor.
 */
export function collectFields(
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  fragments: Fragments,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new NotCompilable("directive");
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (on !== undefined && on !== typeName) throw new NotCompilable(`fragment on ${on}`);
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || fragment.typeCondition.name.value !== typeName) {
          throw new NotCompilable(`fragment ${selection.name.value}`);
        }
        visit(fragment.selectionSet);
      }
    }
  };
  for (const set of selectionSets) visit(set);
  return fields;
}

/** The sub-selections of all nodes of one response key, merged as the executor merges them. */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}
