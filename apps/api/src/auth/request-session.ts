import { hashSecret, newSecret, type RequestAuth } from "@kausa/schema";
import { GraphQLError } from "graphql";
import type { AuthRuntime } from "./auth-runtime.ts";
import { fromForeignBrowserOrigin } from "./csrf.ts";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.ts";
import type { SessionRecord } from "./session-store.ts";

export interface RequestSessionState {
  request: Request;
  /** Yoga's server context: the key under which Set-Cookie headers wait for the response. */
  serverContext: object;
  clientIp: string;
  /** The hash of the session cookie this browser sent (valid or not), if any. */
  cookieId: string | undefined;
  /** The live session behind it, when it was honoured. */
  session: SessionRecord | null;
}

/** One request's view of sessions and login throttling: what resolvers reach as `ctx.auth`. */
export function requestAuth(auth: AuthRuntime, state: RequestSessionState): RequestAuth {
  const setCookie = (value: string) => {
    const list = auth.pendingCookies.get(state.serverContext) ?? [];
    // The last decision counts (setPassword ends all sessions, then starts one).
    auth.pendingCookies.set(state.serverContext, [
      ...list.filter((c) => !c.startsWith(value.split("=")[0]!)),
      value,
    ]);
  };
  const forgetCookie = () => {
    state.cookieId = undefined;
    state.session = null;
    setCookie(clearSessionCookie(auth.secureCookie));
  };

  return {
    clientIp: state.clientIp,
    checkLoginAllowed: (email) => auth.throttle.check(email, state.clientIp),
    recordLoginFailure: (email) => auth.throttle.failure(email, state.clientIp),
    recordLoginSuccess: (email) => auth.throttle.success(email, state.clientIp),
    assertSessionOrigin() {
      if (fromForeignBrowserOrigin(state.request, auth.adminOrigin))
        throw new GraphQLError(`Log in through the admin app (${auth.adminOrigin}).`, {
          extensions: { code: "FORBIDDEN", http: { status: 403 } },
        });
    },
    async startSession(user) {
      // Rotation: whatever session this browser had is gone; the new one has a new id.
      if (state.cookieId) await auth.sessions.delete(state.cookieId);
      const value = newSecret();
      const id = hashSecret(value);
      state.session = await auth.sessions.create(id, user.id);
      state.cookieId = id;
      setCookie(setSessionCookie(value, auth.secureCookie));
    },
    async endSession() {
      if (state.cookieId) await auth.sessions.delete(state.cookieId);
      forgetCookie();
    },
    async endAllSessions(userId) {
      const ended = await auth.sessions.deleteAllOfUser(userId);
      if (state.session?.userId === userId) forgetCookie();
      return ended;
    },
    async endOtherSessions(userId) {
      const own = state.session?.userId === userId ? state.session.id : null;
      return auth.sessions.deleteAllOfUser(userId, own);
    },
  };
}

/** Writes what the resolvers decided about the cookie into the response. */
export function writePendingCookies(auth: AuthRuntime, serverContext: object, headers: Headers): void {
  const cookies = auth.pendingCookies.get(serverContext);
  if (!cookies) return;
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  // A response that sets a session cookie is nobody else's: no shared cache may keep it.
  headers.set("Cache-Control", "no-store");
}
