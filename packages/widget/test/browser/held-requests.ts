/**
 * Holds back the page's requests that match, to control the order in which answers arrive (a
 * slow network, made deterministic). Everything else goes to the real API unchanged. Like real
 * fetch, a held request that is aborted rejects with an AbortError; `outcome` tells which happened:
 * an aborted request's answer can never reach the page.
 */
export function holdRequests(matches: (url: string, body: string) => boolean) {
  const realFetch = window.fetch;
  const held: { release(): void; settled: Promise<void>; outcome: Promise<"aborted" | "answered"> }[] = [];
  let arrived: () => void = () => {};
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // A persisted GET carries operation name and variables in the URL: offer them as the "body".
    const body = typeof init?.body === "string" ? init.body : decodeURIComponent(new URL(url).search);
    if (!matches(url, body)) return realFetch(input, init);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const signal = init?.signal;
    const response = new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException("The request was aborted.", "AbortError"));
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      // The body is read here, so that once `settled` resolves the page has the whole answer.
      void gate.then(() =>
        realFetch(input, init)
          .then(async (r) => new Response(await r.text(), { status: r.status, headers: r.headers }))
          .then(resolve, reject),
      );
    });
    const outcome = response.then(
      () => "answered" as const,
      () => "aborted" as const,
    );
    held.push({ release, settled: outcome.then(() => undefined), outcome });
    arrived();
    return response;
  };
  return {
    held,
    /** Resolves once `count` matching requests have been sent. */
    async waitFor(count: number) {
      while (held.length < count) await new Promise<void>((resolve) => (arrived = resolve));
    },
    restore() {
      window.fetch = realFetch;
      for (const request of held) request.release();
    },
  };
}

/** Whether `url` is a GraphQL request (a persisted GET has its parameters after the path). */
export const isGraphQL = (url: string) => new URL(url).pathname.endsWith("/graphql");
