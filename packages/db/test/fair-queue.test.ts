import { expect, it } from "vitest";
import { FairQueue } from "../src/fair-queue.ts";
import { RequestAbortedError } from "../src/index.ts";
import { outcome } from "./support/wait-for.ts";

// One request may have many statements waiting at once (GraphQL resolves fields in parallel).
it("drops all of a request's waiting statements on abort, without a listener-leak warning", async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on("warning", onWarning);
  try {
    const queue = new FairQueue({ name: "a test line", maxWaiting: 50, maxWaitMs: 5_000 });
    let release = () => {};
    const holder = queue.run(() => new Promise<void>((resolve) => (release = resolve)), undefined);
    const request = new AbortController();
    const ran: number[] = [];
    const waiting = Array.from({ length: 20 }, (_, i) =>
      outcome(queue.run(async () => ran.push(i), { signal: request.signal })),
    );
    expect(queue.waitingCount).toBe(20);
    request.abort();
    const results = await Promise.all(waiting);
    expect(results.filter((r) => !r.ok && r.error instanceof RequestAbortedError)).toHaveLength(20);
    expect(queue.waitingCount).toBe(0);
    release();
    await holder;
    expect(ran).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  } finally {
    process.off("warning", onWarning);
  }
});
