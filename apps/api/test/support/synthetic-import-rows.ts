// A synthetic contact-point list for the import benchmark and the interruption test: `count`
// rows in the import template's columns, spread over the gazetteer's places.
import { loadPlaces } from "@kausa/geo";
import type { Cell } from "@kausa/schema";

export const BENCH_COLUMNS = [
  "externalKey",
  "partnerKey",
  "name",
  "street",
  "postcode",
  "city",
  "phone",
  "email",
  "website",
  "openingHours",
  "openingHoursNote_de",
  "languages",
  "services",
  "targetGroups",
  "wheelchairAccessible",
  "appointmentRequired",
];

const SERVICES = ["TRAINING_COUNSELLING", "CAREER_ORIENTATION", "APPLICATION_HELP", "LANGUAGE_COURSES"];
const LANGUAGES = ["de", "en", "ar", "uk", "ru", "tr", "fa"];

/** Deterministic rows (row i is always the same), keys `${prefix}-00001` … */
export function syntheticContactPoints(count: number, partnerKeys: string[], prefix = "BENCH"): Cell[][] {
  const places = loadPlaces();
  return Array.from({ length: count }, (_, i) => {
    const place = places[(i * 7) % places.length]!;
    return [
      `${prefix}-${String(i + 1).padStart(5, "0")}`,
      partnerKeys[i % partnerKeys.length]!,
      `Beratungsstelle ${place.name} ${i + 1}`,
      `Musterstraße ${(i % 120) + 1}`,
      place.postcode,
      place.name,
      `0361 ${String(100000 + i)}`,
      `stelle${i + 1}@example.org`,
      `https://example.org/stellen/${i + 1}`,
      i % 2 ? "Mo-Fr 09:00-12:00; Di 13:00-16:00" : "Mo 08:00-12:00, 13:00-15:30",
      i % 3 ? null : "Termine nach Vereinbarung",
      [LANGUAGES[i % 7], LANGUAGES[(i + 3) % 7]].join("; "),
      [SERVICES[i % 4], SERVICES[(i + 1) % 4]].join("; "),
      i % 2 ? "YOUNG_PEOPLE; REFUGEES" : "ADULTS",
      i % 4 === 0 ? "ja" : null,
      i % 5 === 0 ? "ja" : "nein",
    ];
  });
}
