import fc from "fast-check";
import { type FuzzOperation, fuzzOperation } from "./fuzz-documents.ts";
import {
  anyValue,
  hostileNumber,
  hostileString,
  NumberToken,
  nameLike,
  scrub,
  toJson,
} from "./fuzz-values.ts";

/** One HTTP request as plain data (printable in a fast-check counterexample). */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const contentTypes = [
  "application/json",
  "application/json; charset=utf-8",
  "application/graphql+json",
  "application/graphql",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=xyz",
  "text/plain",
  "application/json, text/plain",
  "application/xml",
  "",
  ";;;",
];

const accepts = [
  "application/json",
  "application/graphql-response+json",
  "application/graphql-response+json; charset=utf-8, application/json; q=0.9",
  "*/*",
  "text/html",
  "text/event-stream",
  "multipart/mixed",
  "image/png",
  "",
  "garbage/;q=x",
];

const acceptLanguages = ["de", "ar-SY,ar;q=0.9", "*", "", "xx", "ar;q=abc", "de-DE-x-private-12345678"];

/** Percent-encoded; lone surrogates have no UTF-8 form (encodeURIComponent throws), so U+FFFD. */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, "\ufffd"));

const text = hostileString.map(encode);
const number = hostileNumber.map((n) => encode(n instanceof NumberToken ? n.text : String(n)));

const enumNames = (names: string[]) => fc.oneof(fc.constantFrom(...names), nameLike).map(encode);

/** The map layer's query parameters, valid-looking and hostile, repeated or comma-separated. */
const mapParam: fc.Arbitrary<string> = fc.oneof(
  text.map((v) => `search=${v}`),
  fc.array(text, { maxLength: 3 }).map((v) => `regionIds=${v.join(",")}`),
  fc.array(text, { maxLength: 3 }).map((v) => `districtKeys=${v.join(",")}`),
  fc.array(text, { maxLength: 3 }).map((v) => `languages=${v.join(",")}`),
  enumNames(["TRAINING_COUNSELLING", "LANGUAGE_COURSES", "MATCHING"]).map((v) => `services=${v}`),
  enumNames(["KAUSA", "JOBCENTER", "CHAMBER_IHK"]).map((v) => `partnerTypes=${v}`),
  enumNames(["REFUGEES", "ADULTS"]).map((v) => `targetGroups=${v}`),
  enumNames(["TRAINING", "GUIDE"]).map((v) => `offerKinds=${v}`),
  fc.constantFrom("true", "false", "", "yes", "%00").map((v) => `rural=${v}`),
  fc.constantFrom("true", "false", "1").map((v) => `accessible=${v}`),
  fc.array(number, { minLength: 1, maxLength: 5 }).map((v) => `bbox=${v.join(",")}`),
  fc.array(number, { minLength: 1, maxLength: 4 }).map((v) => `near=${v.join(",")}`),
  fc.tuple(nameLike, text).map(([k, v]) => `${encode(k)}=${v}`),
  fc.constantFrom("%", "%zz", "=", "&&", "a=%E0%A4%A", "search=%ED%A0%80", "x".repeat(3000)),
);

const queryString = (param: fc.Arbitrary<string>) =>
  fc.array(param, { maxLength: 5 }).map((params) => (params.length ? `?${params.join("&")}` : ""));

const otherPath = fc.oneof(
  fc.constantFrom(
    "/",
    "/health",
    "/ready",
    "/graphql/",
    "/GRAPHQL",
    "/widget/kausa-widget.js",
    "/widget/",
    "/widget/../../package.json",
    "/widget/%2e%2e/%2e%2e/package.json",
    "/widget/assets/%00.js",
    "/widget/..%5c..%5cpackage.json",
    "/demo/",
    "/demo/iframe.html",
    "/demo/../../etc/passwd",
    "/embed",
    "/map/contact-points.geojson/",
    "/favicon.ico",
    "//graphql",
    "/%ff",
  ),
  fc.string({ maxLength: 40, unit: "binary" }).map((s) => `/widget/${encode(scrub(s))}`),
  queryString(fc.tuple(nameLike, text).map(([k, v]) => `${k}=${v}`)).map((q) => `/embed${q}`),
  fc.string({ maxLength: 40 }).map((s) => `/${encode(scrub(s))}`),
);

/** A GraphQL operation sent by GET, by form post, as application/graphql or as JSON. */
function graphqlRequest(
  op: FuzzOperation,
  transport: number,
  contentType: string,
  accept: string,
): FuzzRequest {
  const params = new URLSearchParams({ query: op.query });
  if (op.variables !== undefined) params.set("variables", op.variables);
  if (op.operationName !== undefined) params.set("operationName", op.operationName);
  switch (transport) {
    case 0:
      return { method: "GET", path: `/graphql?${params}`, headers: { accept } };
    case 1:
      return {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/x-www-form-urlencoded", accept },
        body: params.toString(),
      };
    case 2:
      return {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/graphql", accept },
        body: op.query,
      };
    default: {
      const variables = op.variables === undefined ? "" : `,"variables":${op.variables}`;
      const name =
        op.operationName === undefined ? "" : `,"operationName":${JSON.stringify(op.operationName)}`;
      return {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": contentType, accept },
        body: `{"query":${JSON.stringify(op.query)}${variables}${name}}`,
      };
    }
  }
}

/** Bodies that are not what the content type says, or not anything at all. */
const oddBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "[]",
    "[{}]",
    "null",
    "42",
    '"text"',
    '{"query":42}',
    '{"query":null}',
    '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}',
  ),
  fc.constantFrom(
    '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{bad\r\n--xyz--\r\n',
    '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--xyz\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n--xyz--\r\n',
    "--xyz--",
  ),
  anyValue.map(toJson),
  fc.string({ maxLength: 300, unit: "binary" }).map(scrub),
);

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fuzzOperation,
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(...contentTypes),
        fc.constantFrom(...accepts),
      )
      .map(([op, transport, contentType, accept]) => graphqlRequest(op, transport, contentType, accept)),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        method: fc.constantFrom("GET", "GET", "HEAD", "POST", "OPTIONS"),
        query: queryString(mapParam),
        ifNoneMatch: fc.option(fc.constantFrom('"x"', "*", 'W/"abc", "def"', ""), { nil: undefined }),
      })
      .map(
        ({ method, query, ifNoneMatch }): FuzzRequest => ({
          method,
          path: `/map/contact-points.geojson${query}`,
          headers: ifNoneMatch === undefined ? {} : { "if-none-match": ifNoneMatch },
        }),
      ),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        method: fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"),
        path: fc.oneof(otherPath, fc.constant("/graphql")),
        contentType: fc.constantFrom(...contentTypes),
        accept: fc.constantFrom(...accepts),
        acceptLanguage: fc.constantFrom(...acceptLanguages),
        origin: fc.constantFrom("https://example.org", "null", "", "javascript:alert(1)"),
        body: fc.option(oddBody, { nil: undefined }),
      })
      .map(({ method, path, contentType, accept, acceptLanguage, origin, body }) => ({
        method,
        path,
        headers: { "content-type": contentType, accept, "accept-language": acceptLanguage, origin },
        body: method === "GET" || method === "HEAD" ? undefined : body,
      })),
  },
);
