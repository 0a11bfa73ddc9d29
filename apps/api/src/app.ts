import type { Database } from "@kausa/db";
import { type AdminLinks, type Context, type DataEvents, type Mailer, schema } from "@kausa/schema";
import { createYoga } from "graphql-yoga";
import { authPlugins } from "./auth/auth-plugins.ts";
import { type AuthConfig, createAuth } from "./auth/auth-runtime.ts";
import { isStaffRequest, requestContext } from "./auth/request-context.ts";
import { hotAnswers } from "./cache/hot-answers.ts";
import { type ResponseCacheOptions, responseCache } from "./cache/response-cache.ts";
import { yogaLogger } from "./errors/logger.ts";
import { maskError } from "./errors/mask-error.ts";
import { type CompiledLists, compiledLists } from "./execution/compiled-lists.ts";
import { adminApp } from "./http/admin-app.ts";
import { bodyLimit } from "./http/body-limit.ts";
import { calendarRoutes } from "./http/calendar/calendar-routes.ts";
import { canonicalGraphQLEndpoint } from "./http/canonical-endpoint.ts";
import { compressResponses } from "./http/compression.ts";
import { demoAndEmbedRoutes } from "./http/demo-and-embed.ts";
import { graphiqlPage } from "./http/graphiql-page.ts";
import { invalidRequestStatus } from "./http/invalid-request-status.ts";
import { mapGeoJsonRoute } from "./http/map-geojson.ts";
import { mapPlacesRoute } from "./http/map-places.ts";
import { metricsRoute } from "./http/metrics.ts";
import { openDataExport } from "./http/open-data-export.ts";
import { readinessRoute } from "./http/readiness.ts";
import { requestId } from "./http/request-id.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { publicGetCaching, trustedDocuments } from "./http/trusted-documents.ts";
import { widgetAssets } from "./http/widget-assets.ts";
import { createLogger, type Logger } from "./logging/logger.ts";
import { requestLog } from "./logging/request-log.ts";
import { inputGuards } from "./security/input-guard.ts";
import { armor, LIMITS } from "./security/limits.ts";
import { operationTypes } from "./security/operation-types.ts";
import { queryCost } from "./security/query-cost.ts";
import { type RateLimitConfig, rateLimitPlugins } from "./security/rate-limit.ts";
import { requestDeadline } from "./security/request-deadline.ts";
import { responseSizeLimit } from "./security/response-size.ts";
import { introspectionPolicy } from "./security/schema-visibility.ts";

export interface AppOptions {
  db: Database;
  /** GraphiQL on GET /graphql for browsers (served from this origin, no CDN). */
  graphiql?: boolean;
  /** Schema introspection (GraphiQL and code generators need it). */
  introspection?: boolean;
  /** "Did you mean …?" hints in validation errors. */
  fieldSuggestions?: boolean;
  /** Per-client budgets; `false` turns them off (most tests). Default: in memory, defaults. */
  rateLimit?: RateLimitConfig | false;
  /** Deadline of one GraphQL operation; past it the work stops and the client gets a 503. */
  requestTimeoutMs?: number;
  /** Told about every change so caches can drop what they hold (default: nobody listens). */
  events?: DataEvents;
  /** Sends invitation e-mails; null when SMTP_URL is not set. */
  mailer?: Mailer | null;
  /** The admin app's public origin (links in invitations; the only origin session cookies count from). */
  adminOrigin?: string;
  /** Sessions (database, or Redis with a URL), login throttling (docs/accounts.md). */
  auth?: AuthConfig;
  /** Bearer token for Prometheus metrics on /metrics; unset or null: no metrics, /metrics is a 404. */
  metricsToken?: string | null;
  /** Cache for anonymous queries (server.ts: in memory, or Redis with REDIS_URL); default none. */
  responseCache?: ResponseCacheOptions | false;
  /** The JSON log (pino). Default: warnings and errors only, no request lines (tests). */
  logger?: Logger;
  /** One log line per request (server.ts turns it on; LOG_REQUESTS). */
  logRequests?: boolean;
  /** List queries answered without the executor (compiled-lists.ts); `false` only to compare. */
  compiledLists?: CompiledLists | false;
}

const EXAMPLE_QUERY = `# Contact points within 25 km of Nordhausen, nearest first
query NearNordhausen {
  contactPoints(first: 5, near: { lat: 51.505, lng: 10.791, radiusKm: 25 }) {
    totalCount
    edges {
      node { name city distanceKm languages services partner { name type } district { name rural } }
    }
  }
}
`;

/**
 * The whole HTTP API as a fetch handler: GraphQL on /graphql plus /health, /ready, the GeoJSON
 * map layer, the embeddable widget (/widget/*), its iframe variant (/embed) and the demo (/).
 * server.ts puts it on a port; tests call `yoga.fetch(...)` directly. Plugin order matters:
 * cheap refusals (size, input, cost, budgets) come before any route or resolver does work.
 */
export function createApp({
  db,
  graphiql = true,
  introspection = true,
  fieldSuggestions = true,
  rateLimit = { enabled: true },
  requestTimeoutMs = 10_000,
  events = { changed: () => {} },
  mailer = null,
  adminOrigin = "http://localhost:4000",
  auth: authConfig,
  metricsToken = null,
  responseCache: cacheOptions = false,
  logger = createLogger("warn"),
  logRequests = false,
  compiledLists: compiled = compiledLists(),
}: AppOptions) {
  const auth = createAuth({ db, adminOrigin, config: authConfig });
  // In front of the response cache: the bytes of the hottest anonymous GETs, for a second.
  const hot = cacheOptions ? hotAnswers({ generation: cacheOptions.store.generation }) : null;
  const cacheStats = cacheOptions
    ? () => {
        const { hits, misses } = cacheOptions.store.stats();
        return { hits: hits + hot!.stats().hits, misses };
      }
    : undefined;
  const links: AdminLinks = {
    setPassword: (token) => `${adminOrigin}/admin/set-password#token=${encodeURIComponent(token)}`,
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // Our own page (graphiql-page.ts) replaces Yoga's, which loads GraphiQL from a CDN.
    graphiql: false,
    // bodyLimit (below) counts every body itself: 100 KB, more only for staff uploading an import.
    maxRequestBodySize: false,
    context: requestContext({ db, events, mailer, links, auth }),
    // Public, read-only data: any origin may read it, but never with the visitor's cookies.
    cors: {
      origin: "*",
      credentials: false,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "accept", "accept-language"],
      maxAge: 86_400,
    },
    batching: false,
    maskedErrors: { maskError },
    logging: yogaLogger(logger),
    plugins: [
      // An import file of 10,000 rows takes ~20 s to apply on PGlite: uploads get two minutes.
      requestDeadline(requestTimeoutMs, { uploads: Math.max(requestTimeoutMs, 120_000) }),
      requestId({ trustProxy: auth.config.trustedProxies > 0 }),
      ...(logRequests ? [requestLog(logger)] : []),
      // Early: times every request, also those refused by the limits below.
      metricsRoute(db, metricsToken, cacheStats, compiled ? () => compiled.stats().compiled : undefined),
      securityHeaders(),
      canonicalGraphQLEndpoint("/graphql"),
      bodyLimit({
        maxBytes: LIMITS.maxBodyBytes,
        maxUploadBytes: LIMITS.maxUploadBytes,
        mayUpload: (request) => isStaffRequest(db, auth, request),
      }),
      ...authPlugins(auth),
      ...(graphiql
        ? [graphiqlPage("/graphql", { title: "KAUSA Thüringen – GraphQL API", defaultQuery: EXAMPLE_QUERY })]
        : []),
      ...inputGuards(),
      queryCost(),
      ...(rateLimit ? rateLimitPlugins(rateLimit) : []),
      // Before the response cache: a persisted query's text is what the cache key is made of.
      trustedDocuments(),
      publicGetCaching(),
      // Before the response cache: its miss path runs the compiled path with its own document.
      ...(compiled ? [compiled] : []),
      // After the budgets (a cached answer still counts), before any resolver work.
      ...(cacheOptions && hot ? [responseCache(cacheOptions), hot] : []),
      readinessRoute(db),
      mapGeoJsonRoute(db),
      mapPlacesRoute(db),
      openDataExport(db),
      calendarRoutes(db),
      widgetAssets(),
      adminApp(),
      demoAndEmbedRoutes(),
      armor({ fieldSuggestions }),
      introspectionPolicy(introspection),
      operationTypes(),
      responseSizeLimit(LIMITS.maxResponseBytes),
      invalidRequestStatus(),
      // Last: compresses what every other plugin produced.
      compressResponses(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
