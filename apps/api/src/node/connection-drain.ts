import type { Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * Keep-alive bookkeeping for a graceful shutdown. Once draining, every response that has not
 * started yet says `Connection: close` (Node then closes the socket after it), and a socket whose
 * response had already started is closed as soon as that response is done, so no connection
 * takes a further request.
 */
export class ConnectionDrain {
  #draining = false;
  readonly #inFlight = new Set<ServerResponse>();
  readonly #sockets = new Set<Socket>();

  constructor(private readonly server: Server) {
    server.on("connection", (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once("close", () => this.#sockets.delete(socket));
    });
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Requests the app is working on (or sending the response of). */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Called for every request before it is handled. */
  track(res: ServerResponse): void {
    if (this.#draining) res.setHeader("connection", "close");
    this.#inFlight.add(res);
    res.once("close", () => this.#inFlight.delete(res));
    res.once("finish", () => {
      // Node's own finish handler has run by now; on the next turn the socket is idle (or gone).
      if (this.#draining) setImmediate(() => this.server.closeIdleConnections());
    });
  }

  /** /ready turns 503 and responses not yet started will close their connection. */
  start(): void {
    if (this.#draining) return;
    this.#draining = true;
    for (const res of this.#inFlight) {
      if (!res.headersSent) res.setHeader("connection", "close");
    }
  }

  /** Connections that have not sent a single byte so far. */
  silentConnections(): Socket[] {
    return [...this.#sockets].filter((socket) => socket.bytesRead === 0 && !socket.destroyed);
  }
}
