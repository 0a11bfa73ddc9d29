import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** A pool for the application's own raw SQL and the Prisma adapter on top of it. */
export function openPostgresPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: url, max, application_name: "kausa-api" });
}

export function postgresAdapter(pool: pg.Pool): PrismaPg {
  return new PrismaPg(pool);
}
