import { describe, expect, it } from "vitest";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const ERRORS = `__typename ... on ValidationError { fieldErrors { path code } } ... on StateError { currentStatus }`;

describe("partners", () => {
  it("staff create a partner; partner editors may not, but may change their own with review", async () => {
    const editor = await bearerFor(ctx.db, "EDITOR");
    const created = await ok(
      `mutation { createPartner(input: { type: MIGRANT_ORGANISATION, name: "Verein Brücke e. V.", regionIds: ["nordthueringen"], description: { de: "Beratung", ar: "استشارة" }, website: "https://bruecke.example" }) { ${ERRORS} ... on MutationCreatePartnerSuccess { data { id status name description(locale: "ar") { text } } } } }`,
      {},
      editor,
    );
    expect(created.createPartner.data).toMatchObject({ status: "DRAFT", description: { text: "استشارة" } });

    const { partnerA } = await twoPartners(ctx.db);
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const denied = await gql(
      `mutation { createPartner(input: { type: OTHER, name: "X" }) { __typename } }`,
      {},
      partnerEditor,
    );
    expect(denied.status).toBe(403);

    const badRegion = await ok(
      `mutation($id: ID!) { updatePartner(id: $id, version: 1, input: { regionIds: ["atlantis"] }) { ${ERRORS} } }`,
      { id: created.createPartner.data.id },
      editor,
    );
    expect(badRegion.updatePartner.fieldErrors).toEqual([{ path: ["regionIds", "0"], code: "NOT_FOUND" }]);

    const own = globalId("Partner", partnerA);
    const { editablePartner } = await ok(
      `query($id: ID!) { editablePartner(id: $id) { version } }`,
      { id: own },
      partnerEditor,
    );
    const proposal = await ok(
      `mutation($id: ID!, $v: Int!) { updatePartner(id: $id, version: $v, input: { website: "https://neu.example" }) { ${ERRORS} ... on MutationUpdatePartnerSuccess { data { pendingChanges { status } } } } }`,
      { id: own, v: editablePartner.version },
      partnerEditor,
    );
    expect(proposal.updatePartner.data.pendingChanges).toEqual([{ status: "DRAFT" }]);
  });
});

describe("offers", () => {
  it("validates dates in order and contact points of the same partner", async () => {
    const { partnerA, contactPointA, contactPointB } = await twoPartners(ctx.db);
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const create = (input: Record<string, unknown>) =>
      ok(
        `mutation($input: OfferInput!) { createOffer(input: $input) { ${ERRORS} ... on MutationCreateOfferSuccess { data { id status title { text } contactPoints { id } } } } }`,
        {
          input: {
            partnerId: globalId("Partner", partnerA),
            kind: "EVENT",
            title: { de: "Infoabend Ausbildung" },
            ...input,
          },
        },
        partnerEditor,
      );
    const backwards = await create({ startsAt: "2027-03-02T17:00:00Z", endsAt: "2027-03-01T19:00:00Z" });
    expect(backwards.createOffer.fieldErrors).toEqual([{ path: ["endsAt"], code: "ENDS_BEFORE_START" }]);
    const foreign = await create({ contactPointIds: [globalId("ContactPoint", contactPointB)] });
    expect(foreign.createOffer.fieldErrors).toEqual([{ path: ["contactPointIds", "0"], code: "NOT_FOUND" }]);
    const noGerman = await gql(
      `mutation { createOffer(input: { kind: EVENT, title: { en: "x" } }) { __typename } }`,
      {},
      partnerEditor,
    );
    expect(noGerman.status).toBe(400); // the German title is required by the input type itself
    const good = await create({
      startsAt: "2027-03-01T17:00:00Z",
      endsAt: "2027-03-01T19:00:00Z",
      contactPointIds: [globalId("ContactPoint", contactPointA)],
    });
    expect(good.createOffer.data).toMatchObject({ status: "DRAFT", title: { text: "Infoabend Ausbildung" } });
    // The draft's contact point relation is visible to its editor (contact point is published).
    expect(good.createOffer.data.contactPoints).toHaveLength(1);
  });
});

describe("networks", () => {
  it("are staff work; members are added and removed one by one, audited", async () => {
    const { partnerA, partnerB } = await twoPartners(ctx.db);
    const editor = await bearerFor(ctx.db, "EDITOR");
    const created = await ok(
      `mutation { createNetwork(input: { kind: REGIONAL_WORKING_GROUP, name: "AK Ausbildung Kyffhäuser", regionId: "nordthueringen" }) { ${ERRORS} ... on MutationCreateNetworkSuccess { data { id } } } }`,
      {},
      editor,
    );
    const id = created.createNetwork.data.id;
    const noRegion = await ok(
      `mutation { createNetwork(input: { kind: REGIONAL_WORKING_GROUP, name: "x" }) { ${ERRORS} } }`,
      {},
      editor,
    );
    expect(noRegion.createNetwork.fieldErrors).toEqual([{ path: ["regionId"], code: "REQUIRED" }]);
    for (const partner of [partnerA, partnerB]) {
      await ok(
        `mutation($n: ID!, $p: ID!) { addNetworkMember(networkId: $n, partnerId: $p) { __typename } }`,
        { n: id, p: globalId("Partner", partner) },
        editor,
      );
    }
    await ok(
      `mutation($n: ID!, $p: ID!) { removeNetworkMember(networkId: $n, partnerId: $p) { __typename } }`,
      { n: id, p: globalId("Partner", partnerA) },
      editor,
    );
    const { editableNetwork } = await ok(
      `query($id: ID!) { editableNetwork(id: $id) { version history { action changes } } }`,
      { id },
      editor,
    );
    expect(editableNetwork.version).toBe(4);
    expect(editableNetwork.history[0].changes).toEqual({
      memberIds: { before: [partnerA, partnerB].sort(), after: [partnerB] },
    });
    const partnerEditor = await bearerFor(ctx.db, "PARTNER_EDITOR", partnerA);
    const denied = await gql(
      `mutation($n: ID!, $p: ID!) { addNetworkMember(networkId: $n, partnerId: $p) { __typename } }`,
      { n: id, p: globalId("Partner", partnerA) },
      partnerEditor,
    );
    expect(denied.status).toBe(403);
    expect(
      (await ok(`query($id: ID!) { editableNetwork(id: $id) { id } }`, { id }, partnerEditor))
        .editableNetwork,
    ).toBeNull();
  });
});
