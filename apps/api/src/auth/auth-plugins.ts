import type { Plugin } from "graphql-yoga";

/** Session cookies, CSRF and origin checks (filled in by the accounts work). */
export function authPlugins(): Plugin[] {
  return [];
}
