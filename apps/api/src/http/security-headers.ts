import type { Plugin } from "graphql-yoga";
import { pageCsp } from "./csp.ts";

/**
 * Headers every response gets: no MIME sniffing, no full URLs in Referer headers to other
 * sites, no library names, and a Content-Security-Policy on every HTML page that does not bring its own (the
 * routes that need another policy — /embed, GraphiQL, the strict-CSP demo — set theirs).
 */
export function securityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      const headers = response.headers;
      headers.set("x-content-type-options", "nosniff");
      headers.set("referrer-policy", "strict-origin-when-cross-origin");
      // Yoga's health check names the library; nothing should tell attackers what runs here.
      headers.delete("x-yoga-id");
      if (headers.get("content-type")?.startsWith("text/html") && !headers.has("content-security-policy")) {
        headers.set("content-security-policy", pageCsp());
        headers.set("x-frame-options", "DENY");
      }
    },
  };
}
