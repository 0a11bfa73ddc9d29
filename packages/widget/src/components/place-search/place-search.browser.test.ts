import { ContextProvider } from "@lit/context";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { api, cleanup, container } from "../../../test/browser/fixture.ts";
import { apiOriginContext } from "../../context.ts";
import "./place-search.ts";

afterEach(cleanup);

/** A place search as the finder has it: the API's origin comes from the enclosing context. */
async function placeSearch() {
  const parent = container(600);
  new ContextProvider(parent, { context: apiOriginContext, initialValue: api() });
  const element = document.createElement("kausa-place-search");
  parent.append(element);
  await element.updateComplete;
  const input = element.shadowRoot!.querySelector("input")!;
  const options = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>("[role=option]")];
  return { element, input, options };
}

/** Counts the page's GraphQL requests for place suggestions. */
function countPlaceRequests() {
  const realFetch = window.fetch;
  const counter = { count: 0, restore: () => (window.fetch = realFetch) };
  window.fetch = (input, init) => {
    // A persisted GET names its operation in the URL.
    if (new URL(String(input)).searchParams.get("operationName") === "Places") counter.count++;
    return realFetch(input, init);
  };
  return counter;
}

describe("<kausa-place-search> combobox", () => {
  it("suggests places once the visitor pauses typing, one request per pause", async () => {
    const { element, input, options } = await placeSearch();
    const requests = countPlaceRequests();
    try {
      input.focus();
      // A pause longer than any machine needs between two keys: the first nine ask nothing.
      element.pauseMs = 60_000;
      await userEvent.keyboard("Nordhause");
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(requests.count).toBe(0);
      element.pauseMs = 10;
      await userEvent.keyboard("n");
      await expect.poll(() => options().length).toBeGreaterThan(0);
      expect(requests.count).toBe(1);
      expect(input.getAttribute("aria-expanded")).toBe("true");
      expect(options()[0]!.textContent).toContain("Nordhausen");
    } finally {
      requests.restore();
    }
  });

  it("moves through the suggestions with the arrow keys, wrapping around, and closes with Escape", async () => {
    const { element, input, options } = await placeSearch();
    input.focus();
    await userEvent.keyboard("Erfurt");
    await expect.poll(() => options().length).toBeGreaterThan(1);
    const count = options().length;
    const active = () => input.getAttribute("aria-activedescendant");
    const selected = () => options().findIndex((o) => o.getAttribute("aria-selected") === "true");

    expect(active()).toBeNull();
    await userEvent.keyboard("{ArrowDown}");
    await element.updateComplete;
    expect(active()).toBe("place-0");
    expect(selected()).toBe(0);
    await userEvent.keyboard("{ArrowDown}");
    await element.updateComplete;
    expect(active()).toBe("place-1");
    await userEvent.keyboard("{ArrowUp}{ArrowUp}");
    await element.updateComplete;
    expect(active()).toBe(`place-${count - 1}`);
    expect(selected()).toBe(count - 1);

    await userEvent.keyboard("{Escape}");
    await element.updateComplete;
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(active()).toBeNull();
    expect(element.shadowRoot!.querySelector("[role=listbox]")!.hasAttribute("hidden")).toBe(true);
  });

  it("chooses the active suggestion with Enter and tells the finder", async () => {
    const { element, input, options } = await placeSearch();
    const chosen: { name: string; lat: number }[] = [];
    element.addEventListener("kausa-place-select", (e) => chosen.push(e.detail.place));
    input.focus();
    await userEvent.keyboard("99734");
    await expect.poll(() => options().length).toBeGreaterThan(0);
    const first = options()[0]!
      .textContent!.replace(/\(.*\)/, "")
      .trim();
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await element.updateComplete;
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.lat).toBeGreaterThan(50);
    expect(input.value).toBe(first);
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(element);
  });

  it("says so when no place matches", async () => {
    const { element, input, options } = await placeSearch();
    input.focus();
    await userEvent.keyboard("Xyzzyqq");
    const status = () => element.shadowRoot!.querySelector("[role=status]")!.textContent!.trim();
    await expect.poll(status).toBe("Kein Ort gefunden");
    expect(options()).toHaveLength(0);
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("keeps its suggestions open while the visitor types on, and Enter in the pause chooses", async () => {
    const { element, input, options } = await placeSearch();
    const chosen: string[] = [];
    element.addEventListener("kausa-place-select", (e) => chosen.push(e.detail.place.name));
    input.focus();
    await userEvent.keyboard("Erfur");
    await expect.poll(() => options().length).toBeGreaterThan(0);
    const shown = options().map((o) => o.textContent);
    // The next key starts a new lookup after a pause; the pause is made long here, so that Enter
    // surely comes within it however slow the machine (200 ms by default).
    element.pauseMs = 60_000;
    await userEvent.keyboard("t");
    await element.updateComplete;
    expect(input.getAttribute("aria-expanded"), "the list stays open during the lookup").toBe("true");
    expect(options().map((o) => o.textContent)).toEqual(shown);
    const requests = countPlaceRequests();
    try {
      // A lookup that Enter started (or failed to cancel) now asks at once: the request would
      // be sent by the next turn of the event loop, which the test waits for below.
      element.pauseMs = 0;
      await userEvent.keyboard("{ArrowDown}{Enter}");
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(chosen).toHaveLength(1);
      expect(chosen[0]).toContain("Erfurt");
      expect(input.getAttribute("aria-expanded")).toBe("false");
      expect(requests.count, "Enter chose; it did not start another lookup").toBe(0);
    } finally {
      requests.restore();
    }
  });
});
