// Where the built admin app lives, for the API server that serves it at /admin. ADMIN_DIST_DIR
// moves it (parallel builds, a deployment that ships the build elsewhere); vite.config.ts reads it too.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const adminDistDir = process.env.ADMIN_DIST_DIR
  ? path.resolve(process.env.ADMIN_DIST_DIR)
  : fileURLToPath(new URL("./dist/", import.meta.url));
