// Where the built widget lives, for the API server that serves it.
import { fileURLToPath } from "node:url";

export const widgetDistDir = fileURLToPath(new URL("./dist/", import.meta.url));
