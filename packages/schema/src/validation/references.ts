// Rules that need stored or reference data: ids of other rows, the postcode gazetteer and the
// state's area.
import { deriveDistrictKey, districtKeyAt, loadPlaces, THURINGIA_BOUNDS } from "@kausa/geo";
import type { Tx } from "../editing/audit.ts";
import { type FieldProblem, ValidationError } from "../editing/errors.ts";

/** Accepts a raw id or this API's global ID of `typeName` ("Partner:…" in base64). */
export function rawId(typeName: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  return decoded.startsWith(`${typeName}:`) ? decoded.slice(typeName.length + 1) : value;
}

export async function assertPartnerExists(tx: Tx, partnerId: string, path = ["partnerId"]) {
  const found = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
  if (!found) throw ValidationError.field(path, "NOT_FOUND", "No such partner organisation.");
}

export function isKnownPostcode(postcode: string): boolean {
  return loadPlaces().some((place) => place.postcode === postcode);
}

/** Coordinates from the offline gazetteer: the place with that postcode and name, else the postcode's first. */
export function geocode(postcode: string, city: string | null | undefined) {
  const candidates = loadPlaces().filter((place) => place.postcode === postcode);
  const named = candidates.find((place) => place.name.toLowerCase() === city?.trim().toLowerCase());
  const place = named ?? candidates[0];
  if (!place) return undefined;
  return { lat: place.lat, lng: place.lng, geoPrecision: named ? ("PLACE" as const) : ("POSTCODE" as const) };
}

/** How far beyond the state's bounds an explicitly allowed address may lie (degrees, ~50 km). */
const NEARBY_MARGIN = 0.7;

/**
 * The district an address belongs to. Inside Thuringia it follows the coordinates; an address
 * just across the border must be allowed explicitly and takes its postcode's district.
 */
export function districtFor(
  point: { lat: number; lng: number; postcode: string },
  allowOutsideThuringia: boolean,
): string {
  const inside = districtKeyAt(point.lat, point.lng);
  if (inside) return inside;
  const problems: FieldProblem[] = [];
  const b = THURINGIA_BOUNDS;
  const nearby =
    point.lat >= b.south - NEARBY_MARGIN &&
    point.lat <= b.north + NEARBY_MARGIN &&
    point.lng >= b.west - NEARBY_MARGIN &&
    point.lng <= b.east + NEARBY_MARGIN;
  if (!allowOutsideThuringia) {
    problems.push({
      path: ["lat"],
      code: "OUTSIDE_THURINGIA",
      message:
        "The coordinates lie outside Thuringia. Set allowOutsideThuringia for an office just across the border.",
    });
  } else if (!nearby) {
    problems.push({ path: ["lat"], code: "TOO_FAR", message: "The coordinates lie too far from Thuringia." });
  }
  const byPostcode = problems.length ? undefined : deriveDistrictKey(point);
  if (!byPostcode) {
    if (!problems.length)
      problems.push({
        path: ["postcode"],
        code: "UNKNOWN_POSTCODE",
        message: "Postcode not in the gazetteer.",
      });
    throw new ValidationError(problems);
  }
  return byPostcode;
}
