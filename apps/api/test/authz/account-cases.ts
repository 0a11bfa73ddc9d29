import type { AuthzCase } from "./authz-case.ts";
export const accountCases: AuthzCase[] = [];
