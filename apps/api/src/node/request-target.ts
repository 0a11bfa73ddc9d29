/**
 * The Host header and request target a request may carry. Yoga's Node adapter builds the
 * request URL as `http://${host}${url}`; a Host like `[::1`, `a:b:c`, `exa%mple` or `x y` (or an
 * absolute-form target such as `GET http://x/ HTTP/1.1`) makes that throw deep inside the adapter,
 * which then answers 500 with the stack trace. Such requests are the client's mistake: 400.
 */

// host = IP-literal / reg-name, optionally ":" port (RFC 9110 §7.2). reg-name is kept to the
// characters real hostnames use (letters, digits, - . _ ~); browsers send IDNs as punycode.
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::[0-9]{1,5})?$/;

/** Why the request's Host or target cannot be served, or undefined when they are fine. */
export function requestTargetProblem(
  host: string | undefined,
  target: string | undefined,
): string | undefined {
  // HTTP/1.1 without Host is refused by Node itself (requireHostHeader); HTTP/1.0 may omit it.
  if (host !== undefined && !HOST.test(host)) return "Invalid Host header";
  if (!target?.startsWith("/")) return "Invalid request target";
  try {
    // The URL exactly as the adapter will build it, so anything it would choke on is caught here.
    new URL(`http://${host ?? "localhost"}${target}`);
  } catch {
    return host === undefined ? "Invalid request target" : "Invalid Host header or request target";
  }
  return undefined;
}
