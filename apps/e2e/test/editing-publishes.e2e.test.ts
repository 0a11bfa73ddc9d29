import { createHash, randomBytes } from "node:crypto";
import type { TestDatabase } from "@kausa/db/testing";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "./support/session.ts";

const { session, hostUrl, visit } = useBrowserSession();

/** A staff API token, stored hashed as the API stores them. */
async function staffToken(db: TestDatabase["db"]) {
  const token = `kausa_at_${randomBytes(32).toString("base64url")}`;
  const tokenHash = createHash("sha256").update(token).digest("hex");
  await db.prisma.apiToken.create({
    data: { name: "e2e", tokenHash, prefix: token.slice(0, 12), role: "EDITOR" },
  });
  return token;
}

describe("an edit published through the editing API", () => {
  it("shows in the embedded finder at once (for every visitor who opens it after the edit)", async () => {
    const { database, api } = session.servers as typeof session.servers & { database: TestDatabase };
    const token = await staffToken(database.db);
    // The first contact point the finder lists, renamed by staff, must be listed renamed on reload.
    const { page } = await visit(hostUrl('view="list"'));
    const names = page.locator("kausa-finder ol[part=list] > li h3 button");
    await names.first().waitFor();
    const shown = (await names.first().textContent())?.trim() ?? "";
    const target = await database.db.prisma.contactPoint.findFirstOrThrow({ where: { name: shown } });
    // Same beginning: the list order (rural first, then by name) keeps it on the first page.
    const newName = `${shown} – geprüft`;
    const response = await fetch(`${api}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { __typename } }`,
        variables: {
          id: Buffer.from(`ContactPoint:${target.id}`).toString("base64"),
          v: target.version,
          name: newName,
        },
      }),
    });
    expect(await response.json()).toEqual({
      data: { updateContactPoint: { __typename: "MutationUpdateContactPointSuccess" } },
    });

    // A new visitor (no browser cache; a browser that asked in the last minute may keep its
    // answer that long: Cache-Control max-age=60 on the public GETs).
    const { page: next } = await visit(hostUrl('view="list"'));
    const nextNames = next.locator("kausa-finder ol[part=list] > li h3 button");
    await expect
      .poll(async () => (await nextNames.allTextContents()).map((t) => t.trim()))
      .toContain(newName);
    expect((await nextNames.allTextContents()).map((t) => t.trim())).not.toContain(shown);
  });
});
