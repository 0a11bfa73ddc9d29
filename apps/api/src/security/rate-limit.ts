import type { Plugin } from "graphql-yoga";
import { isCalendarPath } from "../http/calendar/calendar-routes.ts";
import { MAP_PATH } from "../http/map-geojson.ts";
import { PLACES_PATH } from "../http/map-places.ts";
import { clientAddress, clientBucket, socketAddress } from "./client-ip.ts";
import { requestCost } from "./query-cost.ts";
import {
  type Budget,
  type RateLimitConfig,
  type RateLimitSettings,
  resolveRateLimitSettings,
} from "./rate-limit-config.ts";
import { rootFieldNames } from "./rate-limit-operation.ts";
import {
  exposeRateLimitHeaders,
  rateLimitedError,
  rateLimitedResponse,
  retryAfterSeconds,
  setRateLimitHeaders,
} from "./rate-limit-response.ts";
import { type Budgets, createBudgets, type Outcome } from "./rate-limit-store.ts";

export {
  RATE_LIMIT_DEFAULTS,
  type RateLimitConfig,
  type RateLimitLogger,
  rateLimitConfigFromEnv,
} from "./rate-limit-config.ts";

/** What the budgets said about one request, from onRequest to onResponse. */
interface Ledger {
  client: string;
  route: "graphql" | "map";
  /** The cost counted for this request (the operation's, or the map layer's fixed cost). */
  cost?: number;
  costOutcome?: Outcome;
  refusedBy?: { budget: Budget; resetMs: number };
}

/**
 * Keyed by Yoga's server context: one object per request, the same in onRequest and onResponse,
 * and (without batching) the GraphQL context itself — unlike the Request, which plugins may replace.
 */
type Ledgers = WeakMap<object, Ledger>;

/**
 * Per-client budgets on /graphql and the map layer (docs/rate-limits.md): requests, counted before
 * anything is parsed; the cost of each operation, once it is known and before resolvers run; and
 * few expensive operations. Over budget: 429 with Retry-After. Static files, /health and /ready
 * are never limited.
 */
export function rateLimitPlugins(config: RateLimitConfig): Plugin[] {
  if (!config.enabled) return [];
  const settings = resolveRateLimitSettings(config);
  const budgets = createBudgets(settings);
  const ledgers: Ledgers = new WeakMap();
  return [
    requestBudget(settings, budgets, ledgers),
    costBudget(settings, budgets, ledgers),
    rateLimitHeaders(settings, ledgers),
    // Closes the Redis connection on `yoga.dispose()`.
    { onDispose: () => budgets.close() },
  ];
}

function requestBudget(settings: RateLimitSettings, budgets: Budgets, ledgers: Ledgers): Plugin {
  let graphqlPath = "/graphql";
  return {
    onYogaInit({ yoga }) {
      graphqlPath = yoga.graphqlEndpoint;
    },
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      // The calendar and contact files cost like the map layer: one fixed query each. The place
      // labels are one file built once per process: they count as a request, without a cost.
      const route =
        url.pathname === graphqlPath
          ? "graphql"
          : url.pathname === MAP_PATH || url.pathname === PLACES_PATH || isCalendarPath(url.pathname)
            ? "map"
            : undefined;
      const fixedCost = url.pathname === PLACES_PATH ? 0 : settings.mapCost;
      if (!route || (route === "graphql" && isGraphiQLPage(request, url))) return;
      const forwardedFor = request.headers.get("x-forwarded-for");
      const address = clientAddress(socketAddress(serverContext), forwardedFor, settings.trustedProxies);
      const ledger: Ledger = { client: clientBucket(address), route };
      ledgers.set(serverContext, ledger);

      const refuse = (budget: Budget, outcome: Outcome) => {
        ledger.refusedBy = { budget, resetMs: outcome.resetMs };
        endResponse(rateLimitedResponse(fetchAPI, route, retryAfterSeconds(outcome.resetMs)));
      };
      const requests = await budgets.consume("requests", ledger.client, 1);
      if (requests && !requests.allowed) return refuse(settings.requests, requests);
      if (route === "map" && fixedCost > 0) {
        // The map layer is one fixed query: its cost is known before it runs.
        ledger.cost = fixedCost;
        ledger.costOutcome = await budgets.consume("cost", ledger.client, fixedCost);
        if (ledger.costOutcome && !ledger.costOutcome.allowed)
          return refuse(settings.cost, ledger.costOutcome);
      }
    },
  };
}

/**
 * A browser opening GraphiQL (GET, Accept: text/html, no query): a static page, not an operation,
 * whichever plugin serves it (graphiql-page.ts may come after this one).
 */
function isGraphiQLPage(request: Request, url: URL): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    (request.headers.get("accept") ?? "").includes("text/html") &&
    !url.searchParams.has("query")
  );
}

function costBudget(settings: RateLimitSettings, budgets: Budgets, ledgers: Ledgers): Plugin {
  return {
    // Runs after queryCost() (earlier in the plugin list), so the operation's cost is known.
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as object;
      const ledger = ledgers.get(context);
      if (!ledger) return;
      const computed = requestCost(context);
      // GitHub-style: every operation costs at least one point, in whole points.
      const cost = computed !== undefined && Number.isFinite(computed) ? Math.max(1, Math.ceil(computed)) : 1;
      ledger.cost = cost;

      const refuse = (budget: Budget, outcome: Outcome) => {
        ledger.refusedBy = { budget, resetMs: outcome.resetMs };
        setResultAndStopExecution({ errors: [rateLimitedError(retryAfterSeconds(outcome.resetMs))] });
      };
      // The strict budget first: a refused login or report must not also use up cost points.
      const fields = rootFieldNames(args.document, args.operationName);
      const expensive =
        cost > settings.expensive.costThreshold || [...fields].some((f) => settings.expensive.fields.has(f));
      if (expensive) {
        const strict = await budgets.consume("expensive", ledger.client, 1);
        if (strict && !strict.allowed) return refuse(settings.expensive, strict);
      }
      ledger.costOutcome = await budgets.consume("cost", ledger.client, cost);
      if (ledger.costOutcome && !ledger.costOutcome.allowed) return refuse(settings.cost, ledger.costOutcome);
    },
  };
}

/**
 * `RateLimit-*` for the cost budget (or, on a 429, for the budget that refused), the request's
 * cost in `X-Query-Cost`, and all of them readable by browsers on other origins.
 */
function rateLimitHeaders(settings: RateLimitSettings, ledgers: Ledgers): Plugin {
  return {
    onResponse({ serverContext, response }) {
      const ledger = ledgers.get(serverContext);
      if (!ledger) return;
      const headers = response.headers;
      try {
        if (ledger.refusedBy) {
          setRateLimitHeaders(headers, ledger.refusedBy.budget, 0, ledger.refusedBy.resetMs);
          headers.set("Retry-After", String(retryAfterSeconds(ledger.refusedBy.resetMs)));
        } else if (ledger.costOutcome) {
          const { remaining, resetMs } = ledger.costOutcome;
          setRateLimitHeaders(headers, settings.cost, remaining, resetMs);
        }
        if (ledger.cost !== undefined) headers.set("X-Query-Cost", String(ledger.cost));
        exposeRateLimitHeaders(headers);
      } catch {
        // A response with immutable headers: it goes out without them rather than as an error.
      }
    },
  };
}
