import { kausaProject } from "../../vitest.shared.ts";

// Seeding an embedded database takes a few seconds on a small machine.
export default kausaProject("api", { hookTimeout: 60_000, testTimeout: 30_000 });
