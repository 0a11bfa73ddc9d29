import type { Plugin } from "graphql-yoga";

/**
 * Guards on raw client input that run before parsing and execution (filled in by the
 * hardening work: strings, numbers, nesting, malformed GET parameters).
 */
export function inputGuards(): Plugin[] {
  return [];
}
