// Every mutation and every non-public query × every kind of caller: allowed or denied, as
// declared in the case files. A new mutation without a case fails the coverage test below.
import { schema } from "@kausa/schema";
import type { GraphQLField } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app.ts";
import { accountCases } from "./account-cases.ts";
import { ACTORS, type AuthzCase, type AuthzWorld, outcome } from "./authz-case.ts";
import { contentCases } from "./content-cases.ts";
import { editorFieldCases } from "./editor-field-cases.ts";
import { buildWorld } from "./world.ts";

const CASES: AuthzCase[] = [...contentCases, ...accountCases, ...editorFieldCases];

/** Queries anyone may use (public directory data, and `me`, which is null when anonymous). */
const PUBLIC_QUERIES = new Set([
  "attribution",
  "contactPointMap",
  "contactPoints",
  "district",
  "districtAt",
  "districts",
  "me",
  "networks",
  "node",
  "nodes",
  "offers",
  "partners",
  "places",
  "regions",
  "importTemplate",
]);

const scopesOf = (field: GraphQLField<unknown, unknown>) =>
  (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;

describe("the authorization matrix covers the whole API", () => {
  it("has a case for every mutation", () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(40);
    const covered = new Set(CASES.filter((c) => c.kind === "mutation").map((c) => c.field));
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
  });

  it("has a case for every query that is not public, and every other query is declared public", () => {
    const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
    const covered = new Set(CASES.filter((c) => c.kind === "query").map((c) => c.field));
    const scoped = queries.filter((q) => scopesOf(q));
    expect(scoped.length).toBeGreaterThan(10);
    expect(scoped.map((q) => q.name).filter((name) => !covered.has(name))).toEqual([]);
    const undeclared = queries.filter((q) => !scopesOf(q) && !PUBLIC_QUERIES.has(q.name)).map((q) => q.name);
    expect(undeclared).toEqual([]);
  });
});

describe("allowed and denied, per caller", () => {
  const { ctx } = useTestApp();
  let world: AuthzWorld;
  beforeAll(async () => {
    world = await buildWorld(ctx.db, ctx.yoga);
  });

  for (const testCase of CASES) {
    it(`${testCase.field}: allowed for ${testCase.allowed.join(", ") || "nobody"}`, async () => {
      const results: Record<string, string> = {};
      for (const actor of ACTORS) {
        const response = await testCase.run(world, actor);
        results[actor] = outcome(response, testCase.field, testCase.pick);
        // Refusals are 401/403/404, never a 500 (a refusal inside a typed result is a 200).
        expect(response.status, `${actor}: ${JSON.stringify(response.errors)}`).toBeLessThan(500);
      }
      const expected = Object.fromEntries(
        ACTORS.map((a) => [a, testCase.allowed.includes(a) ? "allowed" : "denied"]),
      );
      expect(results).toEqual(expected);
    });
  }
});
