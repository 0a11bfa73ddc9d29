import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The API's origin, e.g. http://localhost:PORT. */
    api: string;
  }
}

/** The real API, started by the browser config's global setup (apps/e2e/test/support/widget-api.ts). */
export const api = () => inject("api");

// The page's language decides the widget's (unless its lang attribute does): German, as on most host pages.
document.documentElement.lang = "de";

const mounted: HTMLElement[] = [];

/** A container of the given width on the test page, removed again by `cleanup()`. */
export function container(width: number): HTMLDivElement {
  const div = document.createElement("div");
  div.style.width = `${width}px`;
  document.body.append(div);
  mounted.push(div);
  return div;
}

/** Creates an element from HTML inside a new container and waits for its first render. */
export async function mount<T extends HTMLElement>(markup: string, width = 1200): Promise<T> {
  const parent = container(width);
  parent.innerHTML = markup;
  const element = parent.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

export function cleanup() {
  for (const div of mounted.splice(0)) div.remove();
}

/** Elements inside an element's shadow root (one level). */
export const shadow = <E extends Element = HTMLElement>(host: Element, selector: string): E[] => [
  ...(host.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
