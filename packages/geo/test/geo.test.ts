import { describe, expect, it } from "vitest";
import {
  deriveDistrictKey,
  distanceKm,
  districtKeyAt,
  loadDistricts,
  loadPlaces,
  loadRegions,
  parseCsv,
} from "../src/index.ts";

const erfurt = { lat: 50.978, lng: 11.029 };
const nordhausen = { lat: 51.505, lng: 10.791 };

describe("reference data", () => {
  it("has the 4 planning regions and 22 districts with Erfurt and Jena the only non-rural ones", () => {
    expect(loadRegions().map((r) => r.id)).toEqual([
      "nordthueringen",
      "mittelthueringen",
      "ostthueringen",
      "suedwestthueringen",
    ]);
    const districts = loadDistricts();
    expect(districts).toHaveLength(22);
    expect(districts.filter((d) => !d.rural).map((d) => d.name)).toEqual(["Erfurt", "Jena"]);
    expect(districts.filter((d) => d.kind === "KREISFREIE_STADT")).toHaveLength(5);
    expect(
      loadRegions()
        .flatMap((r) => r.districtKeys)
        .sort(),
    ).toEqual(districts.map((d) => d.key).sort());
  });

  it("parses the gazetteer including quoted names", () => {
    const places = loadPlaces();
    expect(places).toHaveLength(1041);
    expect(places.find((p) => p.postcode === "37355" && p.name.includes(","))?.name).toBe(
      "Bernterode, Untereichsfeld",
    );
  });

  it("parses CSV edge cases", () => {
    expect(parseCsv('a,b\r\n"x ""y""",\n')).toEqual([{ a: 'x "y"', b: "" }]);
  });
});

describe("geometry", () => {
  it("measures Erfurt–Nordhausen at about 60 km", () => {
    // Town centres: 60.9 km great-circle (cross-checked with an independent haversine).
    expect(distanceKm(erfurt, nordhausen)).toBeCloseTo(60.9, 1);
    expect(distanceKm(erfurt, erfurt)).toBe(0);
  });

  it("finds the district of a point, including Weimar inside the hole of Weimarer Land", () => {
    expect(districtKeyAt(erfurt.lat, erfurt.lng)).toBe("16051");
    expect(districtKeyAt(nordhausen.lat, nordhausen.lng)).toBe("16062");
    expect(districtKeyAt(50.9795, 11.3235)).toBe("16055"); // Weimar
    expect(districtKeyAt(52.52, 13.405)).toBeUndefined(); // Berlin
  });

  it("derives a district from coordinates, or from the postcode just outside the generalised outline", () => {
    expect(deriveDistrictKey({ ...nordhausen, postcode: "99734" })).toBe("16062");
    expect(deriveDistrictKey({ lat: 52.52, lng: 13.405, postcode: "99734" })).toBe("16062");
    expect(deriveDistrictKey({ lat: 52.52, lng: 13.405, postcode: "10115" })).toBeUndefined();
  });

  it("places nearly all gazetteer points in their own district", () => {
    const places = loadPlaces();
    const same = places.filter((p) => districtKeyAt(p.lat, p.lng) === p.districtKey).length;
    expect(same / places.length).toBeGreaterThan(0.98);
  });
});
