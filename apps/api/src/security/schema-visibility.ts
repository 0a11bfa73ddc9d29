import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Introspection stays on by default: this is a public, documented API and tools like GraphiQL
 * and code generators need it. Operators who want to publish less can switch it off.
 */
export function introspectionPolicy(enabled: boolean): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
