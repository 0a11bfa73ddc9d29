import { createTestDatabase, type TestDatabase } from "@kausa/db/testing";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/app.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary response shapes.
  data: T & Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The app on a seeded test database, called through yoga.fetch (no port). */
export function useTestApp() {
  const ctx = {} as TestDatabase & { yoga: ReturnType<typeof createApp> };
  beforeAll(async () => {
    Object.assign(ctx, await createTestDatabase());
    ctx.yoga = createApp({ db: ctx.db, rateLimit: false });
  });
  afterAll(() => ctx.dispose());

  async function gql(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    const response = await ctx.yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLResponse["errors"] };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data,
      errors: body.errors,
    } as GraphQLResponse;
  }

  /** Runs a query that must succeed and returns its data. */
  async function ok(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const result = await gql(query, variables, headers);
    if (result.errors || result.status !== 200) {
      throw new Error(`query failed (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  return { ctx, gql, ok };
}
