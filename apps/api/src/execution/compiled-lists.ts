import { type Context, compiledOperation } from "@kausa/schema";
import type { ExecutionArgs } from "graphql";
import type { Plugin } from "graphql-yoga";

export interface CompiledLists extends Plugin {
  /** Operations answered on the compiled path since start (tests, metrics). */
  stats(): { compiled: number };
}

/**
 * The widget's list queries without the GraphQL executor (packages/schema/src/compiled): the
 * executor is replaced per operation by one that answers a compilable list query from its one
 * SQL statement and hands everything else — and any run the compiled path declines — to the
 * executor it wrapped. Registered before the response cache, whose miss path wraps this one in
 * turn (and whose hit path replaces it), so cached answers and their keys are unchanged.
 */
export function compiledLists(): CompiledLists {
  let compiled = 0;
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const operation = compiledOperation(args.schema, args.document, args.operationName);
        if (operation) {
          const result = await operation.run(args.contextValue as Context, args.variableValues);
          if (result) {
            compiled++;
            return result;
          }
        }
        return executeFn(args);
      });
    },
    stats: () => ({ compiled }),
  };
}
