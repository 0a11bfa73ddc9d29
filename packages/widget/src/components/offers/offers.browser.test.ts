import { afterEach, describe, expect, it } from "vitest";
import { api, cleanup, mount } from "../../../test/browser/fixture.ts";
import "./offers.ts";

afterEach(() => {
  cleanup();
  document.documentElement.lang = "de";
});

const kinds = (offers: HTMLElement) =>
  [...(offers.shadowRoot?.querySelectorAll(".kind") ?? [])].map((p) => p.textContent);

describe("<kausa-offers> on its own", () => {
  it("follows the page's language", async () => {
    const offers = await mount<HTMLElement>(`<kausa-offers api="${api()}"></kausa-offers>`);
    await expect.poll(() => kinds(offers).length).toBeGreaterThan(0);
    expect(kinds(offers)).toContain("Schulung");
    document.documentElement.lang = "en";
    await expect.poll(() => kinds(offers)).toContain("Training");
    expect(kinds(offers)).not.toContain("Schulung");
  });
});

describe("<kausa-offers> attributes", () => {
  it("lists only the chosen kinds, and shows the new choice when the attribute changes", async () => {
    const offers = await mount<HTMLElement>(`<kausa-offers api="${api()}" kinds="GUIDE"></kausa-offers>`);
    await expect.poll(() => kinds(offers).length).toBeGreaterThan(0);
    expect(new Set(kinds(offers))).toEqual(new Set(["Leitfaden"]));
    offers.setAttribute("kinds", "TRAINING");
    await expect.poll(() => new Set(kinds(offers))).toEqual(new Set(["Schulung"]));
  });
});
