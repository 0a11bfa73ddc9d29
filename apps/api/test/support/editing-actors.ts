import type { Database, Role } from "@kausa/db";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "@kausa/schema";

/** Stores an API token for `role` (and partner) and returns the Authorization header for it. */
export async function bearerFor(
  db: Database,
  role: Role,
  partnerId: string | null = null,
  name = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`,
): Promise<Record<string, string>> {
  const token = newSecret(API_TOKEN_PREFIX);
  await db.prisma.apiToken.create({
    data: { name, tokenHash: hashSecret(token), prefix: token.slice(0, 12), role, partnerId },
  });
  return { authorization: `Bearer ${token}` };
}

/** Two published sample partners with at least one published contact point each. */
export async function twoPartners(db: Database) {
  const partners = await db.prisma.partner.findMany({
    where: { status: "PUBLISHED", contactPoints: { some: { status: "PUBLISHED" } } },
    orderBy: { id: "asc" },
    take: 2,
    include: { contactPoints: { where: { status: "PUBLISHED" }, orderBy: { id: "asc" }, take: 1 } },
  });
  const [a, b] = partners;
  if (!a?.contactPoints[0] || !b?.contactPoints[0])
    throw new Error("the sample data needs two partners with contact points");
  return {
    partnerA: a.id,
    partnerB: b.id,
    contactPointA: a.contactPoints[0].id,
    contactPointB: b.contactPoints[0].id,
  };
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
