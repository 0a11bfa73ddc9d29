import type { Server } from "node:http";
import type { Socket } from "node:net";
import { clientBucket } from "../security/client-ip.ts";

export interface ConnectionLimitLog {
  warn(message: string): void;
}

/**
 * At most `max` open connections per client (an IPv4 address or an IPv6 /64, the buckets the rate
 * limits use). A browser opens about six per host, so the cap only meets scripts holding sockets
 * open. Excess connections are destroyed at once, before a byte is read: answering them would
 * cost the very parser and timers the cap protects. `max` 0 turns the cap off (behind a reverse
 * proxy every connection comes from the proxy: cap there instead).
 */
export function limitConnectionsPerClient(server: Server, max: number, log: ConnectionLimitLog): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  // Clients currently over the cap, so a flood is logged once and not once per connection.
  const capped = new Set<string>();

  server.on("connection", (socket: Socket) => {
    const client = clientBucket(socket.remoteAddress);
    const count = open.get(client) ?? 0;
    if (count >= max) {
      if (!capped.has(client)) {
        capped.add(client);
        log.warn(`[api] ${client} holds ${count} connections (the cap): refusing more`);
      }
      socket.destroy();
      return;
    }
    open.set(client, count + 1);
    socket.once("close", () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
      if (left < max) capped.delete(client);
    });
  });
}
