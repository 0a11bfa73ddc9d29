import { type Logger, pino } from "pino";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The API's log: one JSON object per line on stdout (pino), for the platform's log collector.
 * Never personal data: no client addresses, no cookies or tokens, no query variables — request
 * lines carry the request id, route, operation name, status and duration only.
 */
export function createLogger(
  level: LogLevel = "info",
  // Asynchronous writes to stdout: logging never blocks a request. The server flushes before it exits.
  destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false }),
): Logger {
  return pino(
    {
      level,
      base: { service: "kausa-api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Belt and braces: should an object with headers ever be logged, these never are.
      redact: ["headers.cookie", "headers.authorization", "*.headers.cookie", "*.headers.authorization"],
    },
    destination,
  );
}

/** Writes out what is buffered (before the process exits). */
export function flushLog(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
