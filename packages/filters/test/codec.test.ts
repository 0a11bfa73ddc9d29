import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ContactPointFilter,
  FilterQueryError,
  mapQuery,
  normalizeFilter,
  parseMapQuery,
  readDeepLink,
  writeDeepLink,
} from "../src/index.ts";

const word = fc.stringMatching(/^[A-Za-z_]{2,12}$/);
const words = fc.array(word, { maxLength: 4 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const filters: fc.Arbitrary<ContactPointFilter> = fc.record(
  {
    // Any text but commas' meaning stays: search is a single value and may contain anything.
    search: fc.string({ minLength: 1, maxLength: 30 }),
    regionIds: fc.array(fc.stringMatching(/^[a-z]{3,12}$/), { maxLength: 3 }),
    districtKeys: fc.array(fc.stringMatching(/^\d{5}$/), { maxLength: 3 }),
    rural: fc.boolean(),
    partnerTypes: words,
    services: words,
    languages: fc.array(fc.stringMatching(/^[a-z]{2}$/), { maxLength: 4 }),
    targetGroups: words,
    offerKinds: words,
    accessible: fc.boolean(),
    bbox: fc.record({ west: finite, south: finite, east: finite, north: finite }),
  },
  { requiredKeys: [] },
);
const nears = fc.option(fc.record({ lat: finite, lng: finite, radiusKm: finite }), { nil: undefined });

describe("the map layer's query string", () => {
  it("round-trips every filter and origin", () => {
    fc.assert(
      fc.property(filters, nears, (filter, near) => {
        const parsed = parseMapQuery(new URLSearchParams(mapQuery(filter, near).toString()));
        // -0 and 0 are one number to the API.
        const same = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
        expect(same(parsed.filter)).toEqual(same(normalizeFilter(filter)));
        expect(same(parsed.near)).toEqual(same(near));
      }),
    );
  });

  it("writes lists comma-separated under the GraphQL field names, and nothing for 'any'", () => {
    const query = mapQuery(
      { services: ["MATCHING", "LANGUAGE_COURSES"], accessible: true, languages: [], rural: false },
      { lat: 51.5, lng: 10.79, radiusKm: 60 },
    );
    expect(query.toString()).toBe(
      "rural=false&services=MATCHING%2CLANGUAGE_COURSES&accessible=true&near=51.5%2C10.79%2C60",
    );
    expect(mapQuery({ services: [], search: "" }).toString()).toBe("");
  });

  it("accepts repeated parameters and rejects what it cannot read, with a message for the client", () => {
    expect(parseMapQuery(new URLSearchParams("services=A&services=B,C")).filter).toEqual({
      services: ["A", "B", "C"],
    });
    expect(() => parseMapQuery(new URLSearchParams("rural=yes"))).toThrow(
      new FilterQueryError('"rural" must be true or false.'),
    );
    expect(() => parseMapQuery(new URLSearchParams("near=1,2"))).toThrow(/"near" must be lat,lng,radiusKm/);
    expect(() =>
      parseMapQuery(new URLSearchParams("services=MATCHING,constructor"), {
        enums: { services: { MATCHING: "MATCHING" } },
      }),
    ).toThrow("Unknown services: constructor. Allowed: MATCHING.");
    expect(() =>
      parseMapQuery(new URLSearchParams("bbox=1,2,3,1e-320"), {
        numberProblem: (n) => (n !== 0 && Math.abs(n) < 1e-307 ? "is subnormal" : undefined),
      }),
    ).toThrow('"bbox" has a value that is subnormal.');
  });
});

describe("deep links", () => {
  const linkFilters = fc.record(
    {
      services: fc.array(word, { minLength: 1, maxLength: 3 }),
      languages: fc.array(fc.stringMatching(/^[a-z]{2}$/), { minLength: 1, maxLength: 3 }),
      targetGroups: fc.array(word, { minLength: 1, maxLength: 3 }),
      offerKinds: fc.array(word, { minLength: 1, maxLength: 3 }),
      accessible: fc.constant(true),
      regionIds: fc.tuple(fc.stringMatching(/^[a-z]{3,12}$/)),
    },
    { requiredKeys: [] },
  );

  it("round-trip the visitor's filter and keep the host page's own parameters", () => {
    fc.assert(
      fc.property(linkFilters, (filter) => {
        const params = writeDeepLink(new URLSearchParams("page=ausbildung&kf-tab=offers"), filter);
        const reread = new URLSearchParams(params.toString());
        expect(reread.get("page")).toBe("ausbildung");
        expect(reread.get("kf-tab")).toBe("offers");
        expect(readDeepLink(reread)).toEqual(normalizeFilter(filter));
      }),
    );
  });

  it("carry one district as the area", () => {
    const params = writeDeepLink(new URLSearchParams(), { districtKeys: ["16062"] });
    expect(params.toString()).toBe("kf-area=district%3A16062");
    expect(readDeepLink(params)).toEqual({ districtKeys: ["16062"] });
  });

  it("leave out malformed or hostile values", () => {
    expect(readDeepLink(new URLSearchParams("kf-services=MATCHING,<script>,x"))).toEqual({
      services: ["MATCHING"],
    });
    expect(readDeepLink(new URLSearchParams("kf-area=district:1606&kf-accessible=yes"))).toEqual({});
    expect(readDeepLink(new URLSearchParams("kf-area=region:../x"))).toEqual({});
  });

  it("remove their parameters when the filter is empty", () => {
    expect(writeDeepLink(new URLSearchParams("kf-services=MATCHING&a=1"), {}).toString()).toBe("a=1");
  });
});
