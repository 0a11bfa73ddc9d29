import { GraphQLError } from "graphql";

/** 404: no such entry, or none the viewer may see. */
export function notFound(typeName: string, id: string): GraphQLError {
  return new GraphQLError(`No ${typeName} with id "${id.slice(0, 80)}" that you may edit.`, {
    extensions: { code: "NOT_FOUND", http: { status: 404 } },
  });
}
