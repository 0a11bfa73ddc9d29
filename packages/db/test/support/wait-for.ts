/** Polls `condition` until it returns a truthy value, failing with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  condition: () => T | Promise<T>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How a promise ended, without throwing: for asserting on several outcomes at once. */
export type Outcome<T> = { ok: true; value: T; at: number } | { ok: false; error: unknown; at: number };

export function outcome<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value, at: Date.now() }),
    (error: unknown) => ({ ok: false as const, error, at: Date.now() }),
  );
}
