import { connect, type Socket } from "node:net";

/** A response as read off a raw socket: whatever the server sent until it closed. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  raw: string;
}

export function parseRawResponse(raw: string): RawResponse {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const [statusLine = "", ...headerLines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = rest.join("\r\n\r\n");
  return {
    status: Number(statusLine.split(" ")[1] ?? 0),
    headers,
    body: headers["transfer-encoding"] === "chunked" ? unchunk(body) : body,
    raw,
  };
}

/** Decodes a chunked body (as far as it arrived). */
function unchunk(body: string): string {
  let decoded = "";
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (lineEnd < 0 || !(size > 0)) return decoded;
    decoded += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/** A TCP connection to `url`'s host and port, for requests no HTTP client would send. */
export function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.off("error", reject);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/** Everything the server sends until it closes the connection, with when it closed. */
export function readUntilClosed(socket: Socket): Promise<{ raw: string; closedAt: number; error?: string }> {
  return new Promise((resolve) => {
    let raw = "";
    let error: string | undefined;
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      raw += chunk;
    });
    socket.on("error", (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.once("close", () => resolve({ raw, closedAt: Date.now(), error }));
  });
}

/** Sends `text` on a new connection and returns the server's answer (it must close the connection). */
export async function rawRequest(url: string, text: string): Promise<RawResponse> {
  const socket = await openSocket(url);
  const closed = readUntilClosed(socket);
  socket.write(text);
  return parseRawResponse((await closed).raw);
}
