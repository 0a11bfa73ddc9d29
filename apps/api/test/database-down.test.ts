import { createTestDatabase } from "@kausa/db/testing";
import { expect, it } from "vitest";
import { createApp } from "../src/app.ts";

// When the database goes away the API says so (503 with Retry-After), and keeps running.
it("reports an unreachable database without crashing or leaking internals", async () => {
  const t = await createTestDatabase({ seed: false });
  const yoga = createApp({ db: t.db });
  await t.dispose();

  const ready = await yoga.fetch("http://localhost/ready");
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: "unavailable", reason: "database not reachable" });

  const map = await yoga.fetch("http://localhost/map/contact-points.geojson");
  expect(map.status).toBe(503);
  expect(map.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(await map.json()).toEqual({ error: "The database is not available right now. Try again shortly." });

  const graphql = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ regions { key } }" }),
  });
  expect(graphql.status).toBe(503);
  expect(graphql.headers.get("retry-after")).toMatch(/^\d+$/);
  const body = (await graphql.json()) as { errors: { message: string }[] };
  expect(body.errors[0]?.message).toBe("The service is temporarily unavailable; try again shortly.");
  expect(JSON.stringify(body)).not.toMatch(/prisma|postgres|pglite|closed/i);

  expect((await yoga.fetch("http://localhost/health")).status).toBe(200);
});
