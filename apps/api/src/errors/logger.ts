import { classifyDatabaseError } from "@kausa/db";

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n").find((line) => line.trim()) ?? "";

/**
 * Yoga's logger. Yoga logs the original of every error it masks: a bug deserves its full stack
 * (to the server's log only), but an outage or overload would otherwise write thousands of
 * identical stacks a second; those get one warning line each.
 */
export const apiLogger = {
  debug: () => {},
  info: (...args: unknown[]) => console.info("[api]", ...args),
  warn: (...args: unknown[]) => console.warn("[api]", ...args),
  error: (...args: unknown[]) => {
    const [error] = args;
    const outage = classifyDatabaseError(error);
    if (outage) console.warn(`[api] database ${outage.kind}: ${firstLine(error).slice(0, 200)}`);
    else if ((error as { name?: unknown } | undefined)?.name === "TimeoutError")
      console.warn("[api] request deadline passed");
    else console.error("[api] unexpected error:", ...args);
  },
};
