/**
 * Why a request's signal was aborted when its deadline passed. Named "TimeoutError" like the
 * platform's, so the database layer reports it as a deadline, but not a DOMException: Yoga
 * silently drops DOMException aborts (it takes them for a client that left) and would answer
 * 200 with no error at all, where the client is still waiting and must get a 503.
 */
export class DeadlineError extends Error {
  override readonly name = "TimeoutError";
  constructor(timeoutMs: number) {
    super(`The request's deadline of ${timeoutMs} ms passed.`);
  }
}
