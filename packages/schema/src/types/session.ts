// Logging in and out of the admin app, the own account, and passwords. The HTTP layer
// (apps/api/src/auth) keeps the sessions and the cookie; the resolvers only call ctx.auth.
import type { User as UserRow } from "@kausa/db";
import { GraphQLError } from "graphql";
import { verifyLogin } from "../accounts/login.ts";
import { changeUserPassword, redeemPasswordToken } from "../accounts/password-links.ts";
import { recordLogin } from "../accounts/users.ts";
import { verifyPassword } from "../auth/passwords.ts";
import { forbidden, unauthenticated } from "../auth/scopes.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { User } from "./user.ts";

/** One message for every failure: it must not tell whether the address has an account. */
export const LOGIN_FAILED_MESSAGE = "E-mail or password is wrong.";

const loginFailed = () =>
  new GraphQLError(LOGIN_FAILED_MESSAGE, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

const LoginResult = builder.objectRef<{ user: UserRow }>("LoginResult").implement({
  description: "The logged-in account; the session cookie comes with the response.",
  fields: (t) => ({ user: t.field({ type: User, resolve: (result) => result.user }) }),
});

const ChangePasswordResult = builder
  .objectRef<{ user: UserRow; otherSessionsEnded: number }>("ChangePasswordResult")
  .implement({
    fields: (t) => ({
      user: t.field({ type: User, resolve: (result) => result.user }),
      otherSessionsEnded: t.exposeInt("otherSessionsEnded", {
        description: "Sessions on other devices that were ended.",
      }),
    }),
  });

/** The user behind the request's session (401 when there is none; 403 for API tokens). */
async function sessionUser(ctx: Context): Promise<UserRow> {
  if (!ctx.viewer) throw unauthenticated();
  if (!ctx.viewer.userId) throw forbidden("API tokens have no sessions or password.");
  const user = await ctx.db.prisma.user.findUnique({ where: { id: ctx.viewer.userId } });
  if (!user || user.disabledAt) throw unauthenticated();
  return user;
}

builder.mutationField("login", (t) =>
  t.field({
    type: LoginResult,
    description: `Starts a session (cookie). Wrong e-mail or password: 401 "${LOGIN_FAILED_MESSAGE}"; too many failures: 429.`,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { email, password }, ctx) => {
      ctx.auth.assertSessionOrigin();
      await ctx.auth.checkLoginAllowed(email);
      // Absurdly long input is refused like a wrong password (after the same throttling).
      const user =
        email.length <= 254 && password.length <= 1024 ? await verifyLogin(ctx.db, email, password) : null;
      if (!user) {
        await ctx.auth.recordLoginFailure(email);
        throw loginFailed();
      }
      await ctx.auth.recordLoginSuccess(email);
      await ctx.auth.startSession(user);
      return { user: await recordLogin(ctx.db, user) };
    },
  }),
);

builder.mutationField("logout", (t) =>
  t.boolean({
    description: "Ends this browser's session. False when there was none.",
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer?.via !== "session") return false;
      await ctx.auth.endSession();
      return true;
    },
  }),
);

builder.mutationField("logoutEverywhere", (t) =>
  t.int({
    description: "Ends all sessions of the logged-in account, this one included; returns how many.",
    resolve: async (_root, _args, ctx) => ctx.auth.endAllSessions((await sessionUser(ctx)).id),
  }),
);

builder.mutationField("changePassword", (t) =>
  t.field({
    type: ChangePasswordResult,
    description: "Needs the current password; ends the account's sessions on other devices.",
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (_root, { currentPassword, newPassword }, ctx) => {
      const user = await sessionUser(ctx);
      // Guessing the current password through this field is throttled like logins.
      await ctx.auth.checkLoginAllowed(user.email);
      const matches =
        currentPassword.length <= 1024 && user.passwordHash
          ? await verifyPassword(user.passwordHash, currentPassword)
          : false;
      if (!matches) {
        await ctx.auth.recordLoginFailure(user.email);
        throw new GraphQLError("The current password is wrong.", {
          extensions: { code: "BAD_USER_INPUT", argument: "currentPassword", http: { status: 400 } },
        });
      }
      const updated = await changeUserPassword(ctx.db, user, newPassword);
      const otherSessionsEnded = await ctx.auth.endOtherSessions(user.id);
      return { user: updated, otherSessionsEnded };
    },
  }),
);

builder.mutationField("setPassword", (t) =>
  t.field({
    type: LoginResult,
    description:
      "Sets the password with a one-time link's token and logs in; ends the account's other sessions.",
    args: { token: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { token, password }, ctx) => {
      ctx.auth.assertSessionOrigin();
      const user = await redeemPasswordToken(ctx.db, token, password);
      await ctx.auth.endAllSessions(user.id);
      await ctx.auth.startSession(user);
      return { user };
    },
  }),
);

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The logged-in account; null for anonymous visitors and API tokens.",
    resolve: async (query, _root, _args, ctx) => {
      const userId = ctx.viewer?.userId;
      if (!userId) return null;
      return ctx.db.prisma.user.findUnique({ ...query, where: { id: userId } });
    },
  }),
);
