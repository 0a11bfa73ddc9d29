import type { Database } from "@kausa/db";
import type { AdminLinks, DataEvents, Mailer, RequestAuth } from "./auth/request-auth.ts";
import type { Viewer } from "./auth/viewer.ts";
import type { Locale } from "./locale.ts";

/** Per-request context. The locale comes from Accept-Language unless a field names one. */
export interface Context {
  db: Database;
  locale: Locale;
  /** Null for anonymous visitors: everything public works without an account. */
  viewer: Viewer | null;
  /** Sessions and login throttling, provided by the HTTP layer. */
  auth: RequestAuth;
  /** Cache invalidation after a change. */
  events: DataEvents;
  /** Null when SMTP_URL is not set: invitation links are then only shown to the admin. */
  mailer: Mailer | null;
  links: AdminLinks;
}
