import type { Plugin } from "graphql-yoga";
import { json } from "./json.ts";

/** Refuses oversized request bodies before anything reads them (413, not a crash). */
export function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        endResponse(
          json(
            fetchAPI,
            {
              errors: [
                {
                  message: `Request body larger than ${maxBytes} bytes.`,
                  extensions: { code: "REQUEST_ENTITY_TOO_LARGE" },
                },
              ],
            },
            413,
          ),
        );
      }
    },
  };
}
