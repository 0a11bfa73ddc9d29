// What open-data exports must carry: the directory's licence and the reference data's attributions.
import { dataSources } from "@kausa/geo";

export const DIRECTORY_LICENCE = "CC BY 4.0, KAUSA-Landesstelle Thüringen";
export const DIRECTORY_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** Coordinates, districts and regions derive from the reference data: its attributions, in one line. */
export const REFERENCE_ATTRIBUTION = dataSources.map((s) => `${s.attribution} (${s.licence})`).join("; ");

/** The licence sheet of XLSX exports and the `licence` member of GeoJSON exports. */
export function licenceNotice() {
  return {
    licence: DIRECTORY_LICENCE,
    licenceUrl: DIRECTORY_LICENCE_URL,
    attribution: "KAUSA-Landesstelle Thüringen",
    referenceData: dataSources.map(({ name, licence, licenceUrl, attribution }) => ({
      name,
      licence,
      licenceUrl,
      attribution,
    })),
  };
}
