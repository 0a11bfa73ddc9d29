/**
 * Requests built to be as expensive as the documented limits allow (cost 10,000, 15 aliases,
 * page size 100, 100 ids per nodes call): for each kind of work, as many aliases as the cost
 * limit lets through. For bench/worst-case.ts, which checks that each is accepted (a refused
 * one would measure nothing) and prints its cost.
 */
const aliases = (count: number, field: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join("\n");

const cpId = (i: number) => Buffer.from(`ContactPoint:bench-cp-${i}`).toString("base64");

/** 200 characters of words that each match something: no index narrows the search. */
const LONG_SEARCH = Array.from({ length: 25 }, () => "Beratung")
  .join(" ")
  .slice(0, 200);

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
    name: "2 × full-text search of 200 characters (25 words) over all contact points",
    body: {
      query: `{ ${aliases(2, () => `contactPoints(first: 20, filter: { search: "${LONG_SEARCH}" }) { totalCount edges { node { name } } }`)} }`,
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
