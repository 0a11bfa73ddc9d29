import { classifyDatabaseError } from "@kausa/db";
import type { Logger } from "../logging/logger.ts";

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n").find((line) => line.trim()) ?? "";

/**
 * Yoga's logger, writing to the API's JSON log. Yoga logs the original of every error it masks:
 * a bug deserves its full stack (to the server's log only), but an outage or overload would
 * otherwise write thousands of identical stacks a second; those get one warning line each.
 */
export function yogaLogger(log: Logger) {
  const text = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  return {
    debug: () => {},
    info: (...args: unknown[]) => log.info(text(args)),
    warn: (...args: unknown[]) => log.warn(text(args)),
    error: (...args: unknown[]) => {
      const [error] = args;
      const outage = classifyDatabaseError(error);
      if (outage) log.warn(`[api] database ${outage.kind}: ${firstLine(error).slice(0, 200)}`);
      else if ((error as { name?: unknown } | undefined)?.name === "TimeoutError")
        log.warn("[api] request deadline passed");
      else log.error({ err: error }, "[api] unexpected error");
    },
  };
}
