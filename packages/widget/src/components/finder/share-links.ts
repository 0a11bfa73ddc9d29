import type { FinderState } from "../../state/finder-state.ts";
import { writeUrlState } from "../../state/url-state.ts";
import type { CardLinks } from "./templates/contact-card.template.ts";

/**
 * The host page's address that opens `state` again (never with the visitor's own position:
 * writeUrlState leaves it out). With url-state="off" (e.g. in the iframe) the finder's state is
 * not in any address, so it is the page itself.
 */
export function pageUrl(state: FinderState, urlState: string | null): string {
  if (urlState === "off") return location.href;
  return `${location.origin}${location.pathname}${writeUrlState(location.search, state)}${location.hash}`;
}

/** A result's vCard from the API, and the link that opens the finder with it selected. */
export function cardLinks(
  id: string,
  {
    origin,
    language,
    state,
    urlState,
  }: { origin: string; language: string; state: FinderState; urlState: string | null },
): CardLinks {
  return {
    vcard: `${origin}/contact-points/${encodeURIComponent(id)}.vcf?lang=${language}`,
    share: urlState === "off" ? null : pageUrl({ ...state, selectedId: id }, urlState),
  };
}
