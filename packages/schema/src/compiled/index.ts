export { type CompiledOperation, compiledOperation } from "./list-operation.ts";
export { PLAIN_RESOLVE } from "./plain-resolve.ts";
