import type { Database } from "@kausa/db";
import type { Locale } from "./locale.ts";

/** Per-request context. The locale comes from Accept-Language unless a field names one. */
export interface Context {
  db: Database;
  locale: Locale;
}
