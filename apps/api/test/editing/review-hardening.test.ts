// Found in review: moving entries to another partner, simultaneous decisions, a proposal that
// would silently undo a staff change, duplicate keys, account history for editors.
import { describe, expect, it } from "vitest";
import { freshContactPoint, openReviewItem } from "../authz/fixtures.ts";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const UPDATE = `mutation($id: ID!, $v: Int!, $input: ContactPointInput!) {
  updateContactPoint(id: $id, version: $v, input: $input) {
    __typename
    ... on ValidationError { fieldErrors { path code } }
    ... on ConflictError { currentVersion }
  }
}`;
const versionOf = async (id: string) =>
  (await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { id } })).version;

describe("a partner editor cannot hand an entry to another partner", () => {
  it("neither on a draft nor through a proposal", async () => {
    const { partnerA, partnerB } = await twoPartners(ctx.db);
    const editorA = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    for (const status of ["DRAFT", "PUBLISHED"] as const) {
      const id = await freshContactPoint(ctx.db, partnerA, status);
      const moved = await ok(
        UPDATE,
        {
          id: globalId("ContactPoint", id),
          v: await versionOf(id),
          input: { partnerId: globalId("Partner", partnerB) },
        },
        editorA,
      );
      expect(moved.updateContactPoint).toEqual({
        __typename: "ValidationError",
        fieldErrors: [{ path: ["partnerId"], code: "NOT_YOUR_PARTNER" }],
      });
      expect((await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { id } })).partnerId).toBe(
        partnerA,
      );
    }
  });
});

describe("simultaneous decisions", () => {
  it("two approvals of one item: exactly one wins, the other is told it is decided", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const item = await openReviewItem(ctx.db, partnerA);
    const answers = await Promise.all(
      [await bearerFor(ctx.db, "EDITOR"), await bearerFor(ctx.db, "ADMIN")].map((auth) =>
        gql(`mutation($id: ID!) { approveChange(id: $id) { __typename } }`, { id: item }, auth),
      ),
    );
    const outcomes = answers
      .map((r) => r.data?.approveChange?.__typename ?? r.errors?.[0]?.extensions?.code)
      .sort();
    expect(outcomes).toEqual(["MutationApproveChangeSuccess", "StateError"]);
    const request = await ctx.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: item } });
    expect(
      await ctx.db.prisma.auditEntry.count({ where: { entityId: request.entityId, action: "APPROVE" } }),
    ).toBe(1);
  });

  it("approval and archiving at the same moment: no error 500, and the entry ends in one consistent state", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const item = await openReviewItem(ctx.db, partnerA);
    const { entityId } = await ctx.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: item } });
    const editor = await bearerFor(ctx.db, "EDITOR");
    const [approve, archive] = await Promise.all([
      gql(`mutation($id: ID!) { approveChange(id: $id) { __typename } }`, { id: item }, editor),
      gql(
        `mutation($id: ID!) { archiveContactPoint(id: $id) { __typename } }`,
        { id: globalId("ContactPoint", entityId) },
        editor,
      ),
    ]);
    for (const response of [approve, archive])
      expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
    const row = await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { id: entityId } });
    expect(row.status).toBe("ARCHIVED"); // archived last, or archived while the approval lost
    const request = await ctx.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: item } });
    expect(["APPROVED", "REJECTED"]).toContain(request.status);
  });

  it("parallel proposals of one partner editor end in one review item", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const editorA = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const id = await freshContactPoint(ctx.db, partnerA, "PUBLISHED");
    const v = await versionOf(id);
    const phones = ["0361 100001", "0361 100002", "0361 100003"];
    await Promise.all(
      phones.map((phone) => ok(UPDATE, { id: globalId("ContactPoint", id), v, input: { phone } }, editorA)),
    );
    expect(await ctx.db.prisma.changeRequest.count({ where: { entityId: id, status: "DRAFT" } })).toBe(1);
  });
});

describe("a proposal never silently undoes a staff change", () => {
  it("approving a proposal begun before a staff edit meets a conflict", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const editorA = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const staff = await bearerFor(ctx.db, "EDITOR");
    const id = await freshContactPoint(ctx.db, partnerA, "PUBLISHED");
    const gid = globalId("ContactPoint", id);
    await ok(UPDATE, { id: gid, v: await versionOf(id), input: { phone: "0361 111111" } }, editorA);
    await ok(UPDATE, { id: gid, v: await versionOf(id), input: { phone: "0361 222222" } }, staff);
    await ok(UPDATE, { id: gid, v: await versionOf(id), input: { email: "neu@example.org" } }, editorA);
    await ok(
      `mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }`,
      { id: gid },
      editorA,
    );
    const item = await ctx.db.prisma.changeRequest.findFirstOrThrow({
      where: { entityId: id, status: "OPEN" },
    });
    const approval = await ok(
      `mutation($id: ID!) { approveChange(id: $id) { __typename } }`,
      { id: item.id },
      staff,
    );
    expect(approval.approveChange.__typename).toBe("ConflictError");
    expect((await ctx.db.prisma.contactPoint.findUniqueOrThrow({ where: { id } })).phone).toBe("0361 222222");
    expect((await ctx.db.prisma.changeRequest.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      "OPEN",
    );
  });
});

describe("keys, pins, history and reports", () => {
  it("an external key another entry has is refused as a field error, not a 500", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const staff = await bearerFor(ctx.db, "EDITOR");
    const [first, second] = [
      await freshContactPoint(ctx.db, partnerA, "DRAFT"),
      await freshContactPoint(ctx.db, partnerA, "DRAFT"),
    ];
    await ok(
      UPDATE,
      { id: globalId("ContactPoint", first), v: await versionOf(first), input: { externalKey: "KEY-1" } },
      staff,
    );
    const taken = await gql(
      UPDATE,
      { id: globalId("ContactPoint", second), v: await versionOf(second), input: { externalKey: "KEY-1" } },
      staff,
    );
    expect(taken.status).toBe(200);
    expect(taken.data.updateContactPoint).toEqual({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["externalKey"], code: "TAKEN" }],
    });
  });

  it("a pin accepted across the border stays editable while it is not moved", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const staff = await bearerFor(ctx.db, "EDITOR");
    const created = await ok(
      `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ... on MutationCreateContactPointSuccess { data { id version } } } }`,
      {
        input: {
          partnerId: partnerA,
          name: "Grenznah",
          postcode: "04600",
          city: "Altenburg",
          lat: 51.3,
          lng: 12.45,
          allowOutsideThuringia: true,
        },
      },
      staff,
    );
    const { id, version } = created.createContactPoint.data;
    const edit = await ok(UPDATE, { id, v: version, input: { phone: "03447 12345" } }, staff);
    expect(edit.updateContactPoint.__typename).toBe("MutationUpdateContactPointSuccess");
  });

  it("account history is for admins; editors see content history only", async () => {
    await ctx.db.prisma.auditEntry.create({
      data: { actorLabel: "admin@example.org", entityType: "USER", entityId: "u1", action: "INVITE" },
    });
    const query = `{ auditLog(first: 100, filter: { entityType: USER }) { totalCount } }`;
    expect((await ok(query, {}, await bearerFor(ctx.db, "EDITOR"))).auditLog.totalCount).toBe(0);
    expect((await ok(query, {}, await bearerFor(ctx.db, "ADMIN"))).auditLog.totalCount).toBeGreaterThan(0);
  });

  it("partner editors resolve reports about their entries; dismissing one is for staff", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const entityId = await freshContactPoint(ctx.db, partnerA, "PUBLISHED");
    const report = await ctx.db.prisma.outdatedReport.create({
      data: { entityType: "CONTACT_POINT", entityId, partnerId: partnerA, reason: "PHONE" },
    });
    const editorA = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const dismissed = await gql(
      `mutation($id: ID!) { resolveReport(id: $id, dismiss: true) { __typename } }`,
      { id: report.id },
      editorA,
    );
    expect(dismissed.status).toBe(403);
    const resolved = await ok(
      `mutation($id: ID!) { resolveReport(id: $id) { __typename } }`,
      { id: report.id },
      editorA,
    );
    expect(resolved.resolveReport.__typename).toBe("MutationResolveReportSuccess");
  });
});
