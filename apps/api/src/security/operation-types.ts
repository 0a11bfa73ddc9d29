import { GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * graphql-js 16 validates a `subscription` (or, until there are mutations, a `mutation`) against
 * a schema without that root type and only fails while executing, with an HTTP 200. Asking for an
 * operation type the API does not have is a client mistake: a validation error, so a 400.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }),
      );
    }
  },
});

export function operationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
  };
}
