// Entry point, served as /widget/kausa-widget.js: defines <kausa-finder> and <kausa-offers>.
// The map (MapLibre) and every language but German are separate chunks loaded on demand.
export { KausaFinder } from "./components/finder/finder.ts";
export { KausaOffers } from "./components/offers/offers.ts";
export type { KausaEventMap } from "./events.ts";
