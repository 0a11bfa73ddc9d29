import type { Database } from "@kausa/db";
import { loadDistricts, loadPlaces } from "@kausa/geo";

type Place = ReturnType<typeof loadPlaces>[number];

const SERVICES = [
  "TRAINING_COUNSELLING",
  "CAREER_ORIENTATION",
  "APPLICATION_HELP",
  "LANGUAGE_COURSES",
  "MATCHING",
] as const;
const LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr", "ku", "ti"];
const PARTNERS = 100;
const BATCH = 1000;

export interface SyntheticOptions {
  /** Id prefix: `${prefix}-${i}`. */
  prefix?: string;
  /** Only places this accepts (e.g. outside the benchmark queries' areas). */
  where?: (place: Place) => boolean;
}

/**
 * Adds `count` synthetic contact points (deterministic), spread over the districts' places, with
 * ids `bench-cp-${from}` onwards: the benchmark first adds 10,000 (from 0), later 90,000 more
 * (from 10,000) to the same database. The 100 partners are created with the first batch.
 */
export async function addSyntheticContactPoints(
  db: Database,
  count: number,
  from = 0,
  options: SyntheticOptions = {},
) {
  const prefix = options.prefix ?? "bench-cp";
  // Seeded per starting index, so 10,000 + 90,000 gives the same rows on every run.
  let seed = 42 + from;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const places = loadPlaces().filter(options.where ?? (() => true));
  if (places.length === 0) throw new Error("no place is left for synthetic contact points");
  const districtKeys = new Set(loadDistricts().map((d) => d.key));
  if (from === 0 && prefix === "bench-cp") {
    await db.prisma.partner.createMany({
      data: Array.from({ length: PARTNERS }, (_, i) => ({
        id: `bench-partner-${i}`,
        type: "EDUCATION_PROVIDER" as const,
        name: `Benchmark-Träger ${i}`,
        isSample: true,
        status: "PUBLISHED" as const,
      })),
    });
  }
  for (let start = from; start < from + count; start += BATCH) {
    await db.prisma.contactPoint.createMany({
      data: Array.from({ length: Math.min(BATCH, from + count - start) }, (_, j) => {
        const i = start + j;
        const place = places[Math.floor(random() * places.length)]!;
        if (!districtKeys.has(place.districtKey)) throw new Error(`unknown district ${place.districtKey}`);
        return {
          id: `${prefix}-${i}`,
          partnerId: `bench-partner-${i % PARTNERS}`,
          name: `Benchmark-Beratungsstelle ${i} ${place.name}`,
          postcode: place.postcode,
          city: place.name,
          lat: place.lat + (random() - 0.5) * 0.01,
          lng: place.lng + (random() - 0.5) * 0.01,
          districtKey: place.districtKey,
          languages: ["de", LANGUAGES[i % LANGUAGES.length]!],
          services: [SERVICES[i % SERVICES.length]!, SERVICES[(i + 2) % SERVICES.length]!],
          targetGroups: ["YOUNG_PEOPLE" as const],
          isSample: true,
          status: "PUBLISHED" as const,
        };
      }),
    });
  }
}
