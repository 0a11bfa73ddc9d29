export * from "./deep-link.ts";
export * from "./filter.ts";
export * from "./map-query.ts";
