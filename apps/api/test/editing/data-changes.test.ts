import { createTestDatabase } from "@kausa/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { type DataChange, redisDataChanges } from "../../src/cache/data-changes.ts";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function waitFor<T>(read: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("every change is announced to every instance", () => {
  const feeds = [redisDataChanges(REDIS_URL), redisDataChanges(REDIS_URL)];
  afterAll(() => Promise.all(feeds.map((feed) => feed.close())));

  it("a change made through one instance reaches the other's listeners through Redis", async () => {
    const db = await createTestDatabase();
    try {
      const [here, there] = feeds as [
        ReturnType<typeof redisDataChanges>,
        ReturnType<typeof redisDataChanges>,
      ];
      const heardThere: DataChange[] = [];
      there.subscribe((change) => heardThere.push(change));
      const instanceA = createApp({ db: db.db, rateLimit: false, events: here });
      const { contactPointA } = await twoPartners(db.db);
      const auth = await bearerFor(db.db, "EDITOR");
      const versionBefore = there.version();
      const response = await instanceA.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...auth },
        body: JSON.stringify({
          query: `mutation($id: ID!) { verifyContactPoint(id: $id) { __typename } }`,
          variables: { id: globalId("ContactPoint", contactPointA) },
        }),
      });
      expect(response.status).toBe(200);
      const change = await waitFor(() => heardThere.find((c) => c.ids.includes(contactPointA)));
      expect(change).toEqual({ entityType: "CONTACT_POINT", ids: [contactPointA] });
      expect(there.version()).toBeGreaterThan(versionBefore);
    } finally {
      await db.dispose();
    }
  });
});
