/** Required attributions of the reference data (see data/README.md). Shown by the API and the map. */
export interface DataSource {
  id: string;
  name: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
  url: string;
}

export const dataSources: readonly DataSource[] = [
  {
    id: "bkg-vg5000",
    name: "Verwaltungsgebiete 1:5 000 000 (VG5000), Stand 01.01.2021",
    licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    licenceUrl: "https://www.govdata.de/dl-de/by-2-0",
    attribution: "© GeoBasis-DE / BKG 2021 (Daten verändert)",
    url: "http://www.bkg.bund.de",
  },
  {
    id: "bbsr-kreistypen",
    name: "BBSR Siedlungsstrukturelle Kreistypen 2020 (2024 derived)",
    licence: "BBSR open data (dl-de/by-2-0)",
    licenceUrl: "https://www.govdata.de/dl-de/by-2-0",
    attribution: "© BBSR Bonn 2020",
    url: "https://www.bbsr.bund.de",
  },
  {
    id: "thuenen-laendlichkeit",
    name: "Thünen-Typologie ländlicher Räume (derived)",
    licence: "Open Database License 1.0 (derived values)",
    licenceUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
    attribution: "Küpper, P. (2016): Abgrenzung und Typisierung ländlicher Räume, Thünen Working Paper 68",
    url: "https://www.landatlas.de",
  },
  {
    id: "geonames-postal-codes",
    name: "GeoNames postal codes, Thuringia",
    licence: "Creative Commons Attribution 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    attribution:
      "Postal code data: GeoNames (https://www.geonames.org), CC BY 4.0 — via zauberware/postal-codes-json-xml-csv (modified: filtered to Thuringia, columns renamed, region added)",
    url: "https://www.geonames.org",
  },
];
