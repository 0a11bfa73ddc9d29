/**
 * Requests built to be as expensive as the documented limits allow (cost 10,000, 15 aliases,
 * page size 100, 100 ids per nodes call): for each kind of work, as many aliases as the cost
 * limit lets through. For worst-case.ts, which checks that each is accepted (a refused
 * one would measure nothing) and prints its cost.
 */
const aliases = (count: number, field: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join("\n");

const cpId = (i: number) => Buffer.from(`ContactPoint:bench-cp-${i}`).toString("base64");

/** 200 characters of different words: each is stemmed, compared and trigram-matched on its own. */
const WORDS = [
  "beratung",
  "ausbildung",
  "sprache",
  "migration",
  "jugend",
  "kammer",
  "betrieb",
  "schule",
  "arbeit",
  "hilfe",
];
const LONG_SEARCH = Array.from({ length: 30 }, (_, i) => `${WORDS[i % WORDS.length]}${i}`)
  .join(" ")
  .slice(0, 200);
/** The same glued with hyphens: one "word" to a whitespace split, many to PostgreSQL. */
const GLUED_SEARCH = LONG_SEARCH.replaceAll(" ", "-");
const partnerId = (i: number) => Buffer.from(`Partner:bench-partner-${i}`).toString("base64");

export const WORST_CASES: { name: string; body: { query: string; variables?: unknown } }[] = [
  {
    name: "the widget's query (for comparison)",
    body: {
      query: `{ contactPoints(first: 20, filter: { regionIds: ["nordthueringen"] }) { totalCount edges { node {
        id name street postcode city lat lng phone email website languages services partner { name } district { name } } } } }`,
    },
  },
  {
    name: "3 × 100 contact points with their offers",
    body: {
      query: `{ ${aliases(3, () => "contactPoints(first: 100) { edges { node { name offers { title { text } } } } }")} }`,
    },
  },
  {
    name: "full-text searches of 200 characters (different words), as many as the limit allows",
    body: {
      query: `{ ${aliases(2, () => `contactPoints(first: 20, filter: { search: "${LONG_SEARCH}" }) { totalCount edges { node { name } } }`)} }`,
    },
  },
  {
    name: "the same search glued with hyphens (counted as PostgreSQL splits it)",
    body: {
      query: `{ ${aliases(2, () => `contactPoints(first: 20, filter: { search: "${GLUED_SEARCH}" }) { totalCount edges { node { name } } }`)} }`,
    },
  },
  {
    name: "nodes of 100 partners with all their contact points (100 each here)",
    body: {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Partner { name contactPoints { id } } } }`,
      variables: { ids: Array.from({ length: 100 }, (_, i) => partnerId(i)) },
    },
  },
  {
    name: "7 × nearest 100 in a 300 km radius (all of Thuringia)",
    body: {
      query: `{ ${aliases(7, (i) => `contactPoints(first: 100, near: { lat: ${50.9 + i / 100}, lng: 11.0, radiusKm: 300 }) { totalCount edges { node { name distanceKm } } }`)} }`,
    },
  },
  {
    name: "the map layer of every contact point (5,000 markers; a second one would cross the limit)",
    body: {
      query: `{ ${aliases(1, () => "contactPointMap { features { id geometry { coordinates } properties { name kind rural } } }")} }`,
    },
  },
  {
    name: "5 × all 22 district outlines",
    body: { query: `{ ${aliases(5, () => "districts { boundary }")} }` },
  },
  {
    name: "15 × nodes of 100 ids",
    body: {
      query: `query($ids: [ID!]!) { ${aliases(15, () => "nodes(ids: $ids) { id ... on ContactPoint { name city partner { name } } }")} }`,
      variables: { ids: Array.from({ length: 100 }, (_, i) => cpId(i * 97)) },
    },
  },
  {
    name: "15 × place search for one letter, 50 each (fuzzy)",
    body: {
      query: `{ ${aliases(15, () => 'places(search: "a", first: 50) { name postcode district { name } }')} }`,
    },
  },
];
