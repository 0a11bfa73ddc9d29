// Import files may be larger than the 100 KB every other request gets, but only for staff: the
// account is checked before the body is read.
import { describe, expect, it } from "vitest";
import { bearerFor, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx } = useTestApp();

const DRY_RUN = `mutation($file: File) { importData(type: PARTNERS, format: CSV, file: $file, dryRun: true) { rows problemCount } }`;

/** About 600 KB: 15,000 partner rows. */
const bigCsv = () =>
  [
    "externalKey,type,name",
    ...Array.from({ length: 15_000 }, (_, i) => `UP-${i},OTHER,Upload-Testverein Nummer ${i}`),
  ].join("\n");

async function upload(headers: Record<string, string>) {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: DRY_RUN, variables: { file: null } }));
  form.set("map", JSON.stringify({ 0: ["variables.file"] }));
  form.set("0", new File([bigCsv()], "partners.csv"));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  expect(body.byteLength).toBeGreaterThan(500_000);
  const response = await ctx.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    body,
    headers: { ...headers, "content-type": encoded.headers.get("content-type") ?? "" },
  });
  return { status: response.status, body: (await response.json()) as { data?: { importData: unknown } } };
}

describe("upload size", () => {
  it("staff may upload an import file over 100 KB", async () => {
    const result = await upload(await bearerFor(ctx.db, "EDITOR"));
    expect(result.status).toBe(200);
    expect(result.body.data?.importData).toEqual({ rows: 15_000, problemCount: 0 });
  });

  it("anyone else gets 413 before the body is read", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    for (const headers of [
      {},
      await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA),
      { authorization: "Bearer kausa_at_nonsense" },
    ]) {
      expect((await upload(headers)).status).toBe(413);
    }
  });
});
