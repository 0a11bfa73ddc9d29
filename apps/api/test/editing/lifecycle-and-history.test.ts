import { describe, expect, it } from "vitest";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const editableStatus = async (id: string, auth: Record<string, string>) =>
  (
    await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { status version lastVerifiedAt name } }`,
      { id },
      auth,
    )
  ).editableContactPoint;

describe("archive, restore, verify and restoring an older version", () => {
  it("archives out of public view and restores as a draft; only staff may restore", async () => {
    const { partnerA, contactPointA } = await twoPartners(ctx.db);
    const editor = await bearerFor(ctx.db, "EDITOR");
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const id = globalId("ContactPoint", contactPointA);

    const denied = await ok(
      `mutation($id: ID!) { archiveContactPoint(id: $id) { __typename ... on StateError { currentStatus } } }`,
      { id },
      partnerEditor,
    );
    expect(denied.archiveContactPoint).toEqual({ __typename: "StateError", currentStatus: "PUBLISHED" });

    await ok(
      `mutation($id: ID!) { archiveContactPoint(id: $id, reason: "geschlossen") { __typename } }`,
      { id },
      editor,
    );
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
    const edit = await ok(
      `mutation($id: ID!) { updateContactPoint(id: $id, version: 99, input: { name: "x" }) { __typename } }`,
      { id },
      editor,
    );
    expect(edit.updateContactPoint.__typename).toBe("StateError");

    const partnerRestore = await gql(
      `mutation($id: ID!) { restoreContactPoint(id: $id) { __typename } }`,
      { id },
      partnerEditor,
    );
    expect(partnerRestore.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(partnerRestore.status).toBe(403);
    await ok(`mutation($id: ID!) { restoreContactPoint(id: $id) { __typename } }`, { id }, editor);
    expect((await editableStatus(id, editor)).status).toBe("DRAFT");
    await ok(`mutation($id: ID!) { publishContactPoint(id: $id) { __typename } }`, { id }, editor);
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toEqual({ id });
  });

  it("verifying sets lastVerifiedAt and takes the entry off the stale list", async () => {
    const { contactPointB, partnerB } = await twoPartners(ctx.db);
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerB);
    const id = globalId("ContactPoint", contactPointB);
    await ctx.db.prisma.contactPoint.update({
      where: { id: contactPointB },
      data: { lastVerifiedAt: new Date("2024-01-01") },
    });
    const stale = async () =>
      (
        await ok(
          `{ editableContactPoints(first: 100, filter: { stale: true }) { edges { node { id } } } }`,
          {},
          partnerEditor,
        )
      ).editableContactPoints.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await stale()).toContain(id);
    const verified = await ok(
      `mutation($id: ID!) { verifyContactPoint(id: $id, reason: "Telefonisch bestätigt") { ... on MutationVerifyContactPointSuccess { data { lastVerifiedAt history(first: 1) { action reason } } } } }`,
      { id },
      partnerEditor,
    );
    expect(Date.now() - Date.parse(verified.verifyContactPoint.data.lastVerifiedAt)).toBeLessThan(60_000);
    // The reason the admin app asks for is kept in the history.
    expect(verified.verifyContactPoint.data.history).toEqual([
      { action: "VERIFY", reason: "Telefonisch bestätigt" },
    ]);
    expect(await stale()).not.toContain(id);
  });

  it("restores the values of an older version as a new, audited change", async () => {
    const { contactPointA } = await twoPartners(ctx.db);
    const editor = await bearerFor(ctx.db, "EDITOR");
    const id = globalId("ContactPoint", contactPointA);
    const original = await editableStatus(id, editor);
    const rename = async (name: string, version: number) =>
      (
        await ok(
          `mutation($id: ID!, $v: Int!, $name: String) { updateContactPoint(id: $id, version: $v, input: { name: $name }) { ... on MutationUpdateContactPointSuccess { data { version } } } }`,
          { id, v: version, name },
          editor,
        )
      ).updateContactPoint.data.version;
    const v1 = await rename("Zwischenname", original.version);
    const v2 = await rename("Endname", v1);
    const { editableContactPoint } = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { history { id action changes } } }`,
      { id },
      editor,
    );
    const firstRename = editableContactPoint.history.find(
      (h: { changes: { name?: { after: string } } }) => h.changes.name?.after === "Zwischenname",
    );
    const restored = await ok(
      `mutation($id: ID!, $v: Int!, $entry: Int!) { restoreContactPointVersion(id: $id, version: $v, auditEntryId: $entry) { __typename ... on MutationRestoreContactPointVersionSuccess { data { name version } } } }`,
      { id, v: v2, entry: firstRename.id },
      editor,
    );
    expect(restored.restoreContactPointVersion.data).toEqual({ name: "Zwischenname", version: v2 + 1 });
    const log = await ok(
      `query($e: String) { auditLog(first: 1, filter: { entityId: $e }) { edges { node { action changes reason } } } }`,
      { e: contactPointA },
      editor,
    );
    expect(log.auditLog.edges[0].node).toMatchObject({
      action: "REVERT",
      changes: { name: { before: "Endname", after: "Zwischenname" } },
      reason: expect.stringContaining(`history entry ${firstRename.id}`),
    });
  });

  it("the history cannot be changed, even with direct SQL", async () => {
    const [entry] = await ctx.db.prisma.auditEntry.findMany({ take: 1 });
    expect(entry).toBeDefined();
    await expect(
      ctx.db.query(`UPDATE "AuditEntry" SET "actorLabel" = 'x' WHERE id = $1`, [entry?.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(ctx.db.query(`DELETE FROM "AuditEntry" WHERE id = $1`, [entry?.id])).rejects.toThrow(
      /cannot be changed/,
    );
  });
});

describe("visitor reports", () => {
  it("anyone reports without personal data; the partner's editor sees and resolves it", async () => {
    const { partnerA, contactPointA } = await twoPartners(ctx.db);
    const id = globalId("ContactPoint", contactPointA);
    const report = await ok(
      `mutation($id: ID!) { reportOutdated(id: $id, reason: PHONE, message: "Telefonnummer stimmt nicht mehr") { __typename ... on MutationReportOutdatedSuccess { data { received } } } }`,
      { id },
    );
    expect(report.reportOutdated.data.received).toBe(true);
    const tooLong = await ok(
      `mutation($id: ID!, $m: String) { reportOutdated(id: $id, reason: OTHER, message: $m) { __typename } }`,
      { id, m: "x".repeat(501) },
    );
    expect(tooLong.reportOutdated.__typename).toBe("ValidationError");
    const anonymousList = await gql(`{ outdatedReports { totalCount } }`);
    expect(anonymousList.status).toBe(401);

    const owner = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const list = await ok(
      `{ outdatedReports { totalCount edges { node { id reason message entityId } } } editableContactPoints(filter: { hasOpenReports: true }) { totalCount } }`,
      {},
      owner,
    );
    expect(list.outdatedReports.totalCount).toBe(1);
    expect(list.outdatedReports.edges[0].node).toMatchObject({ reason: "PHONE", entityId: contactPointA });
    expect(list.editableContactPoints.totalCount).toBe(1);
    const resolved = await ok(
      `mutation($id: ID!) { resolveReport(id: $id, note: "korrigiert") { ... on MutationResolveReportSuccess { data { status resolution } } } }`,
      { id: list.outdatedReports.edges[0].node.id },
      owner,
    );
    expect(resolved.resolveReport.data).toEqual({ status: "RESOLVED", resolution: "korrigiert" });
  });

  it("a draft cannot be reported (it does not exist in public)", async () => {
    const draft = await ctx.db.prisma.contactPoint.findFirst({ where: { status: { not: "PUBLISHED" } } });
    const { partnerA } = await twoPartners(ctx.db);
    const editor = await bearerFor(ctx.db, "EDITOR");
    const id = draft
      ? globalId("ContactPoint", draft.id)
      : (
          await ok(
            `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ... on MutationCreateContactPointSuccess { data { id } } } }`,
            { input: { partnerId: partnerA, name: "Entwurf", postcode: "99084", city: "Erfurt" } },
            editor,
          )
        ).createContactPoint.data.id;
    const result = await ok(
      `mutation($id: ID!) { reportOutdated(id: $id, reason: OTHER) { __typename ... on ValidationError { fieldErrors { code } } } }`,
      { id },
    );
    expect(result.reportOutdated).toEqual({
      __typename: "ValidationError",
      fieldErrors: [{ code: "NOT_FOUND" }],
    });
  });
});
