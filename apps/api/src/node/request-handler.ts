import type { IncomingMessage, ServerResponse } from "node:http";
import type { ConnectionDrain } from "./connection-drain.ts";
import { errorBody, sendPlainJson } from "./plain-response.ts";
import { requestTargetProblem } from "./request-target.ts";
import { sendFetchResponse } from "./send-response.ts";

/** What the Node layer needs of the Yoga app (the whole `createApp` result fits). */
export interface NodeFetchApp {
  handleNodeRequestAndResponse(
    req: IncomingMessage,
    res: ServerResponse,
    // Yoga's own listener passes { req, res }: plugins read the client's address from it.
    serverContext: object,
  ): Response | Promise<Response>;
}

export interface RequestLog {
  error(message: string, error: unknown): void;
}

/**
 * The Node request listener around the app: the checks Yoga cannot make itself (a Host header or
 * target it would fail to turn into a URL), /ready while shutting down, and a last line of defence
 * that answers a plain 500 (and logs the error) where Yoga's listener would send the stack trace.
 */
export function createRequestHandler(app: NodeFetchApp, drain: ConnectionDrain, log: RequestLog) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    drain.track(res);
    void handle(req, res);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const problem = requestTargetProblem(req.headers.host, req.url);
    if (problem) {
      sendPlainJson(res, 400, errorBody(problem, "BAD_REQUEST"), { connection: "close" });
      return;
    }
    if (drain.draining && req.url?.split("?")[0] === "/ready") {
      // Answered here, not by the app: a load balancer must learn at once, whatever the database does.
      sendPlainJson(res, 503, { status: "unavailable", reason: "shutting down" });
      return;
    }
    let response: Response;
    try {
      response = await app.handleNodeRequestAndResponse(req, res, { req, res });
    } catch (error) {
      log.error(`[api] ${req.method} ${pathOf(req.url)} failed in the request handler`, error);
      sendPlainJson(res, 500, errorBody("Unexpected error.", "INTERNAL_SERVER_ERROR"));
      return;
    }
    try {
      await sendFetchResponse(response, res);
    } catch (error) {
      log.error(`[api] ${req.method} ${pathOf(req.url)}: sending the response failed`, error);
      sendPlainJson(res, 500, errorBody("Unexpected error.", "INTERNAL_SERVER_ERROR"));
    }
  }
}

// Logs show the path only: query strings may carry visitors' search terms.
const pathOf = (url: string | undefined) => (url ?? "").split("?")[0]!.slice(0, 200);
