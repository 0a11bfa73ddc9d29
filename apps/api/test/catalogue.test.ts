import { describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

const { ctx, ok } = useTestApp();
// biome-ignore lint/suspicious/noExplicitAny: response rows
type Node = any;
const nodes = (connection: Node) => connection.edges.map((e: Node) => e.node) as Node[];

describe("reference data", () => {
  it("serves the regions and districts, with rural derived from the Thünen type", async () => {
    const data = await ok(`{
      regions { key name districts { key } }
      all: districts { key rural }
      north: districts(regionId: "nordthueringen") { name }
      urban: districts(rural: false) { name thuenenType settlementType }
    }`);
    expect(data.regions).toHaveLength(4);
    expect(data.all).toHaveLength(22);
    expect(data.north.map((d: Node) => d.name).sort()).toEqual([
      "Eichsfeld",
      "Kyffhäuserkreis",
      "Nordhausen",
      "Unstrut-Hainich-Kreis",
    ]);
    expect(data.urban).toEqual([
      { name: "Erfurt", thuenenType: 5, settlementType: 1 },
      { name: "Jena", thuenenType: 5, settlementType: 1 },
    ]);
  });

  it("returns district boundaries as GeoJSON", async () => {
    const data = await ok(`{ district(key: "16062") { name boundary } }`);
    expect(data.district.name).toBe("Nordhausen");
    expect(["Polygon", "MultiPolygon"]).toContain(data.district.boundary.type);
  });

  it("tells which district a point lies in (map pickers), and nothing outside Thuringia", async () => {
    const data = await ok(`{
      nordhausen: districtAt(lat: 51.505, lng: 10.791) { key name }
      erfurt: districtAt(lat: 50.978, lng: 11.029) { key name }
      berlin: districtAt(lat: 52.52, lng: 13.405) { key }
    }`);
    expect(data.nordhausen).toEqual({ key: "16062", name: "Nordhausen" });
    expect(data.erfurt).toEqual({ key: "16051", name: "Erfurt" });
    expect(data.berlin).toBeNull();
  });

  it("names its sources and their required attribution", async () => {
    const data = await ok("{ attribution { id attribution licence } }");
    const texts = data.attribution.map((s: Node) => s.attribution).join("\n");
    expect(texts).toContain("© GeoBasis-DE / BKG 2021 (Daten verändert)");
    expect(texts).toContain("GeoNames");
    expect(texts).toContain("© BBSR Bonn");
  });
});

describe("places (offline geocoding)", () => {
  const PLACES =
    "query P($s: String!, $n: Int) { places(search: $s, first: $n) { postcode name lat lng district { name } } }";

  it("finds places by postcode prefix", async () => {
    const data = await ok(PLACES, { s: "9973", n: 50 });
    expect(data.places.length).toBeGreaterThan(0);
    expect(data.places.every((p: Node) => p.postcode.startsWith("9973"))).toBe(true);
  });

  it("finds Sömmerda when typed without umlaut, in either spelling", async () => {
    for (const s of ["Sommerda", "Soemmerda", "sömmerda"]) {
      const data = await ok(PLACES, { s });
      expect(data.places[0].name).toBe("Sömmerda");
      expect(data.places[0].district.name).toBe("Sömmerda");
    }
  });

  it("treats LIKE wildcards as text", async () => {
    const data = await ok(PLACES, { s: "%" });
    expect(data.places).toEqual([]);
  });
});

describe("partners, offers and networks", () => {
  it("filters partners by type, region and the languages of their contact points", async () => {
    const data = await ok(`{
      chambers: partners(first: 50, filter: { partnerTypes: [CHAMBER_IHK, CHAMBER_HWK] }) { totalCount edges { node { type } } }
      east: partners(first: 100, filter: { regionIds: ["ostthueringen"] }) { edges { node { regions { key } } } }
      arabic: partners(first: 50, filter: { languages: ["ar"] }) { totalCount edges { node { contactPoints { languages } } } }
      kausa: partners(first: 5, filter: { search: "KAUSA" }) { edges { node { name isSample website } } }
    }`);
    expect(data.chambers.totalCount).toBe(8);
    expect(nodes(data.east).length).toBeGreaterThan(0);
    expect(nodes(data.east).every((p) => p.regions.some((r: Node) => r.key === "ostthueringen"))).toBe(true);
    expect(data.arabic.totalCount).toBeGreaterThan(0);
    expect(
      nodes(data.arabic).every((p) => p.contactPoints.some((c: Node) => c.languages.includes("ar"))),
    ).toBe(true);
    expect(nodes(data.kausa)[0]).toEqual({
      name: "KAUSA-Landesstelle Thüringen",
      isSample: false,
      website: "https://www.kausa-thueringen.de",
    });
  });

  it("lists upcoming offers by start date and filters by kind, dates and region", async () => {
    const now = new Date().toISOString();
    const data = await ok(
      `query O($from: DateTime!) {
        upcoming: offers(first: 100, filter: { offerKinds: [TRAINING, EVENT], from: $from }) {
          totalCount edges { node { kind startsAt endsAt } }
        }
        guides: offers(first: 50, filter: { offerKinds: [GUIDE] }) { totalCount edges { node { documentUrl format regions { key } } } }
        places: offers(first: 50, filter: { offerKinds: [APPRENTICESHIP_PLACE], regionIds: ["nordthueringen"] }) {
          edges { node { occupation regions { key } contactPoints { district { region { key } } } } }
        }
      }`,
      { from: now },
    );
    const upcoming = nodes(data.upcoming);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((o) => ["TRAINING", "EVENT"].includes(o.kind))).toBe(true);
    const starts = upcoming.map((o) => o.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(upcoming.every((o) => o.endsAt >= now)).toBe(true);
    expect(nodes(data.guides).length).toBeGreaterThan(0);
    expect(nodes(data.guides).every((g) => g.documentUrl?.endsWith(".pdf") && g.regions.length === 0)).toBe(
      true,
    );
    expect(nodes(data.places).length).toBeGreaterThan(0);
    for (const place of nodes(data.places)) {
      expect(place.occupation).toBeTruthy();
      expect(place.regions.length === 0 || place.regions.some((r: Node) => r.key === "nordthueringen")).toBe(
        true,
      );
    }
  });

  it("excludes offers that ended before `from` and those that start after `to`", async () => {
    const data = await ok(`{
      none: offers(first: 10, filter: { offerKinds: [TRAINING], to: "2000-01-01T00:00:00Z" }) { totalCount }
      all: offers(first: 10, filter: { offerKinds: [TRAINING] }) { totalCount }
    }`);
    expect(data.none.totalCount).toBe(0);
    expect(data.all.totalCount).toBeGreaterThan(0);
  });

  it("searches offers in German with stemming and finds titles in other languages", async () => {
    const data = await ok(`{
      de: offers(first: 50, filter: { search: "Schulungen" }) { totalCount edges { node { kind } } }
      en: offers(first: 50, filter: { search: "apprenticeship" }) { totalCount }
    }`);
    expect(data.de.totalCount).toBeGreaterThan(0);
    expect(nodes(data.de).some((o) => o.kind === "TRAINING")).toBe(true);
    expect(data.en.totalCount).toBeGreaterThan(0);
  });

  it("finds offers near a place through their contact points", async () => {
    const data = await ok(
      `{ offers(first: 50, near: { lat: 51.505, lng: 10.791, radiusKm: 40 }) { edges { node { distanceKm } } } }`,
    );
    const distances = nodes(data.offers).map((o) => o.distanceKm);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances.every((d) => d <= 40)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("lists the Landesbeirat, the four Regionalbeiräte and the working groups with members", async () => {
    const data = await ok(`{
      networks(first: 50) { totalCount edges { node { kind name isSample region { key } members { name } } } }
      north: networks(first: 50, filter: { regionIds: ["nordthueringen"], kinds: [REGIONAL_ADVISORY_BOARD] }) { edges { node { region { key } } } }
    }`);
    const all = nodes(data.networks);
    expect(all[0].kind).toBe("STATE_ADVISORY_BOARD");
    expect(all.filter((n) => n.kind === "REGIONAL_ADVISORY_BOARD")).toHaveLength(4);
    expect(all.filter((n) => n.kind === "REGIONAL_WORKING_GROUP").length).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all.every((n) => n.members.length > 0 && n.isSample)).toBe(true);
    expect(nodes(data.north)).toEqual([{ region: { key: "nordthueringen" } }]);
  });
});

describe("localized texts", () => {
  const Q = `query L($locale: String) { offers(first: 100) { edges { node { title(locale: $locale) { text locale isFallback } } } } }`;

  it("uses Accept-Language and falls back to German, marked as such", async () => {
    const data = await ok(Q, {}, { "accept-language": "ar-SY,ar;q=0.9,en;q=0.5" });
    const titles = nodes(data.offers).map((o) => o.title);
    const arabic = titles.filter((t) => t.locale === "ar");
    const german = titles.filter((t) => t.locale === "de");
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((t) => !t.isFallback)).toBe(true);
    expect(german.length).toBeGreaterThan(0);
    expect(german.every((t) => t.isFallback)).toBe(true);
  });

  it("lets the locale argument override the header and defaults to German", async () => {
    const en = await ok(Q, { locale: "en" }, { "accept-language": "ar" });
    expect(nodes(en.offers).some((o) => o.title.locale === "en")).toBe(true);
    const plain = await ok(Q, {});
    expect(nodes(plain.offers).length).toBeGreaterThan(0);
    expect(nodes(plain.offers).every((o) => o.title.locale === "de" && !o.title.isFallback)).toBe(true);
    const unsupported = await ok(Q, { locale: "sw" });
    expect(nodes(unsupported.offers).length).toBeGreaterThan(0);
    expect(nodes(unsupported.offers).every((o) => o.title.locale === "de" && o.title.isFallback)).toBe(true);
  });
});

describe("URLs from the data", () => {
  it("serves only http(s) URLs, whatever was stored", async () => {
    await ctx.db.prisma.contactPoint.update({
      where: { id: "cp-0001" },
      data: { website: "javascript:alert(1)" },
    });
    await ctx.db.prisma.offer.update({
      where: { id: "offer-001" },
      data: { registrationUrl: "data:text/html,x" },
    });
    const cp = Buffer.from("ContactPoint:cp-0001").toString("base64");
    const offer = Buffer.from("Offer:offer-001").toString("base64");
    const data = await ok(
      `query U($cp: ID!, $offer: ID!) {
      cp: node(id: $cp) { ... on ContactPoint { website email } }
      offer: node(id: $offer) { ... on Offer { registrationUrl } }
    }`,
      { cp, offer },
    );
    expect(data.cp.website).toBeNull();
    expect(data.cp.email).toBeTruthy();
    expect(data.offer.registrationUrl).toBeNull();
  });
});

describe("node lookups and visibility", () => {
  it("refetches any node by its ID, and several with nodes(ids)", async () => {
    const list = await ok("{ contactPoints(first: 2) { edges { node { id name } } } }");
    const [a, b] = nodes(list.contactPoints);
    const data = await ok(
      `query N($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id ... on ContactPoint { name } }
      nodes(ids: $ids) { id }
    }`,
      { id: a.id, ids: [a.id, b.id] },
    );
    expect(data.node).toEqual({ id: a.id, name: a.name });
    expect(data.nodes.map((n: Node) => n.id)).toEqual([a.id, b.id]);
  });

  it("never reveals drafts or archived rows, not even by ID", async () => {
    const draft = Buffer.from("ContactPoint:cp-draft-0001").toString("base64");
    const archived = Buffer.from("Offer:offer-archived-001").toString("base64");
    const data = await ok(`query N($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, {
      a: draft,
      b: archived,
    });
    expect(data).toEqual({ a: null, b: null });
    const search = await ok(`{ contactPoints(filter: { search: "Entwurf" }) { totalCount } }`);
    expect(search.contactPoints.totalCount).toBe(0);
  });
});
