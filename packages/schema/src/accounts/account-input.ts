import type { Database, Role } from "@kausa/db";
import { GraphQLError } from "graphql";
import { badInput } from "../errors.ts";

const MAX_EMAIL_LENGTH = 254;
const MAX_NAME_LENGTH = 200;

/** E-mail addresses are the login name: compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The normalized address, or 400 when it is not one. */
export function validEmail(email: string, argument = "email"): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(normalized))
    throw badInput("This is not an e-mail address.", argument);
  return normalized;
}

/** A display name: trimmed, empty means none. */
export function validName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? "";
  if (trimmed.length > MAX_NAME_LENGTH)
    throw badInput(`The name may have at most ${MAX_NAME_LENGTH} characters.`, "name");
  return trimmed || null;
}

/**
 * A partner given either as its database id or as its GraphQL global ID (what `Partner.id`
 * returns): the admin app may pass either.
 */
export function partnerIdFromInput(value: string | null | undefined): string | null {
  if (value == null || value.trim() === "") return null;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  return decoded.startsWith("Partner:") ? decoded.slice("Partner:".length) : value.trim();
}

/**
 * Partner editors (and tokens for them) belong to exactly one existing partner; staff to none —
 * a partner on an EDITOR would suggest a restriction that does not exist.
 */
export async function validRoleAndPartner(
  db: Database,
  role: Role,
  partnerId: string | null,
): Promise<string | null> {
  if (role !== "PARTNER_EDITOR") {
    if (partnerId)
      throw badInput(`A ${role} is not tied to a partner: leave "partnerId" empty.`, "partnerId");
    return null;
  }
  if (!partnerId) throw badInput('A PARTNER_EDITOR needs a "partnerId".', "partnerId");
  const partner = await db.prisma.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
  if (!partner) throw badInput(`No partner with id "${partnerId.slice(0, 80)}".`, "partnerId");
  return partner.id;
}

/** 404 for an account or token id that does not exist. */
export function accountNotFound(what: "User" | "ApiToken", id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id.slice(0, 80)}".`, {
    extensions: { code: "NOT_FOUND", http: { status: 404 } },
  });
}
