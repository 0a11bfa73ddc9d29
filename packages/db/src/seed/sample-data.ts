import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deriveDistrictKey } from "@kausa/geo";
import type { Prisma } from "../generated/prisma/client.ts";

// The JSON files are written by scripts/generate-sample-data.ts; their shape is checked by the seed tests.
type Row = Record<string, unknown>;
const readSample = (name: string): Row[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../sample-data/${name}`, import.meta.url)), "utf8"));

const DAY_MS = 86_400_000;

/** Sample dates are stored as offsets, so the demo always shows upcoming trainings. */
function datesFromOffsets(row: Row, today: Date) {
  const startsInDays = row.startsInDays as number | null;
  if (startsInDays === null) return { startsAt: null, endsAt: null };
  const startsAt = new Date(today.getTime() + startsInDays * DAY_MS + 8 * 3_600_000);
  const durationDays = (row.durationDays as number | null) ?? 0;
  const endsAt = new Date(startsAt.getTime() + (durationDays > 0 ? durationDays * DAY_MS : 7 * 3_600_000));
  return { startsAt, endsAt };
}

/** Inserts pairs into one of Prisma's implicit many-to-many tables (columns "A" and "B"). */
async function link(tx: Prisma.TransactionClient, table: string, pairs: [string, string][]) {
  if (pairs.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[])`,
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  );
}

/** A contact point's district follows from where it is; the data files do not repeat it. */
function districtOf(row: Row): string {
  const { lat, lng, postcode } = row as { lat: number; lng: number; postcode: string };
  const key = deriveDistrictKey({ lat, lng, postcode });
  if (!key) throw new Error(`Contact point ${row.id} (${lat}, ${lng}, ${postcode}) is not in Thuringia`);
  return key;
}

export async function loadSampleData(tx: Prisma.TransactionClient, today = new Date()) {
  const midnight = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const partners = readSample("partners.json");
  const contactPoints = readSample("contact-points.json");
  const offers = readSample("offers.json");
  const networks = readSample("networks.json");

  await tx.partner.createMany({
    data: partners.map(({ regionIds: _regions, ...p }) => p as Prisma.PartnerCreateManyInput),
  });
  await link(
    tx,
    "_PartnerToRegion",
    partners.flatMap((p) => (p.regionIds as string[]).map((r): [string, string] => [p.id as string, r])),
  );
  await tx.contactPoint.createMany({
    data: contactPoints.map((c) => ({
      ...(c as unknown as Prisma.ContactPointCreateManyInput),
      districtKey: districtOf(c),
    })),
  });
  await tx.offer.createMany({
    data: offers.map(
      ({ contactPointIds: _cps, regionIds: _regions, startsInDays: _s, durationDays: _d, ...o }) => ({
        ...(o as unknown as Prisma.OfferCreateManyInput),
        ...datesFromOffsets({ startsInDays: _s, durationDays: _d }, midnight),
      }),
    ),
  });
  await link(
    tx,
    "_ContactPointToOffer",
    offers.flatMap((o) => (o.contactPointIds as string[]).map((c): [string, string] => [c, o.id as string])),
  );
  await link(
    tx,
    "_OfferToRegion",
    offers.flatMap((o) => (o.regionIds as string[]).map((r): [string, string] => [o.id as string, r])),
  );
  await tx.network.createMany({
    data: networks.map(({ memberIds: _m, ...n }) => n as unknown as Prisma.NetworkCreateManyInput),
  });
  await link(
    tx,
    "_NetworkToPartner",
    networks.flatMap((n) => (n.memberIds as string[]).map((m): [string, string] => [n.id as string, m])),
  );
  return {
    partners: partners.length,
    contactPoints: contactPoints.length,
    offers: offers.length,
    networks: networks.length,
  };
}
