import { isIP } from "node:net";

/** The one bucket shared by all requests that carry no address (yoga.fetch without a server context). */
export const UNKNOWN_CLIENT = "unknown";

/** The socket's peer address from Yoga's server context (the Node adapter passes `{ req, res }`). */
export function socketAddress(serverContext: unknown): string | undefined {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: unknown } } } | null | undefined)?.req;
  const address = req?.socket?.remoteAddress;
  return typeof address === "string" && address !== "" ? address : undefined;
}

/**
 * The client's address. Without trusted proxies it is the socket's peer: `X-Forwarded-For` is
 * written by whoever sends the request, so it is ignored. Behind `trustedProxies` reverse proxies
 * (each appending the address it saw) the client is the `trustedProxies`-th entry from the right —
 * Express's `trust proxy` hop count. Entries further left are the client's own and never used.
 */
export function clientAddress(
  socket: string | undefined,
  forwardedFor: string | null,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies < 1 || !forwardedFor) return socket;
  const forwarded = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  // chain[0] is the nearest hop (the socket), chain[i] the i-th X-Forwarded-For entry from the right.
  const chain = [socket, ...forwarded];
  // A chain shorter than the proxy count did not pass all proxies: take the furthest hop there is,
  // but only a real address (a trusted proxy writes nothing else; garbage would be a free new bucket).
  for (let i = Math.min(trustedProxies, chain.length - 1); i >= 0; i--) {
    const address = plainAddress(chain[i]);
    if (address) return address;
  }
  return undefined;
}

/**
 * The bucket a client's requests count against: its IPv4 address, or the /64 network of its IPv6
 * address (one subscriber usually gets a whole /64 and could rotate through it at will).
 * IPv4-mapped IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket reports IPv4 peers) is IPv4.
 */
export function clientBucket(address: string | undefined): string {
  const ip = plainAddress(address);
  if (!ip) return UNKNOWN_CLIENT;
  if (isIP(ip) === 4) return ip;
  const groups = ipv6Groups(ip);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** An address without port, brackets or IPv6 zone, or undefined if it is not an IP address. */
export function plainAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address); // [2001:db8::1]:443
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%[^%]*$/, ""); // fe80::1%eth0
  return isIP(address) ? address.toLowerCase() : undefined;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a trailing dotted IPv4 expanded). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
