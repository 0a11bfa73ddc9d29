import type { Database } from "@kausa/db";
import {
  type AdminLinks,
  type Context,
  type DataEvents,
  hashSecret,
  localeFromAcceptLanguage,
  type Mailer,
  type Viewer,
  viewerFromApiToken,
} from "@kausa/schema";
import { GraphQLError } from "graphql";
import { clientAddress, clientBucket, socketAddress } from "../security/client-ip.ts";
import type { AuthRuntime } from "./auth-runtime.ts";
import { fromAdminOrigin } from "./csrf.ts";
import { requestAuth } from "./request-session.ts";
import { clearSessionCookie, hasSessionCookie, sessionCookieValue } from "./session-cookie.ts";
import type { SessionRecord } from "./session-store.ts";

export interface RequestContextOptions {
  db: Database;
  events: DataEvents;
  mailer: Mailer | null;
  links: AdminLinks;
  auth: AuthRuntime;
}

/**
 * Builds each request's context: who is asking — an API token in `Authorization: Bearer …`
 * (it wins), else the session cookie if the request comes from the admin app — the language,
 * and the services resolvers need. Anonymous requests pay nothing extra: no cookie, no lookup.
 */
export function requestContext({ db, events, mailer, links, auth }: RequestContextOptions) {
  return async (initial: { request: Request }): Promise<Context> => {
    const { request } = initial;
    const headers = request.headers;
    const address = clientAddress(
      socketAddress(initial),
      headers.get("x-forwarded-for"),
      auth.config.trustedProxies,
    );
    const tokenViewer = await bearerViewer(db, headers.get("authorization"));

    const cookie = headers.get("cookie");
    const value = sessionCookieValue(cookie);
    const honoured = !tokenViewer && !!value && fromAdminOrigin(request, auth.adminOrigin);
    let session: SessionRecord | null = null;
    let viewer: Viewer | null = tokenViewer;
    if (honoured) {
      const found = await sessionViewer(db, auth, hashSecret(value));
      session = found?.session ?? null;
      viewer = found?.viewer ?? null;
      // A cookie for no (live) session: the browser may as well forget it.
      if (!found) auth.pendingCookies.set(initial, [clearSessionCookie(auth.secureCookie)]);
    } else if (
      !tokenViewer &&
      !value &&
      hasSessionCookie(cookie) &&
      fromAdminOrigin(request, auth.adminOrigin)
    ) {
      auth.pendingCookies.set(initial, [clearSessionCookie(auth.secureCookie)]);
    }

    return {
      db,
      locale: localeFromAcceptLanguage(headers.get("accept-language")),
      viewer,
      auth: requestAuth(auth, {
        request,
        serverContext: initial,
        clientIp: clientBucket(address),
        cookieId: value ? hashSecret(value) : undefined,
        session,
      }),
      events,
      mailer,
      links,
    };
  };
}

/** The session's account as a viewer; null (and the session deleted) if it ended or was disabled. */
async function sessionViewer(
  db: Database,
  auth: AuthRuntime,
  id: string,
): Promise<{ session: SessionRecord; viewer: Viewer } | null> {
  let session: SessionRecord | null;
  try {
    session = await auth.sessions.find(id);
  } catch {
    // Redis away: better a clear "try again" than being logged out (or a 500).
    throw new GraphQLError("Sessions are unavailable right now; try again shortly.", {
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: { "Retry-After": "5" } } },
    });
  }
  if (!session) return null;
  // The account is read on every request: a role change or a disabled account counts at once.
  const user = await db.prisma.user.findUnique({ where: { id: session.userId } });
  if (!user || user.disabledAt) {
    await auth.sessions.delete(id);
    return null;
  }
  return {
    session,
    viewer: {
      via: "session",
      userId: user.id,
      tokenId: null,
      sessionId: session.id,
      role: user.role,
      partnerId: user.partnerId,
      label: user.email,
    },
  };
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

/**
 * Whether the request's credentials belong to KAUSA staff, checked from the headers alone (for
 * the upload size limit, before the body is read). Any doubt answers false.
 */
export async function isStaffRequest(db: Database, auth: AuthRuntime, request: Request): Promise<boolean> {
  const staff = (viewer: Viewer | null | undefined) => viewer?.role === "ADMIN" || viewer?.role === "EDITOR";
  try {
    const header = request.headers.get("authorization");
    if (header) return staff(await bearerViewer(db, header));
    const value = sessionCookieValue(request.headers.get("cookie"));
    if (!value || !fromAdminOrigin(request, auth.adminOrigin)) return false;
    return staff((await sessionViewer(db, auth, hashSecret(value)))?.viewer);
  } catch {
    return false;
  }
}
