import { type Database, OfferKind, PartnerType, Service, TargetGroup } from "@kausa/db";
import { FilterQueryError, parseMapQuery } from "@kausa/filters";
import { contactPointFeatures, type FilterInput, validateFilter, validateNear } from "@kausa/schema";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { excerpt, numberProblem, stringProblem } from "../security/input-values.ts";
import { json } from "./json.ts";
import { freshBody, publicFileResponse } from "./public-file.ts";
import { routeFailure } from "./route-failure.ts";

export const MAP_PATH = "/map/contact-points.geojson";

/** The query string is the shared filter codec's map encoding (@kausa/filters), with the schema's enums. */
export function filterFromQuery(params: URLSearchParams) {
  // The rules every GraphQL string obeys (no NUL, bounded length), so nothing reaches the database
  // that it would refuse with an error.
  for (const [name, value] of params) {
    const problem = stringProblem(value);
    if (problem) throw new FilterQueryError(`"${excerpt(name)}" ${problem}.`);
  }
  const { filter, near } = parseMapQuery(params, {
    enums: { partnerTypes: PartnerType, services: Service, targetGroups: TargetGroup, offerKinds: OfferKind },
    numberProblem,
    excerpt: (text) => excerpt(text),
  });
  return {
    filter: validateFilter(filter as FilterInput),
    near: validateNear(near),
  };
}

/**
 * GET /map/contact-points.geojson?…: the map layer as a plain, cacheable HTTP resource. The
 * ETag is a hash of the body, so an unchanged result costs the client a 304 and no download.
 */
export function mapGeoJsonRoute(db: Database): Plugin {
  let logger: { error(...args: unknown[]): void } = console;
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== MAP_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(json(fetchAPI, { error: "Use GET." }, 405, { allow: "GET, HEAD" }));
      }
      let parsed: ReturnType<typeof filterFromQuery>;
      try {
        parsed = filterFromQuery(url.searchParams);
      } catch (error) {
        if (error instanceof FilterQueryError || error instanceof GraphQLError) {
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
        return endResponse(routeFailure(fetchAPI, error, "map layer", logger));
      }
      return endResponse(
        await publicFileResponse(fetchAPI, request, freshBody(body), {
          contentType: "application/geo+json; charset=utf-8",
          // Short: an edit published through the editing API reaches visitors within seconds; the
          // ETag makes the revalidation a cheap 304 when nothing changed.
          cacheControl: "public, max-age=10, stale-while-revalidate=30",
        }),
      );
    },
  };
}
