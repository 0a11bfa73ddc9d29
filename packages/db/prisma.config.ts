// Prisma CLI configuration (`prisma generate`, `migrate diff`, `migrate status`). It uses the
// JS schema engine through a driver adapter: the classic engine binaries cannot be downloaded
// everywhere, and the app needs none. The server applies migrations in-process (src/migrations).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { openPglite, pgliteAdapter } from "./src/adapters/pglite.ts";
import { openPostgresPool, postgresAdapter } from "./src/adapters/postgres.ts";
import { databaseConfigFromEnv } from "./src/config.ts";

// The schema's datasource must name a URL even though the adapter below is what connects.
process.env.PRISMA_PLACEHOLDER_URL ??= "postgresql://driver-adapter@localhost/see-prisma-config";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  async adapter() {
    const config = databaseConfigFromEnv();
    if (config.kind === "postgres") return postgresAdapter(openPostgresPool(config.url, 2));
    return pgliteAdapter(await openPglite(config.dataDir));
  },
});
