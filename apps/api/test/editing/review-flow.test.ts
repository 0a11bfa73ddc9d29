import { describe, expect, it } from "vitest";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const UPDATE = `mutation($id: ID!, $v: Int!, $input: ContactPointInput!) {
  updateContactPoint(id: $id, version: $v, input: $input) {
    __typename
    ... on MutationUpdateContactPointSuccess { data { version phone status pendingChanges { id status proposed } } }
    ... on ConflictError { currentVersion }
    ... on StateError { message }
    ... on ValidationError { fieldErrors { path code } }
  }
}`;

const publicPhone = async (id: string) =>
  (await ok(`query($id: ID!) { node(id: $id) { ... on ContactPoint { phone } } }`, { id })).node?.phone;

describe("a partner editor's change to published data goes through review", () => {
  it("proposes, submits, is approved by staff and then shows in public, with its history", async () => {
    const { partnerA, contactPointA } = await twoPartners(ctx.db);
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const admin = await bearerFor(ctx.db, "ADMIN");
    const id = globalId("ContactPoint", contactPointA);
    const before = await publicPhone(id);
    const { editableContactPoint: cp } = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { version } }`,
      { id },
      partnerEditor,
    );

    const proposed = await ok(UPDATE, { id, v: cp.version, input: { phone: "03631 987654" } }, partnerEditor);
    const result = proposed.updateContactPoint;
    expect(result.__typename).toBe("MutationUpdateContactPointSuccess");
    expect(result.data.phone).toBe(before); // the entry itself is unchanged …
    expect(result.data.pendingChanges).toHaveLength(1); // … the change waits as a draft proposal
    expect(result.data.pendingChanges[0]).toMatchObject({
      status: "DRAFT",
      proposed: { phone: "03631 987654" },
    });
    expect(await publicPhone(id)).toBe(before);

    const queueBefore = await ok(`{ reviewQueue { totalCount } }`, {}, admin);
    const submitted = await ok(
      `mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }`,
      { id },
      partnerEditor,
    );
    expect(submitted.submitContactPointForReview.__typename).toBe(
      "MutationSubmitContactPointForReviewSuccess",
    );
    const queue = await ok(
      `{ reviewQueue { totalCount edges { node { id kind entityId proposed } } } }`,
      {},
      admin,
    );
    expect(queue.reviewQueue.totalCount).toBe(queueBefore.reviewQueue.totalCount + 1);
    const item = queue.reviewQueue.edges.find(
      (e: { node: { entityId: string } }) => e.node.entityId === contactPointA,
    )?.node;
    expect(item).toMatchObject({ kind: "UPDATE", proposed: { phone: "03631 987654" } });

    const approved = await ok(
      `mutation($id: ID!) { approveChange(id: $id, comment: "Danke") { __typename ... on MutationApproveChangeSuccess { data { status decisionComment } } } }`,
      { id: item.id },
      admin,
    );
    expect(approved.approveChange.data).toEqual({ status: "APPROVED", decisionComment: "Danke" });
    expect(await publicPhone(id)).toBe("03631 987654");

    const history = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { history { action actorLabel changes reason } } }`,
      { id },
      partnerEditor,
    );
    const actions = history.editableContactPoint.history.map((h: { action: string }) => h.action);
    expect(actions).toEqual(["APPROVE", "SUBMIT", "PROPOSE"]);
    expect(history.editableContactPoint.history[0]).toMatchObject({
      changes: { phone: { before, after: "03631 987654" } },
      reason: "Danke",
    });
  });

  it("a new entry of a partner editor is reviewed, and a rejection sends it back as a draft", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const editor = await bearerFor(ctx.db, "EDITOR");
    const created = await ok(
      `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ... on MutationCreateContactPointSuccess { data { id status } } } }`,
      {
        input: {
          partnerId: globalId("Partner", partnerA),
          name: "Neue Stelle",
          postcode: "99734",
          city: "Nordhausen",
        },
      },
      partnerEditor,
    );
    const id = created.createContactPoint.data.id;
    const submit = await ok(
      `mutation($id: ID!) { submitContactPointForReview(id: $id) { ... on MutationSubmitContactPointForReviewSuccess { data { status } } } }`,
      { id },
      partnerEditor,
    );
    expect(submit.submitContactPointForReview.data.status).toBe("IN_REVIEW");

    const queue = await ok(`{ reviewQueue { edges { node { id kind entityId } } } }`, {}, editor);
    const rawId = Buffer.from(id, "base64").toString().split(":")[1];
    const item = queue.reviewQueue.edges.find(
      (e: { node: { entityId: string } }) => e.node.entityId === rawId,
    )?.node;
    expect(item.kind).toBe("PUBLISH");
    const noComment = await gql(
      `mutation($id: ID!) { rejectChange(id: $id, comment: " ") { __typename ... on ValidationError { fieldErrors { code } } } }`,
      { id: item.id },
      editor,
    );
    expect(noComment.data.rejectChange.fieldErrors[0].code).toBe("REQUIRED");
    await ok(
      `mutation($id: ID!) { rejectChange(id: $id, comment: "Bitte Telefonnummer ergänzen") { __typename } }`,
      { id: item.id },
      editor,
    );
    const after = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { status } }`,
      { id },
      partnerEditor,
    );
    expect(after.editableContactPoint.status).toBe("DRAFT");
    const twice = await ok(
      `mutation($id: ID!) { approveChange(id: $id) { __typename ... on StateError { currentStatus } } }`,
      { id: item.id },
      editor,
    );
    expect(twice.approveChange).toEqual({ __typename: "StateError", currentStatus: "REJECTED" });

    // Published by staff, it is public at once.
    await ok(`mutation($id: ID!) { publishContactPoint(id: $id) { __typename } }`, { id }, editor);
    expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toEqual({ id });
  });

  it("another partner's editor can neither see nor change the entry", async () => {
    const { partnerB, contactPointA } = await twoPartners(ctx.db);
    const other = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerB);
    const id = globalId("ContactPoint", contactPointA);
    const read = await ok(`query($id: ID!) { editableContactPoint(id: $id) { id } }`, { id }, other);
    expect(read.editableContactPoint).toBeNull();
    const write = await gql(UPDATE, { id, v: 1, input: { phone: "0361 1" } }, other);
    expect(write.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(write.status).toBe(404);
    const list = await ok(
      `{ editableContactPoints(first: 50) { totalCount edges { node { partner { id } } } } }`,
      {},
      other,
    );
    expect(list.editableContactPoints.totalCount).toBeGreaterThan(0);
    const partners = new Set(
      list.editableContactPoints.edges.map((e: { node: { partner: { id: string } } }) => e.node.partner.id),
    );
    expect([...partners]).toEqual([globalId("Partner", partnerB)]);
  });
});
