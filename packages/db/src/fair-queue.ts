import { DatabaseBusyError, RequestAbortedError } from "./errors.ts";
import {
  currentRequestScope,
  onRequestAbort,
  type RequestScope,
  requestScopeAbortReason,
} from "./request-scope.ts";

export interface FairQueueOptions {
  /** What waits here, for error messages ("the embedded database"). */
  name: string;
  /** At most this many units of request work wait; the next one fails at once with DatabaseBusyError. */
  maxWaiting: number;
  /** Request work that has waited this long (ms) fails with DatabaseBusyError instead of running. */
  maxWaitMs: number;
}

interface Waiter {
  scope: RequestScope | undefined;
  enqueuedAt: number;
  start(): void;
  fail(error: Error): void;
  /** Stops the waiter's timer and abort listener. */
  detach(): void;
}

/**
 * A first-come-first-served line in front of something that runs one unit of work at a time
 * (the embedded PGlite). Work inside a request scope is bounded: it fails fast with
 * DatabaseBusyError when `maxWaiting` units already wait or after waiting `maxWaitMs`, and is
 * dropped without running once its request is aborted. Work outside any scope (migrations,
 * seed, CLI) waits its turn in the same line without those bounds.
 */
export class FairQueue {
  readonly #options: FairQueueOptions;
  readonly #waiting: Waiter[] = [];
  /** True while a unit runs, and while the hand-over to the next waiter is pending. */
  #busy = false;

  constructor(options: FairQueueOptions) {
    this.#options = options;
  }

  /** Units waiting (not counting the one running). */
  get waitingCount(): number {
    return this.#waiting.length;
  }

  /** Whether a unit is running (or about to be handed the turn). */
  get busy(): boolean {
    return this.#busy;
  }

  /** Runs `work` when it is its turn; `scope` defaults to the current request scope. */
  run<T>(work: () => Promise<T>, scope: RequestScope | undefined = currentRequestScope()): Promise<T> {
    const abortReason = requestScopeAbortReason(scope);
    if (abortReason) return Promise.reject(new RequestAbortedError(abortReason, scope?.signal.reason));
    if (!this.#busy && this.#waiting.length === 0) return this.#start(work);
    if (scope && this.#waiting.length >= this.#options.maxWaiting) {
      return Promise.reject(
        this.#busyError(`${this.#waiting.length} statements are already waiting for ${this.#options.name}`),
      );
    }
    return new Promise<T>((resolve, reject) => this.#enqueue(work, scope, resolve, reject));
  }

  #enqueue<T>(
    work: () => Promise<T>,
    scope: RequestScope | undefined,
    resolve: (value: T) => void,
    reject: (error: Error) => void,
  ): void {
    let timer: NodeJS.Timeout | undefined;
    let stopListening = () => {};
    const onAbort = () => {
      this.#remove(waiter);
      reject(new RequestAbortedError(requestScopeAbortReason(scope) ?? "aborted", scope?.signal.reason));
    };
    const onTimeout = () => {
      this.#remove(waiter);
      // Overdue timers may fire only after a long statement: its deadline may have passed meanwhile.
      const abortReason = requestScopeAbortReason(scope);
      reject(abortReason ? new RequestAbortedError(abortReason, scope?.signal.reason) : this.#tooLongError());
    };
    const waiter: Waiter = {
      scope,
      enqueuedAt: Date.now(),
      start: () => this.#start(work).then(resolve, reject),
      fail: reject,
      detach: () => {
        clearTimeout(timer);
        stopListening();
      },
    };
    if (scope) {
      timer = setTimeout(onTimeout, this.#options.maxWaitMs);
      stopListening = onRequestAbort(scope, onAbort);
    }
    this.#waiting.push(waiter);
  }

  #start<T>(work: () => Promise<T>): Promise<T> {
    this.#busy = true;
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      running = Promise.reject(error);
    }
    const done = () => this.#handOver();
    running.then(done, done);
    return running;
  }

  /**
   * Gives the turn to the next waiter on the next turn of the event loop, not at once: PGlite
   * runs each statement synchronously, so handing over in a microtask would run the whole line
   * back to back without ever letting the server accept a connection, notice a client leaving
   * or fire a timer.
   */
  #handOver(): void {
    if (this.#waiting.length === 0) {
      this.#busy = false;
      return;
    }
    setImmediate(() => this.#dispatch());
  }

  #dispatch(): void {
    for (let waiter = this.#waiting.shift(); waiter; waiter = this.#waiting.shift()) {
      waiter.detach();
      // Timers and abort events cannot fire while a statement blocks the event loop: check by clock too.
      const abortReason = requestScopeAbortReason(waiter.scope);
      if (abortReason) {
        waiter.fail(new RequestAbortedError(abortReason, waiter.scope?.signal.reason));
      } else if (waiter.scope && Date.now() - waiter.enqueuedAt >= this.#options.maxWaitMs) {
        waiter.fail(this.#tooLongError());
      } else {
        waiter.start();
        return;
      }
    }
    this.#busy = false;
  }

  #remove(waiter: Waiter): void {
    waiter.detach();
    const index = this.#waiting.indexOf(waiter);
    if (index >= 0) this.#waiting.splice(index, 1);
  }

  #tooLongError(): DatabaseBusyError {
    return this.#busyError(`a statement waited ${this.#options.maxWaitMs} ms for ${this.#options.name}`);
  }

  #busyError(detail: string): DatabaseBusyError {
    const seconds = Math.min(5, Math.max(1, Math.ceil(this.#options.maxWaitMs / 1000)));
    return new DatabaseBusyError(`The database is busy: ${detail}.`, seconds);
  }
}
