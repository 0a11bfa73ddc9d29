import { routeHref } from "../../format.ts";
import type { Translator } from "../../i18n/i18n.ts";

/** Name, address and a route link for the chosen contact point; built as DOM, never parsed from data. */
export function popupContent(
  t: Translator,
  details: { name: string; address: string },
  [lng, lat]: [number, number],
): HTMLElement {
  const root = document.createElement("div");
  root.className = "popup";
  const title = document.createElement("strong");
  title.textContent = details.name;
  root.append(title);
  if (details.address) {
    const address = document.createElement("p");
    address.textContent = details.address;
    root.append(address);
  }
  const route = document.createElement("a");
  route.href = routeHref(lat, lng);
  route.target = "_blank";
  route.rel = "noopener noreferrer";
  route.textContent = t.t("route");
  root.append(route);
  return root;
}
