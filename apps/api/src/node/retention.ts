import type { Database } from "@kausa/db";
import { deleteExpiredPersonalData } from "@kausa/schema";

const EVERY_MS = 6 * 3_600_000;

/**
 * Deletes what must not be kept (closed visitor reports after `closedReportDays`, spent
 * set-password links) at start and every six hours. A failure is logged and tried again later.
 */
export function startRetention(
  db: Database,
  closedReportDays: number,
  log: { info(message: string): void; warn(message: string): void },
): NodeJS.Timeout {
  const run = async () => {
    try {
      const deleted = await deleteExpiredPersonalData(db, { closedReportDays });
      if (deleted.reports || deleted.passwordLinks)
        log.info(`[api] retention: deleted ${JSON.stringify(deleted)}`);
    } catch (error) {
      log.warn(`[api] retention: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void run();
  return setInterval(run, EVERY_MS).unref();
}
