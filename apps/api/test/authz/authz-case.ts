import type { Database } from "@kausa/db";

/** Who asks, in the authorization matrix. */
export const ACTORS = [
  "anonymous",
  "partnerA",
  "partnerB",
  "editor",
  "admin",
  "revokedToken",
  "expiredSession",
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface AuthzResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the matrix walks every operation's result shape.
  data: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface AuthzWorld {
  db: Database;
  gql(actor: ActorName, query: string, variables?: Record<string, unknown>): Promise<AuthzResponse>;
  /** Raw ids of the fixtures every case may use (cases create what they change themselves). */
  ids: { partnerA: string; partnerB: string; contactPointA: string; contactPointB: string };
}

/** One mutation or non-public query, with the actors that may use it. */
export interface AuthzCase {
  field: string;
  /** "field": a non-public field of a public type (e.g. ContactPoint.history). */
  kind: "mutation" | "query" | "field";
  allowed: readonly ActorName[];
  run(world: AuthzWorld, actor: ActorName): Promise<AuthzResponse>;
  /** Where the answer is, when not at data[field]. */
  pick?: (data: AuthzResponse["data"]) => unknown;
}

const REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

/**
 * Whether the answer let the actor through: refused are 401/403/404 errors, a null result (an
 * entry the actor may not see), an empty list where the actor's case expects rows of partner A,
 * and a typed refusal to create for another partner.
 */
export function outcome(
  response: AuthzResponse,
  field: string,
  pick: (data: AuthzResponse["data"]) => unknown = (data) => data?.[field],
): "allowed" | "denied" {
  if (response.errors?.some((e) => REFUSALS.has(String(e.extensions?.code)))) return "denied";
  if (response.errors?.length) {
    throw new Error(`unexpected error for ${field}: ${JSON.stringify(response.errors).slice(0, 400)}`);
  }
  // biome-ignore lint/suspicious/noExplicitAny: answers of every shape.
  const value = pick(response.data) as any;
  if (value === null || value === undefined) return "denied";
  if (
    value.__typename === "ValidationError" &&
    value.fieldErrors?.some((e: { code: string }) => e.code === "NOT_YOUR_PARTNER")
  ) {
    return "denied";
  }
  if (typeof value.__typename === "string" && /Error$/.test(value.__typename)) {
    throw new Error(`unexpected ${value.__typename} for ${field}: ${JSON.stringify(value).slice(0, 400)}`);
  }
  if (typeof value.totalCount === "number" && value.totalCount === 0) return "denied";
  return "allowed";
}

export const STAFF: readonly ActorName[] = ["editor", "admin"];
export const OWNER_AND_STAFF: readonly ActorName[] = ["partnerA", "editor", "admin"];
export const ADMIN_ONLY: readonly ActorName[] = ["admin"];
