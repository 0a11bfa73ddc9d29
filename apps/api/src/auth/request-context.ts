import type { Database } from "@kausa/db";
import {
  type AdminLinks,
  type Context,
  type DataEvents,
  localeFromAcceptLanguage,
  type Mailer,
  unavailableRequestAuth,
  type Viewer,
  viewerFromApiToken,
} from "@kausa/schema";
import { GraphQLError } from "graphql";

export interface RequestContextOptions {
  db: Database;
  events: DataEvents;
  mailer: Mailer | null;
  links: AdminLinks;
}

/**
 * Builds each request's context: who is asking (an API token in `Authorization: Bearer …`),
 * the language, and the services resolvers need. Anonymous requests pay nothing extra.
 */
export function requestContext({ db, events, mailer, links }: RequestContextOptions) {
  return async ({ request }: { request: Request }): Promise<Context> => ({
    db,
    locale: localeFromAcceptLanguage(request.headers.get("accept-language")),
    viewer: await bearerViewer(db, request.headers.get("authorization")),
    auth: unavailableRequestAuth,
    events,
    mailer,
    links,
  });
}

/** A wrong, revoked or expired token is refused (401), never silently treated as anonymous. */
async function bearerViewer(db: Database, header: string | null): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthorized("The Authorization header must be `Bearer <token>`.");
  const result = await viewerFromApiToken(db, match[1] as string);
  if ("viewer" in result) return result.viewer;
  throw unauthorized(`The API token is ${result.refused === "unknown" ? "not valid" : result.refused}.`);
}

function unauthorized(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "UNAUTHENTICATED",
      http: { status: 401, headers: { "www-authenticate": 'Bearer realm="kausa"' } },
    },
  });
}
