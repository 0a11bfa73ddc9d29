import { loadDistricts, loadRegions } from "@kausa/geo";
import { de } from "@kausa/widget/texts/de";
import { iframeDirectives, widgetDirectives } from "../csp.ts";
import { THEME_COLOURS } from "./embed-theme.ts";

/** Stands for the API's origin in the policy lines; the page puts in its own origin. */
export const API_HOST = "https://API-HOST";

export interface ConfigureOptions {
  regions: { key: string; name: string; districts: { key: string; name: string }[] }[];
  services: { value: string; label: string }[];
  targetGroups: { value: string; label: string }[];
  /** The finder's colour properties (`--kausa-NAME`), German labels, defaults. */
  colours: { name: string; label: string; default: string }[];
  /** The Content-Security-Policy sources each variant needs on the host page (API_HOST: the API). */
  csp: { script: string[]; iframe: string[]; iframeWithResizer: string[] };
}

// The German names of the schema's enum values, as the finder shows them ("service.MATCHING").
const labelled = (prefix: string) =>
  Object.entries(de)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, label]) => ({ value: key.slice(prefix.length), label: String(label) }));

/**
 * GET /configure/options.json: the names the configurator shows — the planning regions and
 * districts the API filters by (its reference data), services and target groups in German, and
 * the policy lines of csp.ts (one source for the docs' lines, the demo and the configurator).
 * Which values the finder accepts, the page asks the finder itself (`KausaFinder.attributeValues`).
 */
export function configureOptions(): ConfigureOptions {
  const districts = new Map(loadDistricts().map((d) => [d.key, d.name]));
  return {
    regions: loadRegions().map((region) => ({
      key: region.id,
      name: region.name,
      districts: region.districtKeys
        .map((key) => ({ key, name: districts.get(key) ?? key }))
        .sort((a, b) => a.name.localeCompare(b.name, "de")),
    })),
    services: labelled("service."),
    targetGroups: labelled("target."),
    colours: THEME_COLOURS.map((c) => ({ ...c })),
    csp: {
      script: widgetDirectives(API_HOST),
      iframe: iframeDirectives(API_HOST, false),
      iframeWithResizer: iframeDirectives(API_HOST, true),
    },
  };
}
