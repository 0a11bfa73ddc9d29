// Accounts: the User type and the admin's account management (invitations, roles, disabling).
// Login, logout and passwords are in session.ts; API tokens in api-token.ts.
import { Role, type User as UserRow } from "@kausa/db";
import {
  createUserAccount,
  newPasswordToken,
  partnerIdFromInput,
  setUserDisabled,
  updateUserAccount,
} from "../accounts/index.ts";
import { PASSWORD_LINK_HOURS } from "../accounts/password-links.ts";
import type { AdminLinks, Mailer } from "../auth/request-auth.ts";
import { builder } from "../builder.ts";
import { perItem } from "../complexity.ts";
import { actorOf } from "../editing/audit.ts";
import { pageWindow, toConnection } from "../pagination.ts";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description:
    "ADMIN: everything incl. accounts; EDITOR: all content; PARTNER_EDITOR: one partner's entries (reviewed).",
});

export const User = builder.prismaObject("User", {
  description: "An account of the admin app. Only administrators see other accounts.",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name", { nullable: true }),
    role: t.expose("role", { type: RoleEnum }),
    partner: t.relation("partner", { nullable: true, description: "The partner a PARTNER_EDITOR edits." }),
    disabled: t.boolean({ resolve: (user) => user.disabledAt !== null }),
    hasPassword: t.boolean({
      description: "False until the invitation link was used.",
      resolve: (user) => user.passwordHash !== null,
    }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** The result of an invitation or reset: the link to pass on, and whether it was e-mailed too. */
interface PasswordLinkShape {
  setPasswordLink: string;
  emailSent: boolean;
}
const PasswordLinkResult = builder.objectRef<PasswordLinkShape>("PasswordLinkResult").implement({
  fields: (t) => ({
    setPasswordLink: t.exposeString("setPasswordLink", {
      description: `One-time link, valid ${PASSWORD_LINK_HOURS} hours. Shown once.`,
    }),
    emailSent: t.exposeBoolean("emailSent", {
      description: "Whether the link was also sent by e-mail (SMTP configured).",
    }),
  }),
});

const CreateUserResult = builder
  .objectRef<PasswordLinkShape & { user: UserRow }>("CreateUserResult")
  .implement({
    fields: (t) => ({
      user: t.field({ type: User, resolve: (result) => result.user }),
      setPasswordLink: t.exposeString("setPasswordLink", { description: "One-time link. Shown once." }),
      emailSent: t.exposeBoolean("emailSent"),
    }),
  });

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    partnerId: t.id({
      required: false,
      description: "Required for PARTNER_EDITOR (id or global Partner ID).",
    }),
    name: t.string({ required: false }),
  }),
});

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: false }),
    partnerId: t.id({ required: false }),
    name: t.string({ required: false }),
  }),
});

const UserFilter = builder.inputType("UserFilter", {
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: false }),
    partnerId: t.id({ required: false }),
    search: t.string({ required: false, description: "Part of the e-mail address or name." }),
  }),
});

/** Mails the link when SMTP is configured; a failed delivery is reported, not fatal. */
async function mailLink(
  mailer: Mailer | null,
  links: AdminLinks,
  to: string,
  token: string,
  kind: "invitation" | "reset",
): Promise<{ setPasswordLink: string; emailSent: boolean }> {
  const setPasswordLink = links.setPassword(token);
  if (!mailer) return { setPasswordLink, emailSent: false };
  const intro =
    kind === "invitation"
      ? "Sie wurden zum KAUSA-Finder eingeladen. / You were invited to the KAUSA finder."
      : "Ein neues Passwort für den KAUSA-Finder. / A new password for the KAUSA finder.";
  try {
    const emailSent = await mailer.send({
      to,
      subject:
        kind === "invitation"
          ? "KAUSA-Finder: Ihr Zugang / your account"
          : "KAUSA-Finder: Passwort setzen / set your password",
      text: `${intro}\n\nPasswort setzen / set your password (${PASSWORD_LINK_HOURS} h gültig / valid):\n${setPasswordLink}\n`,
    });
    return { setPasswordLink, emailSent };
  } catch (error) {
    // The admin still gets the link to pass on; the operator sees why the mail failed.
    console.warn(
      `[api] invitation e-mail not sent: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { setPasswordLink, emailSent: false };
  }
}

builder.mutationField("createUser", (t) =>
  t.field({
    type: CreateUserResult,
    description:
      "Creates an account and returns a one-time set-password link (also e-mailed if SMTP is set).",
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, setPasswordToken } = await createUserAccount(ctx.db, actorOf(ctx.viewer!), {
        email: input.email,
        role: input.role,
        partnerId: partnerIdFromInput(input.partnerId as string | null | undefined),
        name: input.name ?? null,
      });
      const link = await mailLink(ctx.mailer, ctx.links, user.email, setPasswordToken!, "invitation");
      return { user, ...link };
    },
  }),
);

builder.mutationField("updateUser", (t) =>
  t.prismaField({
    type: "User",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_query, _root, { id, input }, ctx) =>
      updateUserAccount(ctx.db, actorOf(ctx.viewer!), String(id), {
        role: input.role ?? undefined,
        partnerId:
          input.partnerId === undefined ? undefined : partnerIdFromInput(input.partnerId as string | null),
        name: input.name === undefined ? undefined : input.name,
      }),
  }),
);

builder.mutationField("disableUser", (t) =>
  t.prismaField({
    type: "User",
    description: "Disables an account and ends all its sessions.",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, { id }, ctx) => {
      const user = await setUserDisabled(ctx.db, actorOf(ctx.viewer!), String(id), true);
      await ctx.auth.endAllSessions(user.id);
      return user;
    },
  }),
);

builder.mutationField("enableUser", (t) =>
  t.prismaField({
    type: "User",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => setUserDisabled(ctx.db, actorOf(ctx.viewer!), String(id), false),
  }),
);

builder.mutationField("createPasswordLink", (t) =>
  t.field({
    type: PasswordLinkResult,
    description: "A new one-time set-password link for an account (reset or lost invitation).",
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (_root, { userId }, ctx) => {
      const { user, token } = await newPasswordToken(ctx.db, actorOf(ctx.viewer!), String(userId));
      return mailLink(ctx.mailer, ctx.links, user.email, token, "reset");
    },
  }),
);

builder.queryField("users", (t) =>
  t.connection(
    {
      type: User,
      description: "All accounts (administrators only), ordered by e-mail address.",
      authScopes: { admin: true },
      complexity: (args) => perItem(args.first, 20),
      args: { filter: t.arg({ type: UserFilter }) },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const search = args.filter?.search?.trim().slice(0, 200);
        const partnerId = partnerIdFromInput(args.filter?.partnerId as string | null | undefined);
        const where = {
          ...(args.filter?.role ? { role: args.filter.role } : {}),
          ...(partnerId ? { partnerId } : {}),
          ...(search
            ? {
                OR: [
                  { email: { contains: search, mode: "insensitive" as const } },
                  { name: { contains: search, mode: "insensitive" as const } },
                ],
              }
            : {}),
        };
        const [rows, total] = await Promise.all([
          ctx.db.prisma.user.findMany({
            where,
            orderBy: { email: "asc" },
            skip: window.offset,
            take: window.limit,
          }),
          ctx.db.prisma.user.count({ where }),
        ]);
        return toConnection(rows, window.offset, total);
      },
    },
    { name: "UserConnection" },
    { name: "UserEdge" },
  ),
);

builder.queryField("user", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.prisma.user.findUnique({ ...query, where: { id: String(id) } }),
  }),
);
