import { afterEach, describe, expect, it, vi } from "vitest";
import regionsJson from "../../../geo/data/regions.json" with { type: "json" };
import { contactPoints } from "../../test/browser/api-queries.ts";
import { api, cleanup, mount, shadow } from "../../test/browser/fixture.ts";
import "../components/finder/finder.ts";
import type { KausaFinder } from "../components/finder/finder.component.ts";
import {
  AttributeWarnings,
  attributeChecker,
  checkAttributes,
  type RawAttributes,
} from "./attribute-checks.ts";
import { ATTRIBUTE_VALUES, REGION_DISTRICTS } from "./attribute-values.ts";

const none: RawAttributes = {
  region: null,
  district: null,
  services: null,
  languages: null,
  targetGroups: null,
  locked: null,
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the finder's valid attribute values", () => {
  it("are the regions and districts the API accepts (packages/geo)", () => {
    const fromGeo = Object.fromEntries(regionsJson.regions.map((r) => [r.id, r.districts.map((d) => d.ags)]));
    expect(REGION_DISTRICTS).toEqual(fromGeo);
    expect(ATTRIBUTE_VALUES.district).toHaveLength(22);
  });
});

describe("checkAttributes", () => {
  it("keeps valid values and reports nothing", () => {
    const { values, problems } = checkAttributes({
      ...none,
      region: "ostthueringen",
      services: "MATCHING, LANGUAGE_COURSES",
      targetGroups: "REFUGEES",
      locked: "services,target-groups",
      view: "list",
      language: "ar-SY",
      pageSize: 5,
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      region: "ostthueringen",
      services: ["MATCHING", "LANGUAGE_COURSES"],
      targetGroups: ["REFUGEES"],
      locked: ["services", "targetGroups"],
      view: "list",
      pageSize: 5,
    });
  });

  it("leaves out every unknown value, naming the attribute, the value and the valid ones", () => {
    const { values, problems } = checkAttributes({
      region: "thueringen",
      district: "99999",
      services: "MATCHING,COOKING",
      languages: "xx",
      targetGroups: "PETS",
      locked: "area",
      view: "grid",
      language: "klingon",
      urlState: "maybe",
      pageSize: 500,
    });
    expect(values).toEqual({
      region: null,
      district: null,
      services: ["MATCHING"],
      languages: [],
      targetGroups: [],
      locked: [],
      view: "both",
      pageSize: 20,
    });
    expect(problems.map((p) => [p.attribute, p.invalid])).toEqual([
      ["region", ["thueringen"]],
      ["district", ["99999"]],
      ["services", ["COOKING"]],
      ["languages", ["xx"]],
      ["target-groups", ["PETS"]],
      ["locked", ["area"]],
      ["view", ["grid"]],
      ["lang", ["klingon"]],
      ["url-state", ["maybe"]],
      ["page-size", ["500"]],
    ]);
    expect(problems[0]!.valid).toBe("nordthueringen, mittelthueringen, ostthueringen, suedwestthueringen");
  });

  it("warns once per attribute and value, and again for a new wrong value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const warnings = new AttributeWarnings();
    const check = (view: string) => warnings.report(checkAttributes({ ...none, view }).problems);
    check("grid");
    check("grid");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      '<kausa-finder>: attribute "view" has an invalid value: "grid". Valid: both, list, map. The finder uses "both".',
    );
    check("tiles");
    check("list");
    check("grid");
    expect(warn).toHaveBeenCalledTimes(3);
  });
});

describe("attributeChecker", () => {
  it("checks again only when a raw value changed, and gives the same answer as checkAttributes", () => {
    const check = attributeChecker();
    const raw = { ...none, services: "MATCHING,COOKING", pageSize: Number.NaN };
    const first = check(raw);
    expect(first).toEqual(checkAttributes(raw));
    expect(first.problems.map((p) => p.attribute)).toEqual(["services", "page-size"]);
    // Equal values (NaN too, as page-size="x" gives) in another object: the same check.
    expect(check({ ...raw })).toBe(first);
    const changed = check({ ...raw, services: "MATCHING" });
    expect(changed).not.toBe(first);
    expect(changed).toEqual(checkAttributes({ ...raw, services: "MATCHING" }));
  });
});

describe("<kausa-finder> with invalid attributes", () => {
  it("warns once per attribute and shows the unfiltered results instead of an error", async () => {
    const warn = vi.spyOn(console, "warn");
    const all = await contactPoints({}, 1);
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="grid" region="thueringen" services="COOKING"
        page-size="0"></kausa-finder>`,
    );
    await expect
      .poll(() => shadow(finder, "[part=status]")[0]?.textContent ?? "")
      .toContain(`${all.totalCount} Anlaufstellen`);
    expect(shadow(finder, "ol[part=list] > li")).toHaveLength(20);
    const finderWarnings = warn.mock.calls
      .map((c) => String(c[0]))
      .filter((t) => t.includes("<kausa-finder>"));
    expect(finderWarnings.filter((t) => t.includes('"region"'))).toEqual([
      expect.stringContaining(
        '"thueringen". Valid: nordthueringen, mittelthueringen, ostthueringen, suedwestthueringen',
      ),
    ]);
    expect(finderWarnings.filter((t) => t.includes('"services"'))).toHaveLength(1);
    expect(finderWarnings.filter((t) => t.includes('"view"'))).toHaveLength(1);
    expect(finderWarnings.filter((t) => t.includes('"page-size"'))).toHaveLength(1);
    expect(finderWarnings).toHaveLength(4);
    // The list is shown although view="grid" is unknown (the default "both").
    expect(shadow(finder, ".layout.both, .layout.compact")).toHaveLength(1);
  });
});
