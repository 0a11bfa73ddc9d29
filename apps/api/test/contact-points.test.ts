import { distanceKm } from "@kausa/geo";
import { describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

const { ok } = useTestApp();

const NORDHAUSEN = { lat: 51.505, lng: 10.791 };

const LIST = `query List($filter: ContactPointFilter, $near: NearInput, $first: Int, $after: String, $orderBy: ContactPointOrder) {
  contactPoints(filter: $filter, near: $near, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name city lat lng distanceKm languages services targetGroups wheelchairAccessible
      isSample partner { name type } district { key name rural region { key } } offers { kind } } }
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: response rows
type Node = any;
async function list(variables: Record<string, unknown>) {
  const data = await ok(LIST, { first: 100, ...variables });
  return {
    total: data.contactPoints.totalCount as number,
    nodes: data.contactPoints.edges.map((e: Node) => e.node) as Node[],
  };
}

describe("contactPoints", () => {
  it("lists published contact points, rural districts first by default", async () => {
    const { total, nodes } = await list({});
    expect(total).toBeGreaterThanOrEqual(150);
    expect(nodes[0].district.rural).toBe(true);
    const firstUrban = nodes.findIndex((n) => !n.district.rural);
    expect(firstUrban).toBe(-1); // the first 100 of ~160 are all rural
    expect(nodes.some((n) => n.name.includes("Entwurf"))).toBe(false);
  });

  it("finds the nearest first with `near`, with distances matching the haversine reference", async () => {
    const { nodes } = await list({ near: { ...NORDHAUSEN, radiusKm: 25 } });
    expect(nodes.length).toBeGreaterThan(0);
    const distances = nodes.map((n) => n.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const n of nodes) {
      expect(n.distanceKm).toBeLessThanOrEqual(25);
      expect(n.distanceKm).toBeCloseTo(distanceKm(NORDHAUSEN, n), 6);
    }
  });

  it("measures Erfurt (KAUSA) from Nordhausen at about 60 km", async () => {
    const { nodes } = await list({
      near: { ...NORDHAUSEN, radiusKm: 70 },
      filter: { partnerTypes: ["KAUSA"] },
    });
    expect(nodes).toHaveLength(1);
    expect(nodes[0].city).toBe("Erfurt");
    expect(nodes[0].distanceKm).toBeGreaterThan(57);
    expect(nodes[0].distanceKm).toBeLessThan(64);
    const { nodes: none } = await list({
      near: { ...NORDHAUSEN, radiusKm: 40 },
      filter: { partnerTypes: ["KAUSA"] },
    });
    expect(none).toHaveLength(0);
  });

  it("filters by region, district and rural", async () => {
    const north = await list({ filter: { regionIds: ["nordthueringen"] } });
    expect(north.nodes.length).toBeGreaterThan(0);
    expect(north.total).toBeLessThan((await list({})).total);
    expect(north.nodes.every((n) => n.district.region.key === "nordthueringen")).toBe(true);
    const byDistrict = await list({ filter: { districtKeys: ["16062", "16065"] } });
    expect(new Set(byDistrict.nodes.map((n) => n.district.key))).toEqual(new Set(["16062", "16065"]));
    const urban = await list({ filter: { rural: false } });
    expect(new Set(urban.nodes.map((n) => n.district.name))).toEqual(new Set(["Erfurt", "Jena"]));
    const rural = await list({ filter: { rural: true } });
    expect(rural.total + urban.total).toBe((await list({})).total);
  });

  it("filters by partner type, services, languages, target groups and accessibility (any-of within a list)", async () => {
    const jmd = await list({ filter: { partnerTypes: ["YOUTH_MIGRATION_SERVICE"] } });
    expect(jmd.total).toBeGreaterThan(0);
    expect(jmd.nodes.every((n) => n.partner.type === "YOUTH_MIGRATION_SERVICE")).toBe(true);
    const services = await list({ filter: { services: ["MATCHING", "RECOGNITION_OF_QUALIFICATIONS"] } });
    expect(services.nodes.length).toBeGreaterThan(0);
    expect(
      services.nodes.every(
        (n) => n.services.includes("MATCHING") || n.services.includes("RECOGNITION_OF_QUALIFICATIONS"),
      ),
    ).toBe(true);
    const farsi = await list({ filter: { languages: ["fa"] } });
    expect(farsi.total).toBeGreaterThan(0);
    expect(farsi.nodes.every((n) => n.languages.includes("fa"))).toBe(true);
    const parents = await list({ filter: { targetGroups: ["PARENTS"] } });
    expect(parents.nodes.length).toBeGreaterThan(0);
    expect(parents.nodes.every((n) => n.targetGroups.includes("PARENTS"))).toBe(true);
    const accessible = await list({ filter: { accessible: true } });
    expect(accessible.total).toBeGreaterThan(0);
    expect(accessible.nodes.every((n) => n.wheelchairAccessible === true)).toBe(true);
  });

  it("combines filters with AND", async () => {
    const combined = await list({
      filter: { regionIds: ["suedwestthueringen"], languages: ["ar"], services: ["TRAINING_COUNSELLING"] },
    });
    // The expected answer, worked out from the region's full list: exactly those with both.
    const onlyRegion = await list({ filter: { regionIds: ["suedwestthueringen"] } });
    expect(onlyRegion.nodes).toHaveLength(onlyRegion.total);
    const both = onlyRegion.nodes
      .filter((n) => n.languages.includes("ar") && n.services.includes("TRAINING_COUNSELLING"))
      .map((n) => n.id);
    expect(both.length).toBeGreaterThan(0);
    expect(combined.nodes.map((n) => n.id).sort()).toEqual(both.sort());
    // Each condition alone finds more, so an OR (or a dropped condition) would show.
    const arabic = onlyRegion.nodes.filter((n) => n.languages.includes("ar")).length;
    const counselling = onlyRegion.nodes.filter((n) => n.services.includes("TRAINING_COUNSELLING")).length;
    expect(combined.total).toBeLessThan(Math.min(arabic, counselling, onlyRegion.total));
  });

  it("filters by offer kinds and by bounding box", async () => {
    const withPlaces = await list({ filter: { offerKinds: ["APPRENTICESHIP_PLACE"] } });
    expect(withPlaces.total).toBeGreaterThan(0);
    expect(withPlaces.nodes.every((n) => n.offers.some((o: Node) => o.kind === "APPRENTICESHIP_PLACE"))).toBe(
      true,
    );
    const bbox = { west: 10.6, south: 51.3, east: 11.0, north: 51.6 };
    const inBox = await list({ filter: { bbox } });
    expect(inBox.total).toBeGreaterThan(0);
    for (const n of inBox.nodes) {
      expect(n.lat).toBeGreaterThanOrEqual(bbox.south);
      expect(n.lng).toBeLessThanOrEqual(bbox.east);
    }
  });

  it("searches full text with German stemming, umlaut folding and small typos", async () => {
    const beraten = await list({ filter: { search: "beraten" } });
    const beratung = await list({ filter: { search: "Beratung" } });
    expect(beraten.total).toBeGreaterThan(0);
    expect(beraten.total).toBe(beratung.total);
    const city = await list({ filter: { search: "Muhlhausen" } });
    expect(city.nodes.some((n) => n.city === "Mühlhausen")).toBe(true);
    const typo = await list({ filter: { search: "Jugendmigrationsdinst" } });
    expect(typo.nodes.some((n) => n.partner.type === "YOUTH_MIGRATION_SERVICE")).toBe(true);
    const nothing = await list({ filter: { search: "zzzzqqqq" } });
    expect(nothing.total).toBe(0);
  });

  it("pages with first/after without gaps or duplicates", async () => {
    const all = await list({ orderBy: "NAME" });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data = await ok(LIST, { first: 40, after, orderBy: "NAME" });
      const page: Node = data.contactPoints;
      expect(page.totalCount).toBe(all.total);
      seen.push(...page.edges.map((e: Node) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);
  });
});
