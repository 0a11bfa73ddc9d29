// An offer's contact points and a network's members: the public fields list published entries
// only, the edit forms send the whole list back. `linkedContactPoints` / `linkedMembers` give the
// entry's editors every stored link, so saving a form keeps the links they could not see before.
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import {
  ACTORS,
  type AuthzCase,
  type AuthzWorld,
  OWNER_AND_STAFF,
  outcome,
  STAFF,
} from "../authz/authz-case.ts";
import { freshContactPoint, freshNetwork, freshOffer, freshPartner } from "../authz/fixtures.ts";
import { buildWorld } from "../authz/world.ts";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();
const codes = (errors: { extensions?: Record<string, unknown> }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

/** A published offer of partner A linked to a published, a draft and an archived contact point. */
async function offerWithDraftLinks() {
  const { partnerA, partnerB } = await twoPartners(ctx.db);
  const published = await freshContactPoint(ctx.db, partnerA, "PUBLISHED");
  const draft = await freshContactPoint(ctx.db, partnerA, "DRAFT");
  const archived = await freshContactPoint(ctx.db, partnerA, "ARCHIVED");
  const offer = await ctx.db.prisma.offer.create({
    data: {
      partnerId: partnerA,
      kind: "COUNSELLING",
      title: { de: "Beratung mit Entwurfs-Anlaufstelle" },
      status: "PUBLISHED",
      contactPoints: { connect: [{ id: published }, { id: draft }, { id: archived }] },
    },
  });
  return {
    partnerA,
    partnerB,
    offer: globalId("Offer", offer.id),
    offerId: offer.id,
    published: globalId("ContactPoint", published),
    draft: globalId("ContactPoint", draft),
    archived: globalId("ContactPoint", archived),
  };
}

const OFFER_LINKS = `query($id: ID!) { node(id: $id) { ... on Offer { contactPoints { id } linkedContactPoints { id status } } } }`;

describe("Offer.linkedContactPoints", () => {
  it("lists drafts and archived links to the offer's editors; the public field stays published-only", async () => {
    const f = await offerWithDraftLinks();
    const all = [f.published, f.draft, f.archived].sort();
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const { node } = await ok(OFFER_LINKS, { id: f.offer }, await bearerFor(ctx.db, role));
      expect(ids(node.linkedContactPoints)).toEqual(all);
      expect(ids(node.contactPoints)).toEqual([f.published]);
    }
    const owner = await ok(
      OFFER_LINKS,
      { id: f.offer },
      await bearerFor(ctx.db, "PARTNER_EDITOR", f.partnerA),
    );
    expect(ids(owner.node.linkedContactPoints)).toEqual(all);
    expect(owner.node.linkedContactPoints.find((c: { id: string }) => c.id === f.draft).status).toBe("DRAFT");

    // Anonymous: the public contract is unchanged, the editor field is refused.
    const anonymous = await ok(
      `query($id: ID!) { node(id: $id) { ... on Offer { contactPoints { id } } } }`,
      {
        id: f.offer,
      },
    );
    expect(ids(anonymous.node.contactPoints)).toEqual([f.published]);
    const anonymousLinks = await gql(OFFER_LINKS, { id: f.offer });
    expect(anonymousLinks.status).toBe(401);
    expect(codes(anonymousLinks.errors)).toContain("UNAUTHENTICATED");

    // Another partner's editor sees the published offer as the public does, and no drafts.
    const other = await bearerFor(ctx.db, "PARTNER_EDITOR", f.partnerB);
    const otherPublic = await ok(
      `query($id: ID!) { node(id: $id) { ... on Offer { contactPoints { id } } } }`,
      {
        id: f.offer,
      },
      other,
    );
    expect(ids(otherPublic.node.contactPoints)).toEqual([f.published]);
    const otherLinks = await gql(OFFER_LINKS, { id: f.offer }, other);
    expect(otherLinks.status).toBe(403);
    expect(codes(otherLinks.errors)).toContain("FORBIDDEN");
    expect(JSON.stringify(otherLinks.data ?? null)).not.toContain(f.draft);
  });

  it("saving another field with the list the form read keeps the draft link", async () => {
    const f = await offerWithDraftLinks();
    const editor = await bearerFor(ctx.db, "EDITOR");
    // What the admin's offer form does: read the entry, send the whole list with the change.
    const { editableOffer } = await ok(
      `query($id: ID!) { editableOffer(id: $id) { version linkedContactPoints { id } } }`,
      { id: f.offer },
      editor,
    );
    const saved = await ok(
      `mutation($id: ID!, $v: Int!, $input: OfferInput!) { updateOffer(id: $id, version: $v, input: $input) {
        __typename ... on MutationUpdateOfferSuccess { data { linkedContactPoints { id } history(first: 1) { changes } } } } }`,
      {
        id: f.offer,
        v: editableOffer.version,
        input: {
          occupation: "Kaufmann/-frau für Büromanagement",
          contactPointIds: ids(editableOffer.linkedContactPoints),
        },
      },
      editor,
    );
    expect(saved.updateOffer.__typename).toBe("MutationUpdateOfferSuccess");
    expect(ids(saved.updateOffer.data.linkedContactPoints)).toEqual(
      [f.published, f.draft, f.archived].sort(),
    );
    // The history records the one change, not a dropped link.
    expect(Object.keys(saved.updateOffer.data.history[0].changes)).toEqual(["occupation"]);
    const stored = await ctx.db.prisma.offer.findUniqueOrThrow({
      where: { id: f.offerId },
      include: { contactPoints: { select: { id: true } } },
    });
    expect(stored.contactPoints).toHaveLength(3);
  });
});

describe("Network.linkedMembers", () => {
  it("lists draft and archived members to staff; the public field and others see published ones only", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const draftPartner = await freshPartner(ctx.db, "DRAFT");
    const archivedPartner = await freshPartner(ctx.db, "ARCHIVED");
    const networkId = await freshNetwork(ctx.db, "PUBLISHED");
    await ctx.db.prisma.network.update({
      where: { id: networkId },
      data: { members: { connect: [{ id: partnerA }, { id: draftPartner }, { id: archivedPartner }] } },
    });
    const network = globalId("Network", networkId);
    const all = [partnerA, draftPartner, archivedPartner].map((id) => globalId("Partner", id)).sort();
    const query = `query($id: ID!) { node(id: $id) { ... on Network { members { id } linkedMembers { id } } } }`;

    const editor = await bearerFor(ctx.db, "EDITOR");
    const { node } = await ok(query, { id: network }, editor);
    expect(ids(node.linkedMembers)).toEqual(all);
    expect(ids(node.members)).toEqual([globalId("Partner", partnerA)]);

    const anonymous = await ok(`query($id: ID!) { node(id: $id) { ... on Network { members { id } } } }`, {
      id: network,
    });
    expect(ids(anonymous.node.members)).toEqual([globalId("Partner", partnerA)]);
    expect((await gql(query, { id: network })).status).toBe(401);
    // Networks are staff work: even a member's own editor gets no drafts.
    const member = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const denied = await gql(query, { id: network }, member);
    expect(denied.status).toBe(403);
    expect(JSON.stringify(denied.data ?? null)).not.toContain(globalId("Partner", draftPartner));

    // The network form's round trip: another field changes, every member stays.
    const { editableNetwork } = await ok(
      `query($id: ID!) { editableNetwork(id: $id) { version linkedMembers { id } } }`,
      { id: network },
      editor,
    );
    const saved = await ok(
      `mutation($id: ID!, $v: Int!, $input: NetworkInput!) { updateNetwork(id: $id, version: $v, input: $input) {
        __typename ... on MutationUpdateNetworkSuccess { data { linkedMembers { id } history(first: 1) { changes } } } } }`,
      {
        id: network,
        v: editableNetwork.version,
        input: { website: "https://ak.example", memberIds: ids(editableNetwork.linkedMembers) },
      },
      editor,
    );
    expect(ids(saved.updateNetwork.data.linkedMembers)).toEqual(all);
    expect(Object.keys(saved.updateNetwork.data.history[0].changes)).toEqual(["website"]);
  });
});

describe("the admin app's edit forms", () => {
  it("load an offer's and a network's links through the fields that include drafts", async () => {
    const { EDITABLE_NETWORK, EDITABLE_OFFER } = await import(
      "../../../admin/src/records/edit/edit.documents.ts"
    );
    const f = await offerWithDraftLinks();
    const editor = await bearerFor(ctx.db, "EDITOR");
    const offer = await ok(print(EDITABLE_OFFER), { id: f.offer }, editor);
    expect(offer.record, "EDITABLE_OFFER must ask for linkedContactPoints").toHaveProperty(
      "linkedContactPoints",
    );
    expect(ids(offer.record.linkedContactPoints)).toContain(f.draft);

    const networkId = await freshNetwork(ctx.db, "PUBLISHED");
    const draftPartner = await freshPartner(ctx.db, "DRAFT");
    await ctx.db.prisma.network.update({
      where: { id: networkId },
      data: { members: { connect: [{ id: draftPartner }] } },
    });
    const network = await ok(print(EDITABLE_NETWORK), { id: globalId("Network", networkId) }, editor);
    expect(network.record, "EDITABLE_NETWORK must ask for linkedMembers").toHaveProperty("linkedMembers");
    expect(ids(network.record.linkedMembers)).toEqual([globalId("Partner", draftPartner)]);
  });
});

// The two fields through the authorization matrix's seven callers (revoked tokens and expired
// sessions included), with the matrix's own rules for "allowed" and "denied".
const LINK_FIELD_CASES: AuthzCase[] = [
  {
    field: "Offer.linkedContactPoints",
    kind: "field",
    allowed: OWNER_AND_STAFF,
    pick: (data) => data?.node?.linkedContactPoints,
    run: async (w, actor) => {
      const id = await freshOffer(w.db, w.ids.partnerA, "PUBLISHED");
      return w.gql(
        actor,
        `query($id: ID!) { node(id: $id) { ... on Offer { linkedContactPoints { id } } } }`,
        {
          id: globalId("Offer", id),
        },
      );
    },
  },
  {
    field: "Network.linkedMembers",
    kind: "field",
    allowed: STAFF,
    pick: (data) => data?.node?.linkedMembers,
    run: async (w, actor) => {
      const id = await freshNetwork(w.db, "PUBLISHED");
      return w.gql(actor, `query($id: ID!) { node(id: $id) { ... on Network { linkedMembers { id } } } }`, {
        id: globalId("Network", id),
      });
    },
  },
];

describe("who may read the link fields", () => {
  let world: AuthzWorld;
  for (const testCase of LINK_FIELD_CASES) {
    it(`${testCase.field}: allowed for ${testCase.allowed.join(", ")}`, async () => {
      world ??= await buildWorld(ctx.db, ctx.yoga);
      const results: Record<string, string> = {};
      for (const actor of ACTORS) {
        const response = await testCase.run(world, actor);
        results[actor] = outcome(response, testCase.field, testCase.pick);
        expect(response.status, `${actor}: ${JSON.stringify(response.errors)}`).toBeLessThan(500);
      }
      expect(results).toEqual(
        Object.fromEntries(ACTORS.map((a) => [a, testCase.allowed.includes(a) ? "allowed" : "denied"])),
      );
    });
  }
});
