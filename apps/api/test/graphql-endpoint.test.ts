import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { useTestApp } from "./support/test-app.ts";

// GraphQL runs at exactly /graphql, so that every per-route rule (rate limits above all) sees it.
const { ctx } = useTestApp();

describe("the GraphQL endpoint", () => {
  it.each([["/graphql/"], ["//graphql"], ["/x/graphql"], ["/health?x=/graphql"], ["/foo?a=/graphql"]])(
    "%s is not another way in (404)",
    async (path) => {
      const response = await ctx.yoga.fetch(`http://localhost${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("__typename");
    },
  );

  it("is counted by the rate limits, the only way to run a query", async () => {
    const yoga = createApp({
      db: ctx.db,
      rateLimit: { enabled: true, requests: { points: 2, windowSeconds: 60 } },
    });
    const post = (path: string) =>
      yoga.fetch(`http://localhost${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    expect((await post("/graphql")).status).toBe(200);
    expect((await post("/graphql")).status).toBe(200);
    expect((await post("/graphql")).status).toBe(429);
    expect((await post("/graphql/")).status).toBe(404);
  });
});
