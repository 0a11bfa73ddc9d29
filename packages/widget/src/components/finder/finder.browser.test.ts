import { afterEach, describe, expect, it } from "vitest";
import { contactPoints } from "../../../test/browser/api-queries.ts";
import { api, cleanup, container, mount, shadow } from "../../../test/browser/fixture.ts";
import { holdRequests, isGraphQL } from "../../../test/browser/held-requests.ts";
import "./finder.ts";
import type { KausaFinder } from "./finder.component.ts";

afterEach(cleanup);

const items = (finder: KausaFinder) => shadow(finder, "ol[part=list] > li");
const status = (finder: KausaFinder) => shadow(finder, "[part=status]")[0]?.textContent?.trim() ?? "";
const mapElement = (finder: KausaFinder) =>
  shadow<HTMLElement & { map: unknown }>(finder, "kausa-map")[0] ?? null;
const canvas = (finder: KausaFinder) => mapElement(finder)?.shadowRoot?.querySelector("canvas") ?? null;
const isCompact = (finder: KausaFinder) => shadow(finder, ".layout.compact").length === 1;

const ids = (finder: KausaFinder) => items(finder).map((li) => li.dataset.id);

function choose(finder: KausaFinder, name: string, value: string) {
  const select = shadow<HTMLSelectElement>(finder, `select[name=${name}]`)[0]!;
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

describe("<kausa-finder> moved to another parent", () => {
  // A single-page app or CMS layout moves the element: it is disconnected and connected again.
  it("shows its map again after the move", async () => {
    const finder = await mount<KausaFinder>(`<kausa-finder api="${api()}" url-state="off"></kausa-finder>`);
    await expect.poll(() => items(finder).length).toBeGreaterThan(0);
    await expect.poll(() => canvas(finder)).not.toBeNull();
    container(1200).append(finder);
    await expect.poll(() => canvas(finder), { message: "the map is back after the move" }).not.toBeNull();
    await expect.poll(() => mapElement(finder)?.map).toBeTruthy();
  });

  it("keeps its compact layout following the width after the move", async () => {
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="both"></kausa-finder>`,
    );
    await expect.poll(() => items(finder).length).toBeGreaterThan(0);
    expect(isCompact(finder)).toBe(false);
    const other = container(1200);
    other.append(finder);
    await finder.updateComplete;
    other.style.width = "500px";
    await expect
      .poll(() => isCompact(finder), { message: "a narrow parent gives the compact layout" })
      .toBe(true);
    other.style.width = "1100px";
    await expect.poll(() => isCompact(finder), { message: "a wide one the side-by-side layout" }).toBe(false);
    await expect.poll(() => canvas(finder)).not.toBeNull();
  });
});

describe("<kausa-finder> filter changes while an answer is slow", () => {
  const isTraining = (body: string) => body.includes('"offerKinds":["TRAINING"]');

  // Guides are not offered by contact points (their list would be empty): the contacts use EVENT;
  // the TRAINING-then-GUIDE case is the offers tab below.
  it("shows the contact points of the last choice (EVENT), not of the slower earlier one (TRAINING)", async () => {
    const events = await contactPoints({ offerKinds: ["EVENT"] }, 20);
    // Else the list would be empty either way and prove nothing.
    expect(events.ids.length).toBeGreaterThan(0);
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="list"></kausa-finder>`,
    );
    await expect.poll(() => items(finder).length).toBeGreaterThan(0);
    const slow = holdRequests(
      (url, body) => isGraphQL(url) && body.includes("ContactPoints") && isTraining(body),
    );
    try {
      choose(finder, "offerKinds", "TRAINING");
      await slow.waitFor(1);
      choose(finder, "offerKinds", "EVENT");
      await expect.poll(() => ids(finder)).toEqual(events.ids);
      const eventStatus = status(finder);
      expect(eventStatus).toMatch(/^\d+ Anlaufstellen$/);
      slow.restore();
      // The trainings' answer can never arrive: its request was aborted when EVENT was chosen.
      expect(await slow.held[0]!.outcome).toBe("aborted");
      await finder.updateComplete;
      expect(shadow<HTMLSelectElement>(finder, "select[name=offerKinds]")[0]!.value).toBe("EVENT");
      expect(ids(finder)).toEqual(events.ids);
      expect(status(finder)).toBe(eventStatus);
    } finally {
      slow.restore();
    }
  });

  it("shows the offers of the last choice (GUIDE) in the offers tab, not of the slower earlier one (TRAINING)", async () => {
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="list"></kausa-finder>`,
    );
    shadow(finder, "#tab-offers")[0]!.click();
    await finder.updateComplete;
    const offers = () =>
      shadow<HTMLElement & { updateComplete: Promise<unknown> }>(finder, "kausa-offers")[0]!;
    const kinds = () => [...(offers().shadowRoot?.querySelectorAll(".kind") ?? [])].map((p) => p.textContent);
    await expect.poll(() => kinds().length).toBeGreaterThan(0);
    const slow = holdRequests((url, body) => isGraphQL(url) && body.includes("Offers") && isTraining(body));
    try {
      choose(finder, "offerKinds", "TRAINING");
      await slow.waitFor(1);
      choose(finder, "offerKinds", "GUIDE");
      await expect.poll(() => kinds().length).toBeGreaterThan(0);
      await expect.poll(() => new Set(kinds())).toEqual(new Set(["Leitfaden"]));
      slow.restore();
      expect(await slow.held[0]!.outcome).toBe("aborted");
      await offers().updateComplete;
      expect(shadow<HTMLSelectElement>(finder, "select[name=offerKinds]")[0]!.value).toBe("GUIDE");
      expect(new Set(kinds())).toEqual(new Set(["Leitfaden"]));
    } finally {
      slow.restore();
    }
  });
});

describe("<kausa-finder> paging", () => {
  it("loads further pages on request and starts again from the first page on a new filter", async () => {
    const pageSize = 5;
    const all = await contactPoints({}, 2 * pageSize);
    const matching = await contactPoints({ services: ["MATCHING"] }, pageSize);
    // Two pages and a different first page after the filter, or the test proves nothing.
    expect(all.totalCount).toBeGreaterThan(pageSize);
    expect(matching.ids.length).toBeGreaterThan(0);
    expect(matching.ids).not.toEqual(all.ids.slice(0, pageSize));
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="list" page-size="${pageSize}"></kausa-finder>`,
    );
    const searches: number[] = [];
    finder.addEventListener("kausa-search", (e) => searches.push(e.detail.totalCount));
    await expect.poll(() => ids(finder)).toEqual(all.ids.slice(0, pageSize));
    const more = () => shadow<HTMLButtonElement>(finder, "p.more button")[0];
    more()!.click();
    await expect.poll(() => ids(finder)).toEqual(all.ids);
    // Each page shown is announced, as documented ("Results were loaded").
    expect(searches).toEqual([all.totalCount, all.totalCount]);
    choose(finder, "services", "MATCHING");
    await expect.poll(() => ids(finder)).toEqual(matching.ids);
  });
});

describe("<kausa-finder> paging while the filter changes", () => {
  it('drops a "more" still loading when a new filter starts from the first page', async () => {
    const pageSize = 5;
    const matching = await contactPoints({ services: ["MATCHING"] }, pageSize);
    expect(matching.ids.length).toBeGreaterThan(0);
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="list" page-size="${pageSize}"></kausa-finder>`,
    );
    await expect.poll(() => ids(finder).length).toBe(pageSize);
    const nextPage = holdRequests((url, body) => isGraphQL(url) && body.includes('"after":"'));
    try {
      shadow<HTMLButtonElement>(finder, "p.more button")[0]!.click();
      await nextPage.waitFor(1);
      choose(finder, "services", "MATCHING");
      expect(await nextPage.held[0]!.outcome).toBe("aborted");
      await expect.poll(() => ids(finder)).toEqual(matching.ids);
      // Neither the old page nor its failure shows under the new filter.
      expect(shadow(finder, "[role=alert]")).toHaveLength(0);
    } finally {
      nextPage.restore();
    }
  });
});

describe("<kausa-finder> base map consent", () => {
  it("keeps a consent given before the map is shown, also after a move", async () => {
    const style = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            version: 8,
            sources: {},
            layers: [{ id: "basemap-background", type: "background" }],
          }),
        ],
        { type: "application/json" },
      ),
    );
    const finder = await mount<KausaFinder>(
      `<kausa-finder api="${api()}" url-state="off" view="list" basemap="${style}" basemap-provider="Testkarte"></kausa-finder>`,
    );
    // The list-only finder has no map yet: the consent must not get lost.
    finder.consentToBasemap();
    finder.view = "both";
    const onBasemap = () => {
      const map = mapElement(finder)?.map as { getLayer(id: string): unknown } | null | undefined;
      return Boolean(map?.getLayer("basemap-background") && map.getLayer("points"));
    };
    await expect.poll(onBasemap, { message: "the base map once the map is shown" }).toBe(true);
    container(1200).append(finder);
    await expect.poll(() => canvas(finder)).not.toBeNull();
    await expect.poll(onBasemap, { message: "the base map after the move" }).toBe(true);
  });
});
