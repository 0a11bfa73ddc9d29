import { GraphQLError } from "graphql";

/**
 * An error the client caused. GraphQLErrors are not masked by Yoga, so the message reaches the
 * client, and the http extension makes the response a 400 rather than a 200 or a 500.
 */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}), http: { status: 400 } },
  });
}
