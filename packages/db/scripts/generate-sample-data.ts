/**
 * Writes the SAMPLE dataset in ../sample-data/*.json. Run once by hand
 * (`pnpm --filter @kausa/db exec tsx scripts/generate-sample-data.ts`); the JSON files are
 * the source of truth the seed reads. Deterministic (seeded RNG), so re-running gives the same files.
 *
 * Rules: every sample organisation has "Beispiel" in its name and `isSample: true`; contacts use
 * example.org and the 030 23125 xxx block set aside for fiction. The only real entry is
 * KAUSA-Landesstelle Thüringen with the details from the project brief, nothing invented.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deriveDistrictKey, loadDistricts, loadPlaces, loadRegions } from "@kausa/geo";

let seed = 20261125;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const sample = <T>(list: readonly T[], min: number, max: number): T[] => {
  const n = min + Math.floor(random() * (max - min + 1));
  return [...list].sort(() => random() - 0.5).slice(0, n);
};
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const districts = loadDistricts();
const regions = loadRegions();
const places = loadPlaces();
const regionName = new Map(regions.map((r) => [r.id, r.name]));

type PartnerType =
  | "KAUSA"
  | "CHAMBER_IHK"
  | "CHAMBER_HWK"
  | "DISTRICT_ADMINISTRATION"
  | "MUNICIPALITY"
  | "JOBCENTER"
  | "EMPLOYMENT_AGENCY"
  | "YOUTH_MIGRATION_SERVICE"
  | "MIGRATION_COUNSELLING"
  | "MIGRANT_ORGANISATION"
  | "EDUCATION_PROVIDER"
  | "VOCATIONAL_SCHOOL"
  | "TRAINING_COMPANY"
  | "NETWORK_OFFICE"
  | "OTHER";

// What each kind of organisation typically offers, for plausible sample contact points.
const profile: Record<
  PartnerType,
  { label: string; services: string[]; targetGroups: string[]; en: string }
> = {
  KAUSA: { label: "KAUSA", services: [], targetGroups: [], en: "" },
  CHAMBER_IHK: {
    label: "Beispiel-IHK-Ausbildungsberatung",
    en: "Sample chamber of commerce: training advice",
    services: ["TRAINING_COUNSELLING", "COMPANY_COUNSELLING", "MATCHING", "RECOGNITION_OF_QUALIFICATIONS"],
    targetGroups: ["YOUNG_PEOPLE", "COMPANIES", "PARENTS"],
  },
  CHAMBER_HWK: {
    label: "Beispiel-Handwerkskammer-Beratung",
    en: "Sample chamber of crafts: apprenticeship advice",
    services: ["TRAINING_COUNSELLING", "COMPANY_COUNSELLING", "MATCHING", "RECOGNITION_OF_QUALIFICATIONS"],
    targetGroups: ["YOUNG_PEOPLE", "COMPANIES", "ADULTS"],
  },
  DISTRICT_ADMINISTRATION: {
    label: "Beispiel-Integrationsbüro Landratsamt",
    en: "Sample district integration office",
    services: ["SOCIAL_COUNSELLING", "RESIDENCE_LAW_COUNSELLING", "CAREER_ORIENTATION"],
    targetGroups: ["REFUGEES", "ADULTS", "ORGANISATIONS"],
  },
  MUNICIPALITY: {
    label: "Beispiel-Bürgerbüro Integration",
    en: "Sample town integration desk",
    services: ["SOCIAL_COUNSELLING", "LANGUAGE_COURSES"],
    targetGroups: ["ADULTS", "PARENTS", "REFUGEES"],
  },
  JOBCENTER: {
    label: "Beispiel-Jobcenter",
    en: "Sample job centre",
    services: ["APPLICATION_HELP", "CAREER_ORIENTATION", "LANGUAGE_COURSES", "TRAINING_COUNSELLING"],
    targetGroups: ["ADULTS", "REFUGEES", "YOUNG_PEOPLE"],
  },
  EMPLOYMENT_AGENCY: {
    label: "Beispiel-Berufsberatung der Arbeitsagentur",
    en: "Sample employment agency careers service",
    services: ["CAREER_ORIENTATION", "TRAINING_COUNSELLING", "MATCHING", "APPLICATION_HELP"],
    targetGroups: ["YOUNG_PEOPLE", "PARENTS", "COMPANIES"],
  },
  YOUTH_MIGRATION_SERVICE: {
    label: "Beispiel-Jugendmigrationsdienst",
    en: "Sample youth migration service",
    services: ["TRAINING_COUNSELLING", "APPLICATION_HELP", "SOCIAL_COUNSELLING", "CAREER_ORIENTATION"],
    targetGroups: ["YOUNG_PEOPLE", "REFUGEES", "PARENTS"],
  },
  MIGRATION_COUNSELLING: {
    label: "Beispiel-Migrationsberatung für Erwachsene",
    en: "Sample migration counselling for adults",
    services: ["RECOGNITION_OF_QUALIFICATIONS", "RESIDENCE_LAW_COUNSELLING", "SOCIAL_COUNSELLING"],
    targetGroups: ["ADULTS", "REFUGEES", "PARENTS"],
  },
  MIGRANT_ORGANISATION: {
    label: "Beispiel-Migrantenverein",
    en: "Sample migrant association",
    services: ["SOCIAL_COUNSELLING", "APPLICATION_HELP", "LANGUAGE_COURSES"],
    targetGroups: ["PARENTS", "YOUNG_PEOPLE", "REFUGEES"],
  },
  EDUCATION_PROVIDER: {
    label: "Beispiel-Bildungsträger",
    en: "Sample education provider",
    services: ["LANGUAGE_COURSES", "CAREER_ORIENTATION", "APPLICATION_HELP"],
    targetGroups: ["ADULTS", "YOUNG_PEOPLE", "REFUGEES"],
  },
  VOCATIONAL_SCHOOL: {
    label: "Beispiel-Berufsschule",
    en: "Sample vocational school",
    services: ["CAREER_ORIENTATION", "LANGUAGE_COURSES", "TRAINING_COUNSELLING"],
    targetGroups: ["YOUNG_PEOPLE", "PARENTS"],
  },
  TRAINING_COMPANY: {
    label: "Beispiel-Ausbildungsbetrieb",
    en: "Sample training company",
    services: ["MATCHING", "TRAINING_COUNSELLING"],
    targetGroups: ["YOUNG_PEOPLE", "ADULTS"],
  },
  NETWORK_OFFICE: {
    label: "Beispiel-Netzwerkbüro Ausbildung und Migration",
    en: "Sample network office for training and migration",
    services: ["COMPANY_COUNSELLING", "MATCHING", "CAREER_ORIENTATION"],
    targetGroups: ["ORGANISATIONS", "COMPANIES"],
  },
  OTHER: {
    label: "Beispiel-Beratungsstelle",
    en: "Sample counselling centre",
    services: ["SOCIAL_COUNSELLING", "APPLICATION_HELP"],
    targetGroups: ["ADULTS", "PARENTS"],
  },
};
const localTypes: PartnerType[] = [
  "JOBCENTER",
  "EMPLOYMENT_AGENCY",
  "YOUTH_MIGRATION_SERVICE",
  "MIGRATION_COUNSELLING",
  "MIGRANT_ORGANISATION",
  "EDUCATION_PROVIDER",
  "VOCATIONAL_SCHOOL",
  "TRAINING_COMPANY",
  "DISTRICT_ADMINISTRATION",
  "MUNICIPALITY",
  "OTHER",
];
const languagesPool = ["en", "ar", "fa", "uk", "ru", "tr", "ku", "ti", "ps", "fr", "ro", "pl", "so", "es"];

let phoneCounter = 100;
const fictionalPhone = () => `030 23125 ${String(phoneCounter++).padStart(3, "0")}`;

const partners: Record<string, unknown>[] = [];
const contactPoints: Record<string, unknown>[] = [];
const offers: Record<string, unknown>[] = [];
const networks: Record<string, unknown>[] = [];

// The one real entry, with exactly the details given in the brief.
partners.push({
  id: "partner-kausa-thueringen",
  type: "KAUSA",
  name: "KAUSA-Landesstelle Thüringen",
  description: {
    de: "KAUSA-Landesstelle Thüringen beim Bildungswerk der Thüringer Wirtschaft e.V.: Beratung und Vernetzung für die Ausbildung von Menschen mit Migrations- und Fluchtgeschichte, gefördert im Rahmen der Initiative Bildungsketten.",
    en: "KAUSA state office Thuringia at the Bildungswerk der Thüringer Wirtschaft e.V.: counselling and networking for vocational training of people with a migration or refugee background, funded by the Bildungsketten initiative.",
  },
  website: "https://www.kausa-thueringen.de",
  logoUrl: null,
  regionIds: regions.map((r) => r.id),
  isSample: false,
  status: "PUBLISHED",
});
contactPoints.push({
  id: "cp-kausa-erfurt",
  partnerId: "partner-kausa-thueringen",
  name: "KAUSA-Landesstelle Thüringen",
  street: "Hochheimer Straße 47",
  postcode: "99094",
  city: "Erfurt",
  ...postcodeCoordinates("99094"),
  geoPrecision: "POSTCODE",
  phone: "0361 60155334",
  email: "kausa@bwtw.de",
  website: "https://www.kausa-thueringen.de",
  openingHours: [],
  openingHoursNote: null,
  languages: [],
  services: ["TRAINING_COUNSELLING", "COMPANY_COUNSELLING", "MATCHING"],
  targetGroups: ["YOUNG_PEOPLE", "COMPANIES", "ORGANISATIONS"],
  wheelchairAccessible: null,
  appointmentRequired: false,
  lastVerifiedAt: null,
  isSample: false,
  status: "PUBLISHED",
});

function postcodeCoordinates(postcode: string) {
  const hits = places.filter((p) => p.postcode === postcode);
  const lat = hits.reduce((s, p) => s + p.lat, 0) / hits.length;
  const lng = hits.reduce((s, p) => s + p.lng, 0) / hits.length;
  return { lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)) };
}

// Region-wide sample partners: chambers and network offices.
for (const region of regions) {
  for (const type of ["CHAMBER_IHK", "CHAMBER_HWK", "NETWORK_OFFICE"] as const) {
    partners.push({
      id: `partner-${type.toLowerCase().replace(/_/g, "-")}-${region.id}`,
      type,
      name: `${profile[type].label} ${region.name}`,
      description: {
        de: `Beispieldaten: ${profile[type].label} für die Planungsregion ${region.name}.`,
        en: `Sample data: ${profile[type].en}, planning region ${region.name}.`,
      },
      website: `https://example.org/${slug(`${type}-${region.id}`)}`,
      logoUrl: null,
      regionIds: [region.id],
      isSample: true,
      status: "PUBLISHED",
    });
  }
}

// Rural districts get more contact points than Erfurt and Jena (the project's focus).
const weekdays = [1, 2, 3, 4, 5];
function openingHours() {
  const days = sample(weekdays, 2, 5).sort();
  const afternoon = random() < 0.5;
  return days.map((day) => ({
    day,
    opens: afternoon && day === 4 ? "13:00" : "09:00",
    closes: afternoon && day === 4 ? "18:00" : pick(["12:00", "15:00", "16:00"]),
  }));
}

let cpIndex = 0;
const partnersByDistrict = new Map<string, string[]>();
for (const district of districts) {
  const region = district.regionId;
  const count = district.rural ? (district.kind === "KREISFREIE_STADT" ? 6 : 8) : 3;
  const types = sample(localTypes, Math.min(count, 6), Math.min(count, 6));
  const districtPartnerIds: string[] = [];
  for (const type of types) {
    const id = `partner-${slug(type)}-${district.key}`;
    districtPartnerIds.push(id);
    partners.push({
      id,
      type,
      name: `${profile[type].label} ${district.name}`,
      description: {
        de: `Beispieldaten: ${profile[type].label} im ${district.kind === "LANDKREIS" ? "Landkreis" : "Stadtgebiet"} ${district.name}.`,
        en: `Sample data: ${profile[type].en} in ${district.name}.`,
      },
      website: `https://example.org/${slug(`${type}-${district.name}`)}`,
      logoUrl: null,
      regionIds: [region],
      isSample: true,
      status: "PUBLISHED",
    });
  }
  partnersByDistrict.set(district.key, districtPartnerIds);
  const districtPlaces = places.filter((p) => p.districtKey === district.key);
  const chamberIds = [`partner-chamber-ihk-${region}`, `partner-chamber-hwk-${region}`];
  for (let i = 0; i < count; i++) {
    // Some district contact points are chamber outposts (Außenstellen).
    const partnerId =
      i === count - 1 && district.rural
        ? pick(chamberIds)
        : (districtPartnerIds[i % districtPartnerIds.length] as string);
    const partner = partners.find((p) => p.id === partnerId) as { type: PartnerType; name: string };
    const place = pick(districtPlaces);
    const p = profile[partner.type];
    cpIndex++;
    contactPoints.push({
      id: `cp-${String(cpIndex).padStart(4, "0")}`,
      partnerId,
      name: partner.type.startsWith("CHAMBER")
        ? `${p.label} – Außenstelle ${place.name}`
        : `${p.label} ${place.name}`,
      street: `Musterstraße ${1 + Math.floor(random() * 80)}`,
      postcode: place.postcode,
      city: place.name,
      // Within ~400 m of the gazetteer point: it stays in the same place, and is not an address.
      lat: Number((place.lat + (random() - 0.5) * 0.006).toFixed(5)),
      lng: Number((place.lng + (random() - 0.5) * 0.009).toFixed(5)),
      geoPrecision: "PLACE",
      // No districtKey: the seed derives it from the coordinates (see @kausa/geo deriveDistrictKey).
      phone: fictionalPhone(),
      email: `beratung-${cpIndex}@example.org`,
      website: `https://example.org/anlaufstelle/${cpIndex}`,
      openingHours: openingHours(),
      openingHoursNote:
        random() < 0.3
          ? { de: "Termine auch nach Vereinbarung.", en: "Appointments also by arrangement." }
          : null,
      languages: ["de", ...sample(languagesPool, 1, 5)],
      services: sample(p.services, 1, p.services.length),
      targetGroups: sample(p.targetGroups, 1, p.targetGroups.length),
      wheelchairAccessible: random() < 0.15 ? null : random() < 0.6,
      appointmentRequired: random() < 0.4,
      lastVerifiedAt: `2026-${String(1 + Math.floor(random() * 10)).padStart(2, "0")}-15T00:00:00.000Z`,
      isSample: true,
      status: "PUBLISHED",
    });
  }
}
// Non-public rows prove that only published data is served.
contactPoints.push({
  ...(contactPoints[5] as object),
  id: "cp-draft-0001",
  name: "Beispiel-Entwurf (nicht veröffentlicht)",
  status: "DRAFT",
});

// Offers: nine of every kind.
const occupations = [
  "Kfz-Mechatroniker/-in",
  "Pflegefachfrau/-mann",
  "Elektroniker/-in für Energie- und Gebäudetechnik",
  "Koch/Köchin",
  "Fachkraft für Lagerlogistik",
  "Tischler/-in",
  "Industriemechaniker/-in",
  "Verkäufer/-in",
  "Medizinische/-r Fachangestellte/-r",
  "Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik",
];
const offerTemplates: Record<
  string,
  (i: number, town: string) => { de: string; en?: string; ar?: string; uk?: string }
> = {
  TRAINING: (_i, town) => ({
    de: `Beispiel-Schulung: Interkulturelle Ausbildungsbegleitung in ${town}`,
    en: `Sample training: intercultural support for apprentices in ${town}`,
  }),
  COUNSELLING: (_i, town) => ({
    de: `Beispiel-Beratungstag Ausbildung in ${town}`,
    en: `Sample counselling day on apprenticeships in ${town}`,
    ar: `يوم استشارات تجريبي حول التدريب المهني في ${town}`,
  }),
  EVENT: (_i, town) => ({
    de: `Beispiel-Ausbildungsbörse ${town}`,
    en: `Sample apprenticeship fair ${town}`,
    uk: `Приклад: ярмарок професійного навчання ${town}`,
  }),
  GUIDE: (i) => ({
    de: `Beispiel-Leitfaden ${i + 1}: Ausbildung mit Migrationsgeschichte – Schritt für Schritt`,
    en: `Sample guide ${i + 1}: vocational training with a migration background, step by step`,
  }),
  APPRENTICESHIP_PLACE: (i, town) => ({
    de: `Beispiel-Ausbildungsplatz ${occupations[i % occupations.length]} in ${town}`,
  }),
  INTERNSHIP: (i, town) => ({
    de: `Beispiel-Praktikum ${occupations[(i + 3) % occupations.length]} in ${town}`,
    en: `Sample internship in ${town}`,
  }),
  ENTRY_QUALIFICATION: (i, town) => ({
    de: `Beispiel-Einstiegsqualifizierung (EQ) ${occupations[(i + 5) % occupations.length]} in ${town}`,
  }),
  LANGUAGE_COURSE: (_i, town) => ({
    de: `Beispiel-Berufssprachkurs Deutsch (B1/B2) in ${town}`,
    en: `Sample job-related German course (B1/B2) in ${town}`,
    ar: `دورة تجريبية للغة الألمانية المهنية في ${town}`,
  }),
};
const publishedCps = contactPoints
  .filter((c) => c.status === "PUBLISHED" && c.isSample)
  .map((c) => ({ ...c, districtKey: deriveDistrictKey(c as { lat: number; lng: number }) })) as {
  id: string;
  partnerId: string;
  city: string;
  districtKey: string;
}[];
let offerIndex = 0;
for (const kind of Object.keys(offerTemplates)) {
  for (let i = 0; i < 9; i++) {
    offerIndex++;
    // Two out of three offers in rural districts away from Erfurt and Jena.
    const cp = pick(
      publishedCps.filter((c) => !["16051", "16053"].includes(c.districtKey) || random() < 0.2),
    );
    const district = districts.find((d) => d.key === cp.districtKey)!;
    const title = offerTemplates[kind]!(i, cp.city);
    const dated = [
      "TRAINING",
      "EVENT",
      "COUNSELLING",
      "LANGUAGE_COURSE",
      "ENTRY_QUALIFICATION",
      "INTERNSHIP",
    ].includes(kind);
    const startsInDays = dated
      ? 7 + Math.floor(random() * 150)
      : kind === "APPRENTICESHIP_PLACE"
        ? 200 + i * 5
        : null;
    const statewide = kind === "GUIDE" || (kind === "TRAINING" && i % 3 === 0);
    const occupation = ["APPRENTICESHIP_PLACE", "INTERNSHIP", "ENTRY_QUALIFICATION"].includes(kind)
      ? (title.de.match(/(?:Ausbildungsplatz|Praktikum|\(EQ\)) (.+) in /)?.[1] ?? null)
      : null;
    offers.push({
      id: `offer-${String(offerIndex).padStart(3, "0")}`,
      kind,
      title,
      description: {
        de: `Beispieldaten. ${title.de}. Angebot für ${district.name} (${regionName.get(district.regionId)}).`,
        ...(title.en ? { en: `Sample data. ${title.en}.` } : {}),
      },
      partnerId: kind === "GUIDE" ? `partner-network-office-${district.regionId}` : cp.partnerId,
      contactPointIds: kind === "GUIDE" ? [] : [cp.id],
      regionIds: statewide ? [] : [district.regionId],
      startsInDays,
      durationDays: dated ? (kind === "LANGUAGE_COURSE" ? 90 : kind === "INTERNSHIP" ? 14 : 0) : null,
      format:
        kind === "GUIDE"
          ? "ONLINE"
          : kind === "TRAINING"
            ? pick(["IN_PERSON", "ONLINE", "HYBRID"])
            : "IN_PERSON",
      languages: ["de", ...sample(languagesPool, 0, 3)],
      targetGroups:
        kind === "TRAINING"
          ? ["ORGANISATIONS", "COMPANIES"]
          : kind === "GUIDE"
            ? sample(["COMPANIES", "ORGANISATIONS", "PARENTS", "YOUNG_PEOPLE"], 1, 3)
            : sample(["YOUNG_PEOPLE", "ADULTS", "REFUGEES", "PARENTS"], 1, 3),
      occupation,
      registrationUrl: kind === "GUIDE" ? null : `https://example.org/anmeldung/${offerIndex}`,
      documentUrl: kind === "GUIDE" ? `https://example.org/leitfaeden/beispiel-leitfaden-${i + 1}.pdf` : null,
      costs:
        kind === "TRAINING" && i % 2
          ? { de: "25 € pro Person", en: "€25 per person" }
          : { de: "kostenfrei", en: "free of charge" },
      isSample: true,
      status: "PUBLISHED",
    });
  }
}
offers.push({ ...(offers[0] as object), id: "offer-archived-001", status: "ARCHIVED" });

// Networks: one Regionalbeirat per region, the Landesbeirat, and regional working groups.
for (const region of regions) {
  const inRegion = partners.filter((p) => (p.regionIds as string[]).includes(region.id) && p.isSample);
  networks.push({
    id: `network-regionalbeirat-${region.id}`,
    kind: "REGIONAL_ADVISORY_BOARD",
    name: `Regionalbeirat für Arbeitsmarktpolitik ${region.name} (Beispieldaten)`,
    description: {
      de: `Beispieldaten: Mitglieder und Beschreibung sind erfunden. Regionalbeirat der Planungsregion ${region.name}.`,
      en: `Sample data: members and description are invented. Regional advisory board, ${region.name}.`,
    },
    regionId: region.id,
    memberIds: [
      "partner-kausa-thueringen",
      ...sample(
        inRegion.map((p) => p.id as string),
        5,
        8,
      ),
    ],
    website: null,
    isSample: true,
    status: "PUBLISHED",
  });
}
networks.push({
  id: "network-landesbeirat",
  kind: "STATE_ADVISORY_BOARD",
  name: "Beispiel-Landesbeirat Ausbildung und Migration",
  description: { de: "Beispieldaten: landesweites Gremium.", en: "Sample data: state-wide board." },
  regionId: null,
  memberIds: ["partner-kausa-thueringen", ...regions.map((r) => `partner-network-office-${r.id}`)],
  website: null,
  isSample: true,
  status: "PUBLISHED",
});
for (const district of districts.filter((d) => d.rural && d.kind === "LANDKREIS").slice(0, 8)) {
  networks.push({
    id: `network-ak-${district.key}`,
    kind: "REGIONAL_WORKING_GROUP",
    name: `Beispiel-Arbeitskreis Ausbildung und Migration ${district.name}`,
    description: {
      de: `Beispieldaten: regionaler Arbeitskreis im Landkreis ${district.name}.`,
      en: `Sample data: regional working group in ${district.name}.`,
    },
    regionId: district.regionId,
    memberIds: [
      ...(partnersByDistrict.get(district.key) ?? []),
      `partner-network-office-${district.regionId}`,
    ],
    website: null,
    isSample: true,
    status: "PUBLISHED",
  });
}

const out = (name: string, data: unknown) =>
  writeFileSync(
    fileURLToPath(new URL(`../sample-data/${name}`, import.meta.url)),
    `${JSON.stringify(data, null, 1)}\n`,
  );
out("partners.json", partners);
out("contact-points.json", contactPoints);
out("offers.json", offers);
out("networks.json", networks);
console.log(
  `partners ${partners.length}, contact points ${contactPoints.length}, offers ${offers.length}, networks ${networks.length}`,
);
