import { distanceKm } from "@kausa/geo";

/**
 * The two queries every target answers, in each target's own language: the API's GraphQL, the
 * pg baseline's JSON, PostGraphile's GraphQL over the functions of postgraphile-functions.ts.
 * `answerOf` reduces each target's response to what must be equal across targets.
 */

export interface BBoxQuery {
  west: number;
  south: number;
  east: number;
  north: number;
  services: string[];
  languages: string[];
}

export interface NearQuery {
  lat: number;
  lng: number;
  radiusKm: number;
}

export type QueryKind = "bbox" | "near";

export const BBOX: BBoxQuery = {
  west: 10.5,
  south: 50.6,
  east: 11.8,
  north: 51.4,
  services: ["MATCHING"],
  languages: ["ar"],
};
export const NEAR: NearQuery = { lat: 51.505, lng: 10.791, radiusKm: 30 };

export const QUERY_LABELS: Record<QueryKind, string> = {
  bbox: "bbox + services + language filter, 50 per page",
  near: "near (30 km of Nordhausen), 50 per page",
};

const { services, languages, ...box } = BBOX;

export const API_BODIES: Record<QueryKind, { query: string; variables: unknown }> = {
  bbox: {
    query: `query($filter: ContactPointFilter) { contactPoints(first: 50, filter: $filter) {
      totalCount edges { node { id name city lat lng partner { name } district { name } } } } }`,
    variables: { filter: { bbox: box, services, languages } },
  },
  near: {
    query: `query($near: NearInput) { contactPoints(first: 50, near: $near) {
      totalCount edges { node { id name city lat lng distanceKm partner { name } district { name } } } } }`,
    variables: { near: NEAR },
  },
};

export const PG_BODIES: Record<QueryKind, unknown> = {
  bbox: { kind: "bbox", params: BBOX },
  near: { kind: "near", params: NEAR },
};

// Field names as PostGraphile v5's amber preset generates them (`rowId` is the table's `id`
// column; `id` is PostGraphile's global node id).
const PGL_NODE = "rowId name city lat lng partnerByPartnerId { name } districtByDistrictKey { name }";
export const POSTGRAPHILE_BODIES: Record<QueryKind, { query: string; variables: unknown }> = {
  bbox: {
    query: `query($south: Float, $north: Float, $west: Float, $east: Float, $services: [Service], $languages: [String]) {
      benchContactPointsBbox(south: $south, north: $north, west: $west, east: $east,
        services: $services, languages: $languages, first: 50) { totalCount nodes { ${PGL_NODE} } } }`,
    variables: BBOX,
  },
  near: {
    query: `query($lat: Float, $lng: Float, $radiusKm: Float) {
      benchContactPointsNear(lat: $lat, lng: $lng, radiusKm: $radiusKm, first: 50) {
        totalCount nodes { ${PGL_NODE} distanceKm(lat: $lat, lng: $lng) } } }`,
    variables: NEAR,
  },
};

/** What every target must agree on: the total, the page's ids in order, partner and district names. */
export interface Answer {
  total: number;
  ids: string[];
  names: string[];
  /** Near only: the distance of each row, in km. */
  distances: (number | null)[];
}

type Row = { id: string; name: string; partner: string; district: string; distance?: number | null };
const answer = (total: number, rows: Row[]): Answer => ({
  total,
  ids: rows.map((r) => r.id),
  names: rows.map((r) => `${r.name} | ${r.partner} | ${r.district}`),
  distances: rows.map((r) => r.distance ?? null),
});

interface ApiResponse {
  data?: {
    contactPoints: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          name: string;
          distanceKm?: number | null;
          partner: { name: string };
          district: { name: string };
        };
      }[];
    };
  };
  errors?: unknown;
}

interface PostGraphileNode {
  rowId: string;
  distanceKm?: number | null;
  name: string;
  partnerByPartnerId: { name: string };
  districtByDistrictKey: { name: string };
}
type PostGraphileConnection = { totalCount: number; nodes: PostGraphileNode[] };
interface PostGraphileResponse {
  data?: { benchContactPointsBbox?: PostGraphileConnection; benchContactPointsNear?: PostGraphileConnection };
  errors?: unknown;
}

interface PgResponse {
  total: number;
  rows: { id: string; name: string; partner_name: string; district_name: string; distance_km?: number }[];
}

/** The API's ids are global ids: base64 of `ContactPoint:<row id>`. */
const rowIdOf = (globalId: string) =>
  Buffer.from(globalId, "base64")
    .toString("utf8")
    .replace(/^ContactPoint:/, "");

export function apiAnswer(body: unknown): Answer {
  const { data, errors } = body as ApiResponse;
  if (!data) throw new Error(`the API answered errors: ${JSON.stringify(errors)}`);
  const c = data.contactPoints;
  return answer(
    c.totalCount,
    c.edges.map(({ node }) => ({
      id: rowIdOf(node.id),
      name: node.name,
      partner: node.partner.name,
      district: node.district.name,
      distance: node.distanceKm,
    })),
  );
}

export function postgraphileAnswer(body: unknown): Answer {
  const { data, errors } = body as PostGraphileResponse;
  const c = data?.benchContactPointsBbox ?? data?.benchContactPointsNear;
  if (!c) throw new Error(`PostGraphile answered errors: ${JSON.stringify(errors)}`);
  return answer(
    c.totalCount,
    c.nodes.map((n) => ({
      id: n.rowId,
      name: n.name,
      partner: n.partnerByPartnerId.name,
      district: n.districtByDistrictKey.name,
      distance: n.distanceKm,
    })),
  );
}

export function pgAnswer(body: unknown): Answer {
  const { total, rows } = body as PgResponse;
  return answer(
    total,
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      partner: r.partner_name,
      district: r.district_name,
      distance: r.distance_km,
    })),
  );
}

/**
 * Places whose synthetic points (jittered by ±0.005°) match neither query: outside the box and
 * more than 2 km beyond the radius. Growing the database with such points leaves each query's
 * matches as they were, which isolates what the table's size alone costs.
 */
export function outsideBothQueries(place: { lat: number; lng: number }): boolean {
  const margin = 0.01;
  const inBox =
    place.lat >= BBOX.south - margin &&
    place.lat <= BBOX.north + margin &&
    place.lng >= BBOX.west - margin &&
    place.lng <= BBOX.east + margin;
  return !inBox && distanceKm(place, NEAR) > NEAR.radiusKm + 2;
}
