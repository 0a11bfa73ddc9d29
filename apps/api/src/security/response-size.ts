import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { serialiseOnce } from "../execution/serialise-once.ts";

const tooLarge = (bytes: number, maxBytes: number) =>
  new GraphQLError(
    `The answer would be ${Math.ceil(bytes / 1000)} KB; the limit is ${Math.floor(maxBytes / 1000)} KB. ` +
      "Ask for fewer items per page or fewer fields, and fetch the rest with further requests.",
    { extensions: { code: "RESPONSE_TOO_LARGE", maxBytes, http: { status: 400 } } },
  );

/**
 * The last bound on one request: whatever the cost estimate missed (long texts, large outlines),
 * no answer above `maxBytes` is sent. Measured on the text that is then sent (serialise-once.ts).
 */
export function responseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const bytes = Buffer.byteLength(serialiseOnce(result));
          if (bytes > maxBytes) setResult({ errors: [tooLarge(bytes, maxBytes)] });
        },
      };
    },
  };
}
