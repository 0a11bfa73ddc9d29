import { LitElement, type PropertyDeclarations } from "lit";
import { ATTRIBUTE_VALUES } from "../../state/attribute-values.ts";

/**
 * What the embedder sets on `<kausa-finder>`: its attributes (and properties), with their
 * defaults. KausaFinder (finder.component.ts) adds what the finder does with them; the values are
 * checked there (attribute-checks.ts), so a wrong one is ignored with a warning.
 */
export class FinderAttributes extends LitElement {
  /**
   * The values each enumerated attribute accepts (lists: each comma-separated item), for
   * configurators. Others are ignored with one `console.warn` per attribute.
   */
  static readonly attributeValues = ATTRIBUTE_VALUES;
  static override properties: PropertyDeclarations = {
    region: { type: String },
    district: { type: String },
    services: { type: String },
    languages: { type: String },
    targetGroups: { type: String, attribute: "target-groups" },
    ruralOnly: { type: Boolean, attribute: "rural-only" },
    view: { type: String },
    locked: { type: String },
    language: { type: String, attribute: "lang" },
    api: { type: String },
    urlState: { type: String, attribute: "url-state" },
    basemap: { type: String },
    basemapProvider: { type: String, attribute: "basemap-provider" },
    pageSize: { type: Number, attribute: "page-size" },
  };

  // Plain fields with their defaults: tsconfig's `useDefineForClassFields: false` (which Vite follows)
  // makes them assignments through Lit's accessors instead of own properties that would shadow them.
  /** Planning region key, e.g. "nordthueringen". */
  region: string | null = null;
  /** District key (Kreisschlüssel), e.g. "16062". */
  district: string | null = null;
  /** Preset services, comma-separated (e.g. "MATCHING,TRAINING_COUNSELLING"). */
  services: string | null = null;
  /** Preset counselling languages, comma-separated ISO 639-1 codes. */
  languages: string | null = null;
  /** Preset target groups, comma-separated. */
  targetGroups: string | null = null;
  /** Only contact points in rural districts (all but Erfurt and Jena). */
  ruralOnly = false;
  /** "list", "map" or "both" (default). */
  view: "list" | "map" | "both" = "both";
  /** Filters the visitor cannot change, comma-separated: services, languages, target-groups. */
  locked: string | null = null;
  /** Interface language (de, en, ar, fa, uk, ru, tr); default: the page's language. */
  language: string | null = null;
  /** API origin; default: where the script was loaded from. */
  api: string | null = null;
  /** "off" to keep the state out of the page URL. */
  urlState: string | null = null;
  /** Opt-in base map style URL; loaded only after the visitor's click or consentToBasemap(). */
  basemap: string | null = null;
  /** Name of the base map provider, shown on the consent button. */
  basemapProvider: string | null = null;
  /** Results per page (default 20, at most 100). */
  pageSize = 20;
}
