import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

// Errors raised before execution: parse and validation errors (Yoga marks these `http.spec`,
// including a scalar's own parse error), and graphql-armor's limits ("Syntax Error: … limit").
const isRequestError = (error: GraphQLError) =>
  (error.extensions?.http as { spec?: boolean } | undefined)?.spec === true ||
  error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" ||
  error.extensions?.code === "GRAPHQL_PARSE_FAILED" ||
  error.message.startsWith("Syntax Error");

/**
 * A query that does not parse or validate, or exceeds a limit, is the client's error: answer
 * 400 whatever the Accept header (Yoga answers 200 to application/json clients by default).
 */
export function invalidRequestStatus(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
      if ("data" in result && result.data !== undefined) return;
      for (const error of result.errors as GraphQLError[]) {
        if (!isRequestError(error)) continue;
        const extensions = error.extensions as Record<string, unknown>;
        extensions.code ??= "GRAPHQL_VALIDATION_FAILED";
        extensions.http = { ...(extensions.http as object), status: 400, spec: false };
      }
    },
  };
}
