import { builder } from "../builder.ts";
import { MAP_LAYER_COST } from "../complexity.ts";
import { contactPointFeatures, type MapFeature, type MapFeatureCollection } from "../map-features.ts";
import { listArguments } from "./connection-page.ts";
import { ContactPointFilter } from "./contact-point.ts";
import { NearInput } from "./geo-inputs.ts";

const PointGeometry = builder.objectRef<MapFeature["geometry"]>("PointGeometry").implement({
  fields: (t) => ({
    type: t.exposeString("type"),
    coordinates: t.exposeFloatList("coordinates", { description: "[longitude, latitude] (GeoJSON order)." }),
  }),
});

const MapFeatureProperties = builder.objectRef<MapFeature["properties"]>("MapFeatureProperties").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.exposeString("kind", { description: "The organisation's PartnerType." }),
    rural: t.exposeBoolean("rural"),
  }),
});

const MapFeatureRef = builder.objectRef<MapFeature>("MapFeature").implement({
  description: "A GeoJSON Feature for one contact point.",
  fields: (t) => ({
    type: t.exposeString("type"),
    id: t.exposeID("id", { description: "The ContactPoint's ID, for node(id)." }),
    geometry: t.field({ type: PointGeometry, resolve: (f) => f.geometry }),
    properties: t.field({ type: MapFeatureProperties, resolve: (f) => f.properties }),
  }),
});

const MapFeatureCollectionRef = builder.objectRef<MapFeatureCollection>("MapFeatureCollection").implement({
  description:
    "GeoJSON FeatureCollection. Also served, cacheable with ETag, at GET /map/contact-points.geojson.",
  fields: (t) => ({
    type: t.exposeString("type"),
    features: t.field({
      type: [MapFeatureRef],
      complexity: { field: 0, multiplier: 1 },
      resolve: (c) => c.features,
    }),
  }),
});

builder.queryField("contactPointMap", (t) =>
  t.field({
    type: MapFeatureCollectionRef,
    description: "All contact points matching the filter (at most 5000) as map markers.",
    // The markers are counted in the field's own cost: their selection is fixed and small.
    complexity: { field: MAP_LAYER_COST, multiplier: 1 },
    args: { filter: t.arg({ type: ContactPointFilter }), near: t.arg({ type: NearInput }) },
    resolve: (_root, args, ctx) => {
      const { filter, near } = listArguments(args);
      return contactPointFeatures(ctx.db, filter, near);
    },
  }),
);
