import { createHash } from "node:crypto";
import {
  classifyDatabaseError,
  type Database,
  OfferKind,
  PartnerType,
  Service,
  TargetGroup,
} from "@kausa/db";
import { contactPointFeatures, type FilterInput, validateFilter, validateNear } from "@kausa/schema";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { excerpt, numberProblem, stringProblem } from "../security/input-values.ts";
import { json } from "./json.ts";

export const MAP_PATH = "/map/contact-points.geojson";

class QueryError extends Error {}

const list = (params: URLSearchParams, name: string) => {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
};

function enumList(params: URLSearchParams, name: string, allowed: Record<string, string>) {
  const values = list(params, name);
  // Own keys only: `in` also accepts "constructor", "__proto__", "toString" … of every object.
  const unknown = values?.filter((v) => !Object.hasOwn(allowed, v));
  if (unknown?.length)
    throw new QueryError(
      `Unknown ${name}: ${unknown
        .slice(0, 5)
        .map((v) => excerpt(v))
        .join(", ")}. Allowed: ${Object.keys(allowed).join(", ")}.`,
    );
  return values;
}

function bool(params: URLSearchParams, name: string) {
  const value = params.get(name);
  if (value === null || value === "") return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new QueryError(`"${name}" must be true or false.`);
}

function numbers(params: URLSearchParams, name: string, count: number, help: string) {
  const value = params.get(name);
  if (!value) return undefined;
  const parts = value.split(",").map(Number);
  if (parts.length !== count || parts.some((n) => !Number.isFinite(n)))
    throw new QueryError(`"${name}" must be ${help}.`);
  const problem = parts.map(numberProblem).find(Boolean);
  if (problem) throw new QueryError(`"${name}" has a value that ${problem}.`);
  return parts as number[];
}

/** The query string mirrors ContactPointFilter: lists are comma-separated or repeated. */
export function filterFromQuery(params: URLSearchParams) {
  // The rules every GraphQL string obeys (no NUL, bounded length), so nothing reaches the database
  // that it would refuse with an error.
  for (const [name, value] of params) {
    const problem = stringProblem(value);
    if (problem) throw new QueryError(`"${excerpt(name)}" ${problem}.`);
  }
  const bbox = numbers(params, "bbox", 4, "west,south,east,north");
  const near = numbers(params, "near", 3, "lat,lng,radiusKm");
  const input: FilterInput = {
    search: params.get("search"),
    regionIds: list(params, "regionIds"),
    districtKeys: list(params, "districtKeys"),
    rural: bool(params, "rural"),
    partnerTypes: enumList(params, "partnerTypes", PartnerType),
    services: enumList(params, "services", Service),
    languages: list(params, "languages"),
    targetGroups: enumList(params, "targetGroups", TargetGroup),
    offerKinds: enumList(params, "offerKinds", OfferKind),
    accessible: bool(params, "accessible"),
    bbox: bbox ? { west: bbox[0]!, south: bbox[1]!, east: bbox[2]!, north: bbox[3]! } : undefined,
  };
  return {
    filter: validateFilter(input),
    near: validateNear(near ? { lat: near[0]!, lng: near[1]!, radiusKm: near[2]! } : undefined),
  };
}

/**
 * GET /map/contact-points.geojson?…: the map layer as a plain, cacheable HTTP resource. The
 * ETag is a hash of the body, so an unchanged result costs the client a 304 and no download.
 */
export function mapGeoJsonRoute(db: Database): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== MAP_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(json(fetchAPI, { error: "Use GET." }, 405, { allow: "GET, HEAD" }));
      }
      let parsed: ReturnType<typeof filterFromQuery>;
      try {
        parsed = filterFromQuery(url.searchParams);
      } catch (error) {
        if (error instanceof QueryError || error instanceof GraphQLError) {
          return endResponse(json(fetchAPI, { error: error.message }, 400));
        }
        throw error;
      }
      let body: string;
      try {
        // Runs in the request's scope (request-deadline.ts): its statements stop when the client
        // leaves or the deadline passes.
        const features = await contactPointFeatures(db, parsed.filter, parsed.near);
        body = JSON.stringify(features);
      } catch (error) {
        const outage = classifyDatabaseError(error);
        if (outage) {
          return endResponse(
            json(fetchAPI, { error: "The database is not available right now. Try again shortly." }, 503, {
              "retry-after": String(outage.retryAfterSeconds),
            }),
          );
        }
        // Not the client's fault: log it, answer a masked 500 (a thrown error would escape Yoga).
        console.error("[api] map layer failed:", error);
        return endResponse(json(fetchAPI, { error: "Internal server error." }, 500));
      }
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      const headers = {
        "content-type": "application/geo+json; charset=utf-8",
        // Short: an edit published through the editing API reaches visitors within seconds; the
        // ETag makes the revalidation a cheap 304 when nothing changed.
        "cache-control": "public, max-age=10, stale-while-revalidate=30",
        etag,
        vary: "Accept-Encoding",
        "access-control-allow-origin": "*",
        "access-control-expose-headers": "ETag",
      };
      const ifNoneMatch = request.headers.get("if-none-match");
      if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
      return endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, { status: 200, headers }),
      );
    },
  };
}
