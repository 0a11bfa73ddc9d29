// API tokens for scripts and integrations (administrators only). The secret is returned once by
// createApiToken; lists show its first characters.
import type { ApiToken as ApiTokenRow } from "@kausa/db";
import { issueApiToken, partnerIdFromInput, revokeApiToken } from "../accounts/index.ts";
import { builder } from "../builder.ts";
import { actorOf } from "../editing/audit.ts";
import { Partner } from "./partner.ts";
import { RoleEnum } from "./user.ts";

export const ApiTokenType = builder.prismaObject("ApiToken", {
  name: "ApiToken",
  description: "A bearer token (`Authorization: Bearer …`). The secret itself is never shown again.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The token's first characters, to recognise it." }),
    role: t.expose("role", { type: RoleEnum }),
    partner: t.field({
      type: Partner,
      nullable: true,
      resolve: (token, _args, ctx) =>
        token.partnerId ? ctx.db.prisma.partner.findUnique({ where: { id: token.partnerId } }) : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const CreateApiTokenInput = builder.inputType("CreateApiTokenInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    partnerId: t.id({ required: false, description: "Required for PARTNER_EDITOR tokens." }),
    expiresAt: t.field({ type: "DateTime", required: false }),
  }),
});

const CreateApiTokenResult = builder
  .objectRef<{ token: string; apiToken: ApiTokenRow }>("CreateApiTokenResult")
  .implement({
    fields: (t) => ({
      token: t.exposeString("token", { description: "The secret: shown this once, store it now." }),
      apiToken: t.field({ type: ApiTokenType, resolve: (result) => result.apiToken }),
    }),
  });

builder.mutationField("createApiToken", (t) =>
  t.field({
    type: CreateApiTokenResult,
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      issueApiToken(ctx.db, actorOf(ctx.viewer!), {
        name: input.name,
        role: input.role,
        partnerId: partnerIdFromInput(input.partnerId as string | null | undefined),
        expiresAt: input.expiresAt ?? null,
      }),
  }),
);

builder.mutationField("revokeApiToken", (t) =>
  t.prismaField({
    type: "ApiToken",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => revokeApiToken(ctx.db, actorOf(ctx.viewer!), String(id)),
  }),
);

builder.queryField("apiTokens", (t) =>
  t.prismaField({
    type: ["ApiToken"],
    description: "All tokens, newest first (revoked and expired ones included, marked as such).",
    authScopes: { admin: true },
    complexity: { field: 1, multiplier: 50 },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.apiToken.findMany({ ...query, orderBy: { createdAt: "desc" }, take: 1000 }),
  }),
);
