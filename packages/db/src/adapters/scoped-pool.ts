import pg from "pg";
import { DatabaseBusyError, RequestAbortedError } from "../errors.ts";
import type { DatabaseOptions } from "../options.ts";
import {
  currentRequestScope,
  onRequestAbort,
  type RequestScope,
  requestScopeAbortReason,
} from "../request-scope.ts";

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: () => void,
) => void;

/**
 * A node-postgres pool that knows the request each connection is for (every `pool.query`
 * and Prisma's adapter check out through `connect`). For work inside a request scope:
 * - an aborted request gets no connection (RequestAbortedError), and stops waiting for one;
 * - waiting for a free connection is bounded: at most `queue.maxWaiting` wait, each at most
 *   `queue.maxWaitMs`, beyond that DatabaseBusyError;
 * - when the request is aborted while it holds a connection, its running statement is
 *   cancelled on the server (pg_cancel_backend) and the connection is discarded, not reused.
 * Work outside any scope checks out as before, bounded by `connectionTimeoutMillis`.
 */
export class ScopedPool extends pg.Pool {
  readonly #queue: DatabaseOptions["queue"];
  /** Request work waiting for a connection because every one was in use. */
  #waiting = 0;
  #cancelsInFlight = 0;

  constructor(config: pg.PoolConfig, queue: DatabaseOptions["queue"]) {
    super(config);
    this.#queue = queue;
  }

  /** Request work waiting for a free connection. */
  get scopedWaitingCount(): number {
    return this.#waiting;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
    const scope = currentRequestScope();
    const checkout = scope ? this.#checkout(scope) : super.connect();
    if (!callback) return checkout;
    // pool.query() uses the callback form; hand the (possibly wrapped) release on as `done`.
    checkout.then(
      (client) => callback(undefined, client, client.release),
      (error: Error) => callback(error, undefined, () => {}),
    );
    return undefined;
  }

  #checkout(scope: RequestScope): Promise<pg.PoolClient> {
    const aborted = requestScopeAbortReason(scope);
    if (aborted) return Promise.reject(new RequestAbortedError(aborted, scope.signal.reason));
    // Only when every connection is in use is this a wait in line; otherwise it is connecting,
    // which `connectionTimeoutMillis` bounds (and a failure there is an outage, not "busy").
    const mustWait = this.totalCount >= (this.options.max ?? 10) && this.idleCount === 0;
    if (mustWait && this.#waiting >= this.#queue.maxWaiting) {
      return Promise.reject(
        this.#busyError(`${this.#waiting} requests are already waiting for a connection`),
      );
    }
    return new Promise((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      let stopListening = () => {};
      const settle = () => {
        settled = true;
        clearTimeout(timer);
        stopListening();
        if (mustWait) this.#waiting--;
      };
      const onAbort = () => {
        if (settled) return;
        settle();
        reject(new RequestAbortedError(requestScopeAbortReason(scope) ?? "aborted", scope.signal.reason));
      };
      if (mustWait) {
        this.#waiting++;
        timer = setTimeout(() => {
          if (settled) return;
          settle();
          reject(this.#busyError(`a request waited ${this.#queue.maxWaitMs} ms for a connection`));
        }, this.#queue.maxWaitMs);
      }
      stopListening = onRequestAbort(scope, onAbort);
      super.connect().then(
        (client) => {
          // Given up on meanwhile (aborted, waited too long): hand the connection straight back.
          if (settled) return client.release();
          settle();
          resolve(this.#cancelOnAbort(client, scope));
        },
        (error: Error) => {
          if (settled) return;
          settle();
          reject(error);
        },
      );
    });
  }

  /** While `client` is checked out for `scope`, an abort cancels its statement and condemns the connection. */
  #cancelOnAbort(client: pg.PoolClient, scope: RequestScope): pg.PoolClient {
    let cancelled = false;
    const onAbort = () => {
      cancelled = true;
      // processID is public in node-postgres (the backend's pid), just missing from its types.
      void this.#cancelBackend((client as pg.PoolClient & { processID?: number }).processID);
    };
    const release = client.release;
    let stopListening = () => {};
    client.release = (error?: Error | boolean) => {
      stopListening();
      client.release = release;
      // A cancelled backend may still get the cancel signal later: never reuse that connection.
      return release.call(client, error ?? cancelled);
    };
    if (scope.signal.aborted) onAbort();
    else stopListening = onRequestAbort(scope, onAbort);
    return client;
  }

  /** Asks the server to cancel whatever backend `pid` runs, from a short-lived connection of its own. */
  async #cancelBackend(pid: number | undefined): Promise<void> {
    // The pool may be full of the very statements to cancel, so this cannot wait for a pool connection.
    // At most one cancel per pooled connection is ever useful; beyond that statement_timeout still holds.
    if (!pid || this.#cancelsInFlight >= (this.options.max ?? 10)) return;
    this.#cancelsInFlight++;
    const client = new pg.Client({
      ...this.options,
      statement_timeout: 0,
      application_name: "kausa-api-cancel",
    });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT pg_cancel_backend($1)", [pid]);
    } catch (error) {
      console.warn(`[db] could not cancel an aborted request's statement: ${(error as Error).message}`);
    } finally {
      this.#cancelsInFlight--;
      await client.end().catch(() => {});
    }
  }

  #busyError(detail: string): DatabaseBusyError {
    const seconds = Math.min(5, Math.max(1, Math.ceil(this.#queue.maxWaitMs / 1000)));
    return new DatabaseBusyError(`The database is busy: ${detail}.`, seconds);
  }
}
