import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

/** What happened to one request of the load. Times are performance.now() in this process. */
export interface RequestOutcome {
  /** When the whole request had been handed to the operating system ('finish'). */
  writtenAt?: number;
  /** When the complete response had arrived. */
  completedAt?: number;
  status?: number;
  gotHeaders: boolean;
  connectionClose: boolean;
  body: string;
  /** Error code (ECONNREFUSED, ECONNRESET, …) if the request failed. */
  error?: string;
  /** Node sets this when the request went out on a reused keep-alive connection. */
  reusedSocket: boolean;
  /** The client side's port, to match a failure with the server's log. */
  localPort?: number;
}

export const LOAD_QUERY = JSON.stringify({
  query:
    '{ contactPoints(first: 20, filter: { search: "Beratung" }) { totalCount edges { node { name } } } }',
});

function send(agent: Agent, url: string): Promise<RequestOutcome> {
  return new Promise((resolve) => {
    const outcome: RequestOutcome = {
      gotHeaders: false,
      connectionClose: false,
      body: "",
      reusedSocket: false,
    };
    const req = request(`${url}/graphql`, {
      agent,
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(LOAD_QUERY) },
    });
    req.on("finish", () => {
      outcome.writtenAt = performance.now();
      outcome.localPort = req.socket?.localPort;
    });
    req.on("response", (res) => {
      outcome.gotHeaders = true;
      outcome.status = res.statusCode;
      outcome.connectionClose = res.headers.connection === "close";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        outcome.body += chunk;
      });
      res.on("end", () => {
        outcome.completedAt = performance.now();
        resolve(outcome);
      });
      res.on("error", (error: NodeJS.ErrnoException) => {
        outcome.error = error.code ?? error.message;
        resolve(outcome);
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      outcome.error = error.code ?? error.message;
      outcome.reusedSocket = req.reusedSocket;
      resolve(outcome);
    });
    req.end(LOAD_QUERY);
  });
}

/**
 * `concurrency` clients, each sending GraphQL requests one after another over its own keep-alive
 * connection, until the server refuses (after a shutdown) or `maxRequests` have been sent.
 */
export function startKeepAliveLoad(url: string, concurrency: number, maxRequests: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const outcomes: RequestOutcome[] = [];
  const answeredPerClient = new Array<number>(concurrency).fill(0);
  let sent = 0;
  const client = async (index: number) => {
    while (sent < maxRequests) {
      sent += 1;
      const outcome = await send(agent, url);
      outcomes.push(outcome);
      if (outcome.error) return;
      answeredPerClient[index]! += 1;
    }
  };
  const done = Promise.all(answeredPerClient.map((_, index) => client(index))).then(() => {
    agent.destroy();
    return outcomes;
  });
  return {
    outcomes,
    /**
     * Resolves once every client has had an answer (so the server has accepted every
     * connection) and `total` answers have come back: the server is under steady load.
     */
    async warmedUp(total: number, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (answeredPerClient.some((n) => n === 0) || outcomes.length < total) {
        if (Date.now() > deadline)
          throw new Error(`load not under way: ${answeredPerClient.join(",")} answers`);
        if (outcomes.some((o) => o.error))
          throw new Error(`load failed early: ${outcomes.find((o) => o.error)?.error}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    done,
  };
}

/** Failures a client may safely retry: the request never reached the app (refused or reset unanswered). */
export const RETRYABLE_REFUSALS = ["ECONNREFUSED", "ECONNRESET", "EPIPE", "socket hang up"];
