// The editing lists' filters: one kind filter per type (refused on the other lists, so a list
// never looks filtered when it is not) and a search that ignores upper and lower case everywhere.
import { describe, expect, it } from "vitest";
import { freshNetwork, freshOffer, freshPartner } from "../authz/fixtures.ts";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const LIST = (field: string, node: string) =>
  `query($filter: EditableFilter) { ${field}(first: 100, filter: $filter) { totalCount edges { node { id ${node} } } } }`;

describe("kind filters", () => {
  it("partnerType lists partners of those types, in every state", async () => {
    const editor = await bearerFor(ctx.db, "EDITOR");
    const draft = await freshPartner(ctx.db, "DRAFT"); // type OTHER
    const filter = { partnerType: ["OTHER", "JOBCENTER"] };
    const { editablePartners } = await ok(LIST("editablePartners", "type"), { filter }, editor);
    const expected = await ctx.db.prisma.partner.count({ where: { type: { in: ["OTHER", "JOBCENTER"] } } });
    expect(editablePartners.totalCount).toBe(expected);
    expect(editablePartners.totalCount).toBeLessThan(await ctx.db.prisma.partner.count());
    const types = editablePartners.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types).toContain("OTHER");
    for (const type of types) expect(["OTHER", "JOBCENTER"]).toContain(type);
    expect(editablePartners.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      globalId("Partner", draft),
    );
  });

  it("offerKind lists offers of those kinds, combined with the other conditions", async () => {
    const { partnerA, partnerB } = await twoPartners(ctx.db);
    const guide = await ctx.db.prisma.offer.create({
      data: { partnerId: partnerA, kind: "GUIDE", title: { de: "Leitfaden Anerkennung" }, status: "DRAFT" },
    });
    await freshOffer(ctx.db, partnerA, "DRAFT"); // an EVENT
    const editor = await bearerFor(ctx.db, "EDITOR");
    const guides = await ok(LIST("editableOffers", "kind"), { filter: { offerKind: ["GUIDE"] } }, editor);
    expect(guides.editableOffers.totalCount).toBe(
      await ctx.db.prisma.offer.count({ where: { kind: "GUIDE" } }),
    );
    expect(guides.editableOffers.edges.map((e: { node: { kind: string } }) => e.node.kind)).not.toContain(
      "EVENT",
    );
    expect(guides.editableOffers.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      globalId("Offer", guide.id),
    );

    // A partner editor: their own organisation's offers of that kind only.
    const own = await ok(
      LIST("editableOffers", "kind partner { id }"),
      { filter: { offerKind: ["GUIDE", "EVENT"] } },
      await bearerFor(ctx.db, "PARTNER_EDITOR", partnerB),
    );
    expect(own.editableOffers.totalCount).toBe(
      await ctx.db.prisma.offer.count({ where: { partnerId: partnerB, kind: { in: ["GUIDE", "EVENT"] } } }),
    );
    for (const edge of own.editableOffers.edges)
      expect(edge.node.partner.id).toBe(globalId("Partner", partnerB));
  });

  it("networkKind lists networks of those kinds", async () => {
    const editor = await bearerFor(ctx.db, "EDITOR");
    const created = await freshNetwork(ctx.db, "DRAFT"); // a REGIONAL_WORKING_GROUP
    const { editableNetworks } = await ok(
      LIST("editableNetworks", "kind"),
      { filter: { networkKind: ["REGIONAL_WORKING_GROUP"] } },
      editor,
    );
    expect(editableNetworks.totalCount).toBe(
      await ctx.db.prisma.network.count({ where: { kind: "REGIONAL_WORKING_GROUP" } }),
    );
    expect(editableNetworks.totalCount).toBeLessThan(await ctx.db.prisma.network.count());
    expect(editableNetworks.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      globalId("Network", created),
    );
  });

  it("refuses a condition the list cannot apply with 400 BAD_USER_INPUT", async () => {
    const editor = await bearerFor(ctx.db, "EDITOR");
    const { partnerA } = await twoPartners(ctx.db);
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "editableOffers",
        { partnerType: ["JOBCENTER"] },
        "filter.partnerType applies to editablePartners only.",
      ],
      [
        "editableContactPoints",
        { partnerType: ["OTHER"] },
        "filter.partnerType applies to editablePartners only.",
      ],
      ["editablePartners", { offerKind: ["GUIDE"] }, "filter.offerKind applies to editableOffers only."],
      [
        "editablePartners",
        { networkKind: ["STATE_ADVISORY_BOARD"] },
        "filter.networkKind applies to editableNetworks only.",
      ],
      [
        "editableOffers",
        { districtKey: "16051" },
        "filter.districtKey applies to editableContactPoints only.",
      ],
      [
        "editableNetworks",
        { partnerId: globalId("Partner", partnerA) },
        "filter.partnerId does not apply to networks (they belong to no partner).",
      ],
    ];
    for (const [field, filter, message] of cases) {
      const response = await gql(LIST(field, ""), { filter }, editor);
      expect(response.status, `${field} ${JSON.stringify(filter)}`).toBe(400);
      expect(response.errors?.[0]).toMatchObject({
        message,
        extensions: { code: "BAD_USER_INPUT", argument: "filter" },
      });
    }
    // An empty list asks for nothing: accepted everywhere, like an absent condition.
    const empty = await gql(LIST("editableOffers", ""), { filter: { partnerType: [] } }, editor);
    expect(empty.status).toBe(200);
  });
});

describe("search", () => {
  it("finds offers by their German title in any case, as it finds partners by name", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const offer = await ctx.db.prisma.offer.create({
      data: {
        partnerId: partnerA,
        kind: "TRAINING",
        title: { de: "Bewerbungstraining KOMPAKT" },
        status: "DRAFT",
      },
    });
    const partner = await ctx.db.prisma.partner.create({
      data: { type: "OTHER", name: "Verein Bewerbungshilfe KOMPAKT", status: "DRAFT" },
    });
    const editor = await bearerFor(ctx.db, "EDITOR");
    for (const search of ["kompakt", "BEWERBUNGSTRAINING kompakt", "Bewerbungstraining KOMPAKT"]) {
      const { editableOffers } = await ok(LIST("editableOffers", ""), { filter: { search } }, editor);
      expect(
        editableOffers.edges.map((e: { node: { id: string } }) => e.node.id),
        search,
      ).toEqual([globalId("Offer", offer.id)]);
      expect(editableOffers.totalCount).toBe(1);
    }
    const { editablePartners } = await ok(
      LIST("editablePartners", ""),
      { filter: { search: "kompakt" } },
      editor,
    );
    expect(editablePartners.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      globalId("Partner", partner.id),
    ]);
    // The German title only: an English title does not match.
    await ctx.db.prisma.offer.update({
      where: { id: offer.id },
      data: { title: { de: "Bewerbungstraining KOMPAKT", en: "Application workshop" } },
    });
    const english = await ok(LIST("editableOffers", ""), { filter: { search: "application" } }, editor);
    expect(english.editableOffers.totalCount).toBe(0);
  });
});
