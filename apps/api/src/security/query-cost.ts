import { operationCost } from "@kausa/schema";
import { type DocumentNode, GraphQLError, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LIMITS } from "./limits.ts";

const costs = new WeakMap<object, number>();

/**
 * Introspection answers are the whole schema (~80 KB each); the cost plugin does not look into
 * `__` fields, so each `__schema` / `__type` selection is priced here.
 */
export const INTROSPECTION_COST = 1000;

// Per parsed document (Yoga keeps one per query text): a walk of the whole document per request
// cost a compiled list query a few per cent of its time.
const introspectionCosts = new WeakMap<DocumentNode, number>();

function introspectionCost(document: DocumentNode): number {
  let cost = introspectionCosts.get(document);
  if (cost === undefined) {
    let fields = 0;
    visit(document, {
      Field(node) {
        if (node.name.value === "__schema" || node.name.value === "__type") fields++;
      },
    });
    cost = fields * INTROSPECTION_COST;
    introspectionCosts.set(document, cost);
  }
  return cost;
}

/** The cost of the operation this request executes, once the cost plugin has computed it. */
export function requestCost(context: object): number | undefined {
  return costs.get(context);
}

const tooCostly = (cost: number, maxCost: number) =>
  new GraphQLError(
    `This query would cost ${cost} points; the limit is ${maxCost}. Ask for fewer items per page ` +
      "(first), fewer ids, fewer aliases or less nesting, and fetch the rest with further requests.",
    { extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost, http: { status: 400 } } },
  );

/** Arguments refused while costing (too many ids, a malformed variable) are the client's mistake. */
function asClientError(error: unknown): GraphQLError {
  if (!(error instanceof GraphQLError)) throw error;
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
  });
}

/**
 * Computes each operation's cost with its variables (page sizes and list lengths multiply what
 * is selected below them, aliases each count) and refuses operations over the limit with a 400
 * before any resolver runs. The rate limiter charges the same cost to the client's budget.
 */
export function queryCost(maxCost: number = LIMITS.maxCost): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost =
          operationCost(
            args.schema,
            args.document,
            args.operationName,
            args.variableValues,
            args.contextValue,
          ) + introspectionCost(args.document);
      } catch (error) {
        setResultAndStopExecution({ errors: [asClientError(error)] });
        return;
      }
      costs.set(args.contextValue, cost);
      if (cost > maxCost) setResultAndStopExecution({ errors: [tooCostly(cost, maxCost)] });
    },
  };
}
