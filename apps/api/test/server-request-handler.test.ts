import { createServer, request } from "node:http";
import { createSchema, createYoga, type Plugin } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ListeningServer, listenInProcess } from "./support/server-in-process.ts";

// The Node layer's last line of defence: whatever Yoga or one of its plugins throws, the client
// gets a plain 500 without internals, and the error is logged. Without the layer, Yoga's own
// Node listener answers with the stack trace (checked below, so this test can fail).

const SECRET = "secret-internals /srv/kausa/apps/api/src/x.ts";

const faultyPlugin: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === "/throws") throw new Error(SECRET);
    if (url.pathname === "/rejects") return Promise.reject(new Error(SECRET));
    if (url.pathname === "/breaks-mid-body") {
      let sent = false;
      const body = new fetchAPI.ReadableStream({
        pull(controller) {
          if (sent) return controller.error(new Error(SECRET));
          sent = true;
          controller.enqueue(new TextEncoder().encode("first part;"));
        },
      });
      endResponse(new fetchAPI.Response(body, { status: 200, headers: { "content-type": "text/plain" } }));
    }
    if (url.pathname === "/breaks-before-body") {
      const body = new fetchAPI.ReadableStream({
        pull(controller) {
          controller.error(new Error(SECRET));
        },
      });
      const headers = { "content-type": "text/plain", "set-cookie": "session=1", etag: '"v1"' };
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    }
    if (url.pathname === "/cookies") {
      const headers = new fetchAPI.Headers({ "content-type": "text/plain" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      endResponse(new fetchAPI.Response("two cookies", { status: 201, headers }));
    }
    return undefined;
  },
};

const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { ok: Boolean }", resolvers: { Query: { ok: () => true } } }),
  plugins: [faultyPlugin],
  logging: false,
});

let server: ListeningServer;
beforeAll(async () => {
  server = await listenInProcess(yoga, {});
});
afterAll(() => server?.close());

interface Received {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  error?: string;
}

/** A GET that reports a response cut off in the middle instead of throwing. */
function get(url: string): Promise<Received> {
  return new Promise((resolve) => {
    const req = request(url, { headers: { connection: "close" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", (e: NodeJS.ErrnoException) =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, error: e.code ?? e.message }),
      );
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      resolve({ status: 0, headers: {}, body: "", error: e.code }),
    );
    req.end();
  });
}

describe("errors below GraphQL", () => {
  it("without the Node layer, Yoga's listener answers a failing plugin with the stack trace", async () => {
    const bare = createServer(yoga);
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = bare.address() as { port: number };
      const response = await get(`http://127.0.0.1:${port}/throws`);
      expect(response.status).toBe(500);
      expect(response.body).toContain(SECRET);
    } finally {
      bare.close();
    }
  });

  it.each(["/throws", "/rejects"])("answers %s with a plain 500 and logs the error", async (path) => {
    const before = server.logged.length;
    const response = await get(`${server.url}${path}`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({
      errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
    expect(response.body).not.toContain("secret");
    const logged = server.logged.slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`GET ${path}`);
    expect(logged[0]).toContain(SECRET);
  });

  it("answers a plain 500, without the failed response's headers, when its body fails before the first byte", async () => {
    const response = await get(`${server.url}/breaks-before-body`);
    expect(response.status).toBe(500);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
    expect(response.body).not.toContain("secret");
  });

  it("cuts a response whose body fails after it started, rather than completing it", async () => {
    const before = server.logged.length;
    const response = await get(`${server.url}/breaks-mid-body`);
    expect(response.status).toBe(200);
    expect(response.error).toBeDefined();
    expect(response.body).not.toContain("secret");
    expect(server.logged.slice(before).join("\n")).toContain(SECRET);
  });

  it("passes responses through unchanged: status, repeated Set-Cookie, body", async () => {
    const response = await get(`${server.url}/cookies`);
    expect(response.status).toBe(201);
    expect(response.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(response.body).toBe("two cookies");
    const graphql = await get(`${server.url}/graphql?query=%7Bok%7D`);
    expect(graphql.status).toBe(200);
    expect(JSON.parse(graphql.body)).toEqual({ data: { ok: true } });
    // The server is still fine after all of the above.
    expect(server.logged.filter((line) => line.includes("/graphql"))).toEqual([]);
  });
});
