import type { Server } from "node:http";
import type { HttpServer } from "./http-server.ts";

export interface ShutdownLog {
  warn(message: string): void;
}

/**
 * Stops the HTTP server without dropping a request that reached it:
 * 1. draining starts: /ready answers 503, responses not yet sent say `Connection: close`;
 * 2. the event loop takes in what clients sent before the signal (see below), then the
 *    listening socket closes: later connections are refused;
 * 3. idle keep-alive connections, and connections that have sent nothing, are closed at once;
 * 4. in-flight requests finish, each connection closing after its response;
 * 5. after `timeoutMs` (or when `forceNow` settles: a second signal) the rest are cut.
 * Resolves once every connection is closed; `forced` says whether requests the app was still
 * working on were cut (connections that never completed a request, e.g. half-sent headers, are
 * closed without counting: nothing of theirs was being served).
 *
 * Why step 2: the signal arrives in the middle of a turn of the event loop (libuv delivers it
 * after that turn's other I/O). Connections the kernel completed before the signal may still wait
 * in the listen backlog (libuv accepts one per turn), and a request's bytes may sit unread in a
 * socket accepted this turn, more so while the embedded database keeps the loop busy. Closing the
 * listener or "idle" sockets right away would reset requests the client had sent before the
 * signal. So the loop keeps turning while it still accepts connections (at most a second, or a
 * quarter of the timeout); each accepted connection then gets a turn to be read.
 */
export async function closeGracefully(
  { server, drain }: HttpServer,
  timeoutMs: number,
  forceNow: Promise<void>,
  log: ShutdownLog,
): Promise<{ forced: boolean }> {
  drain.start();
  await nextTurn(); // the rest of the turn that delivered the signal
  const silent = drain.silentConnections();
  await acceptWaiting(server, Math.min(1_000, timeoutMs / 4));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Still nothing after a whole turn (a browser's speculative connection): close it rather than
  // wait for its header timeout. Connections accepted meanwhile keep their chance.
  for (const socket of silent) {
    if (socket.bytesRead === 0) socket.destroy();
  }

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const outcome = await Promise.race([
    closed.then(() => "closed" as const),
    timedOut,
    forceNow.then(() => "force" as const),
  ]);
  clearTimeout(timer);
  if (outcome === "closed") return { forced: false };

  const unfinished = drain.inFlight;
  const why = outcome === "timeout" ? `after ${timeoutMs} ms` : "on a second signal";
  log.warn(`[api] closing the remaining connections ${why}; ${unfinished} request(s) unfinished`);
  server.closeAllConnections();
  await closed;
  return { forced: unfinished > 0 };
}

/** Resolves in the check phase of the event loop, i.e. after its next poll for I/O. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Turns the event loop until a whole turn accepts no connection, or until `limitMs`. */
async function acceptWaiting(server: Server, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  let accepted = 0;
  const count = () => {
    accepted += 1;
  };
  server.on("connection", count);
  try {
    do {
      accepted = 0;
      await nextTurn();
    } while (accepted > 0 && Date.now() < deadline);
  } finally {
    server.off("connection", count);
  }
}
