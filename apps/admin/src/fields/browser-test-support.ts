// Helpers of the fields' component tests in Chromium (vitest browser mode); not part of the app.
import { ContextProvider } from "@lit/context";
import axe from "axe-core";
import { expect } from "vitest";
import { languageContext } from "../app/context.ts";
import "../app/shoelace.ts";
import "../styles/admin.css";
import type { AdminLanguage } from "../i18n/i18n.ts";

// The app's page is German unless the editor switched (index.html has lang="de").
document.documentElement.lang = "de";

const mounted: HTMLElement[] = [];
const undo: (() => void)[] = [];

/**
 * Puts a new element on the test page, inside a container that provides the UI language as the
 * app does (German when not given), and waits for its first render.
 */
export async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  setup: (element: T) => void = () => {},
  { language = "de", width = 900 }: { language?: AdminLanguage; width?: number } = {},
): Promise<T> {
  const parent = document.createElement("div");
  parent.style.width = `${width}px`;
  parent.style.padding = "8px";
  new ContextProvider(parent, { context: languageContext, initialValue: language });
  document.body.append(parent);
  mounted.push(parent);
  const element = document.createElement(tag) as T;
  setup(element);
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** Removes what the test put on the page and its listeners (call in afterEach). */
export function cleanup() {
  for (const parent of mounted.splice(0)) parent.remove();
  for (const step of undo.splice(0)) step();
}

/** The `change` events the element fires, each with what `read()` says at that moment. */
export function recordChanges<V>(element: HTMLElement, read: () => V): V[] {
  const seen: V[] = [];
  // Listening on the document checks that the event bubbles out of the shadow roots around it.
  const onChange = (event: Event) => {
    if (event.target === element) seen.push(structuredClone(read()));
  };
  document.addEventListener("change", onChange);
  undo.push(() => document.removeEventListener("change", onChange));
  return seen;
}

/** axe-core (WCAG 2.1 A and AA rules) over the element and its shadow roots: must find nothing. */
export async function expectNoAxeViolations(element: Element) {
  const result = await axe.run(element, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  const violations = result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(violations).toEqual([]);
}

/** One element inside the element's shadow root (fails the test when it is missing). */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

export const allInShadow = <E extends Element = HTMLElement>(host: Element, selector: string): E[] => [
  ...(host.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
