// The "done when": a first admin (as `pnpm users:create` makes one) logs in through
// GraphQL, invites a partner editor, who sets a password, edits their own contact point and
// submits it; the admin approves it, and the public API shows the change at once, with its
// history. All through the browser-session path (cookies from the admin origin).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, appOnTestDatabase, createAccount, graphql, login } from "../accounts-fixtures.ts";
import { globalId, twoPartners } from "../support/editing-actors.ts";

let world: Awaited<ReturnType<typeof appOnTestDatabase>>;
beforeAll(async () => {
  world = await appOnTestDatabase();
});
afterAll(() => world.dispose());

const publicApi = (app: App, query: string, variables: Record<string, unknown>) =>
  graphql(app, query, variables, { origin: "https://www.landkreis-beispiel.de" });

describe("from the first admin to a reviewed publication", () => {
  it("works end to end, with its audit trail", async () => {
    const { app, db } = world;
    const { partnerA, contactPointA } = await twoPartners(db);
    const admin = await createAccount(db, "ADMIN", { email: "leitung@kausa.example" });
    const adminCookie = await login(app, admin.email);

    const invited = await graphql(
      app,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { setPasswordLink user { id role } } }`,
      { input: { email: "beratung@jmd-nordhausen.example", role: "PARTNER_EDITOR", partnerId: partnerA } },
      { cookie: adminCookie },
    );
    expect(invited.errors).toBeUndefined();
    const link = new URL(invited.data.createUser.setPasswordLink);
    expect(link.pathname).toBe("/admin/set-password");
    const token = new URLSearchParams(link.hash.slice(1)).get("token");

    const welcome = await graphql(
      app,
      `mutation($token: String!, $pw: String!) { setPassword(token: $token, password: $pw) { user { email role } } }`,
      {
        token,
        pw: "Rhabarber-Kompott im Sommer",
      },
    );
    expect(welcome.data.setPassword.user).toEqual({
      email: "beratung@jmd-nordhausen.example",
      role: "PARTNER_EDITOR",
    });
    const editorCookie = welcome.cookie;
    expect(editorCookie).toBeTruthy();

    const id = globalId("ContactPoint", contactPointA);
    const { data: current } = await graphql(
      app,
      `query($id: ID!) { editableContactPoint(id: $id) { version phone } }`,
      { id },
      { cookie: editorCookie },
    );
    const edit = await graphql(
      app,
      `mutation($id: ID!, $v: Int!) { updateContactPoint(id: $id, version: $v, input: { phone: "03631 4711", openingHours: [{ day: 2, opens: "09:00", closes: "12:00" }] }, reason: "Neue Durchwahl") { __typename } }`,
      { id, v: current.editableContactPoint.version },
      { cookie: editorCookie },
    );
    expect(edit.data.updateContactPoint.__typename).toBe("MutationUpdateContactPointSuccess");
    await graphql(
      app,
      `mutation($id: ID!) { submitContactPointForReview(id: $id) { __typename } }`,
      { id },
      { cookie: editorCookie },
    );

    const before = await publicApi(
      app,
      `query($id: ID!) { node(id: $id) { ... on ContactPoint { phone } } }`,
      { id },
    );
    expect(before.data.node.phone).toBe(current.editableContactPoint.phone);

    const queue = await graphql(
      app,
      `{ reviewQueue { edges { node { id entityId proposed } } } }`,
      {},
      { cookie: adminCookie },
    );
    const item = queue.data.reviewQueue.edges.find(
      (e: { node: { entityId: string } }) => e.node.entityId === contactPointA,
    ).node;
    const approval = await graphql(
      app,
      `mutation($id: ID!) { approveChange(id: $id, comment: "Passt") { __typename } }`,
      { id: item.id },
      { cookie: adminCookie },
    );
    expect(approval.data.approveChange.__typename).toBe("MutationApproveChangeSuccess");

    const after = await publicApi(
      app,
      `query($id: ID!) { node(id: $id) { ... on ContactPoint { phone openingHours { day opens closes } } } }`,
      { id },
    );
    expect(after.data.node).toEqual({
      phone: "03631 4711",
      openingHours: [{ day: 2, opens: "09:00", closes: "12:00" }],
    });
    const search = await publicApi(app, `{ contactPoints(first: 100) { edges { node { id phone } } } }`, {});
    expect(
      search.data.contactPoints.edges.find((e: { node: { id: string } }) => e.node.id === id)?.node.phone,
    ).toBe("03631 4711");

    const trail = await graphql(
      app,
      `query($e: String) { auditLog(filter: { entityId: $e }) { edges { node { action actorLabel reason } } } }`,
      { e: contactPointA },
      { cookie: adminCookie },
    );
    expect(trail.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: "APPROVE", actorLabel: "leitung@kausa.example", reason: "Passt" },
      { action: "SUBMIT", actorLabel: "beratung@jmd-nordhausen.example", reason: null },
      { action: "PROPOSE", actorLabel: "beratung@jmd-nordhausen.example", reason: "Neue Durchwahl" },
    ]);
  });
});
