import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/security/limits.ts";
import { useTestApp } from "./support/test-app.ts";

// Every limit the README documents, just inside (accepted) and just outside (a clear 400).
const { gql } = useTestApp();

const accepted = async (query: string, variables?: Record<string, unknown>) => {
  const result = await gql(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data;
};
const refused = async (query: string, message: RegExp, variables?: Record<string, unknown>) => {
  const result = await gql(query, variables);
  expect(result.status).toBe(400);
  expect(result.errors?.[0]?.message).toMatch(message);
};

describe("documented limits, just inside and just outside", () => {
  it(`depth ${LIMITS.maxDepth}`, async () => {
    // contactPoints › edges › node › district › region › districts › region › districts › region › name = 10
    const nine =
      "{ contactPoints(first: 1) { edges { node { district { region { districts { region { districts { name } } } } } } } } }";
    const ten =
      "{ contactPoints(first: 1) { edges { node { district { region { districts { region { districts { region { name } } } } } } } } } }";
    const eleven =
      "{ contactPoints(first: 1) { edges { node { district { region { districts { region { districts { region { districts { name } } } } } } } } } } }";
    await accepted(nine);
    await accepted(ten);
    await refused(eleven, /depth limit of 10/);
  });

  it(`${LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: regions { key }`).join(" ")} }`;
    const data = await accepted(aliases(LIMITS.maxAliases));
    expect(Object.keys(data)).toHaveLength(LIMITS.maxAliases);
    await refused(aliases(LIMITS.maxAliases + 1), /alias/i);
  });

  it(`${LIMITS.maxTokens} tokens`, async () => {
    // "{ regions { … } }" is 5 tokens around the fields. So many equal fields trip graphql-js'
    // own overlap budget ("Validation aborted.") after the token check, so just inside we
    // check that the token limit lets the document through to validation.
    const fields = (n: number) => `{ regions { ${Array.from({ length: n }, () => "key").join(" ")} } }`;
    const inside = await gql(fields(LIMITS.maxTokens - 5));
    expect(inside.errors?.[0]?.message ?? "").not.toMatch(/token/i);
    await accepted(fields(500));
    await refused(fields(LIMITS.maxTokens - 4), /token limit of 2000/i);
  });

  it("page size 100", async () => {
    const data = await accepted("{ contactPoints(first: 100) { edges { node { id } } } }");
    expect(data.contactPoints.edges).toHaveLength(100);
    await refused("{ contactPoints(first: 101) { edges { node { id } } } }", /between 1 and 100/);
  });

  it("search text of 200 characters", async () => {
    await accepted("query($s: String) { contactPoints(filter: { search: $s }) { totalCount } }", {
      s: "a".repeat(200),
    });
    await refused(
      "query($s: String) { contactPoints(filter: { search: $s }) { totalCount } }",
      /at most 200/,
      {
        s: "a".repeat(201),
      },
    );
  });

  it("50 values per list filter", async () => {
    const codes = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26)),
      );
    await accepted("query($l: [String!]) { contactPoints(filter: { languages: $l }) { totalCount } }", {
      l: codes(50),
    });
    await refused(
      "query($l: [String!]) { contactPoints(filter: { languages: $l }) { totalCount } }",
      /at most 50/,
      {
        l: codes(51),
      },
    );
  });

  it("radius of 300 km", async () => {
    await accepted("{ contactPoints(near: { lat: 50.9, lng: 11, radiusKm: 300 }) { totalCount } }");
    await refused(
      "{ contactPoints(near: { lat: 50.9, lng: 11, radiusKm: 300.001 }) { totalCount } }",
      /radiusKm/,
    );
  });

  it("50 places", async () => {
    await accepted('{ places(search: "9", first: 50) { postcode } }');
    await refused('{ places(search: "9", first: 51) { postcode } }', /between 1 and 50/);
  });
});
