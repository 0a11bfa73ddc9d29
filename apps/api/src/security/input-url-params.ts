import { GraphQLError } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";

const notJson = (name: string) =>
  new GraphQLError(
    `The "${name}" parameter is not valid JSON. Send a URL-encoded JSON object, e.g. ${name}=${encodeURIComponent('{"first":5}')}.`,
    { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
  );

function json(params: URLSearchParams, name: string): unknown {
  const text = params.get(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw notJson(name);
  }
}

/**
 * The GraphQL parameters of a query string or form body, as Yoga reads them. JSON that is not an
 * object (`variables=5`) passes through: Yoga's parameter check refuses it with a 400.
 */
export function paramsFromSearch(params: URLSearchParams): GraphQLParams {
  return {
    operationName: params.get("operationName") || undefined,
    query: params.get("query") || undefined,
    variables: json(params, "variables") as GraphQLParams["variables"],
    extensions: json(params, "extensions") as GraphQLParams["extensions"],
  };
}

// Yoga's own test: the first of possibly several comma-separated types, parameters allowed.
function isForm(request: Request) {
  const type = request.headers.get("content-type")?.split(",")[0];
  return (
    type === "application/x-www-form-urlencoded" || !!type?.startsWith("application/x-www-form-urlencoded;")
  );
}

/**
 * Yoga's GET and form-post parsers call JSON.parse on `variables` and `extensions` unguarded, so
 * `?variables={bad` escapes as a SyntaxError and is answered 500. These parsers replace them
 * (same parameters, same result) and answer 400 naming the parameter. Yoga's body-size limit
 * still wraps them: it is added after all user plugins.
 */
export function urlParamsParser(): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === "GET") {
        setRequestParser((req) => paramsFromSearch(new URL(req.url, "http://localhost").searchParams));
      } else if (request.method === "POST" && isForm(request)) {
        setRequestParser(async (req) => paramsFromSearch(new URLSearchParams(await req.text())));
      }
    },
  };
}
