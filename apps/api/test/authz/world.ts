import type { Database } from "@kausa/db";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "@kausa/schema";
import type { App } from "../../src/app.ts";
import { bearerFor, twoPartners } from "../support/editing-actors.ts";
import type { ActorName, AuthzResponse, AuthzWorld } from "./authz-case.ts";

/** The admin origin createApp uses by default: the only origin session cookies count from. */
const ADMIN_ORIGIN = "http://localhost:4000";

/** Credentials for every actor: API tokens, a revoked token and a session past its expiry. */
export async function buildWorld(db: Database, yoga: App): Promise<AuthzWorld> {
  const ids = await twoPartners(db);
  const headers: Record<ActorName, Record<string, string>> = {
    anonymous: {},
    partnerA: await bearerFor(db, "PARTNER_EDITOR", ids.partnerA),
    partnerB: await bearerFor(db, "PARTNER_EDITOR", ids.partnerB),
    editor: await bearerFor(db, "EDITOR"),
    admin: await bearerFor(db, "ADMIN"),
    revokedToken: await revokedToken(db),
    expiredSession: await expiredSession(db),
  };
  return {
    db,
    ids,
    async gql(actor, query, variables) {
      const response = await yoga.fetch(`${ADMIN_ORIGIN}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers[actor] },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<AuthzResponse, "status">;
      return { status: response.status, data: body.data, errors: body.errors };
    },
  };
}

async function revokedToken(db: Database) {
  const token = newSecret(API_TOKEN_PREFIX);
  await db.prisma.apiToken.create({
    data: {
      name: "revoked",
      tokenHash: hashSecret(token),
      prefix: token.slice(0, 12),
      role: "ADMIN",
      revokedAt: new Date(),
    },
  });
  return { authorization: `Bearer ${token}` };
}

/** An admin's session that ended an hour ago, presented the way the admin app would. */
async function expiredSession(db: Database) {
  const user = await db.prisma.user.create({
    data: { email: `expired-${Date.now()}@kausa.example`, role: "ADMIN", name: "Expired" },
  });
  const secret = newSecret();
  const past = new Date(Date.now() - 3_600_000);
  await db.prisma.session.create({
    data: { id: hashSecret(secret), userId: user.id, createdAt: past, lastSeenAt: past, expiresAt: past },
  });
  return { cookie: `kausa_session=${secret}`, origin: ADMIN_ORIGIN };
}
