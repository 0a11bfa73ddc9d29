import { builder } from "../builder.ts";

export const BBoxInput = builder.inputType("BBoxInput", {
  description: "A WGS84 bounding box (e.g. the visible map area).",
  fields: (t) => ({
    west: t.float({ required: true }),
    south: t.float({ required: true }),
    east: t.float({ required: true }),
    north: t.float({ required: true }),
  }),
});

export const NearInput = builder.inputType("NearInput", {
  description: "Results within `radiusKm` (great-circle) of a point; each result then has `distanceKm`.",
  fields: (t) => ({
    lat: t.float({ required: true }),
    lng: t.float({ required: true }),
    radiusKm: t.float({ required: true, description: "Greater than 0, at most 300." }),
  }),
});
