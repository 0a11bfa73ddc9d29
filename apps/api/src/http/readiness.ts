import { classifyDatabaseError, type Database } from "@kausa/db";
import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";

/**
 * /ready: the API can reach its database (for load balancers and orchestrators).
 * Liveness, /health, is Yoga's built-in check: 200 while the process serves requests.
 */
export function readinessRoute(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      try {
        await db.query("SELECT 1");
        endResponse(json(fetchAPI, { status: "ready", database: db.config.kind }));
      } catch (error) {
        // Busy (the waiting line is full) is not the same as unreachable: say which, for operators.
        const kind = classifyDatabaseError(error);
        const reason = kind?.kind === "busy" ? "database busy" : "database not reachable";
        endResponse(
          json(fetchAPI, { status: "unavailable", reason }, 503, {
            "retry-after": String(kind?.retryAfterSeconds ?? 5),
          }),
        );
      }
    },
  };
}
