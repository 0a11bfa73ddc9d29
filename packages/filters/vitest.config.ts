import { kausaProject } from "../../vitest.shared.ts";

export default kausaProject("filters");
