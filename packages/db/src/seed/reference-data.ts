import { loadDistricts, loadPlaces, loadRegions } from "@kausa/geo";
import type { Prisma } from "../generated/prisma/client.ts";

/** Regions, districts and the gazetteer: facts, not demo data, so loaded whenever missing. */
export async function loadReferenceData(tx: Prisma.TransactionClient): Promise<boolean> {
  if ((await tx.region.count()) > 0) return false;
  await tx.region.createMany({ data: loadRegions().map(({ id, name }) => ({ id, name })) });
  await tx.district.createMany({
    data: loadDistricts().map((d) => ({ ...d, boundary: d.boundary as unknown as Prisma.InputJsonValue })),
  });
  await tx.place.createMany({ data: loadPlaces() });
  return true;
}
