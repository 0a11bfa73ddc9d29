import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/security/limits.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx } = useTestApp();

/** A chunked body without Content-Length: the limit must hold on the bytes actually read. */
function chunkedBody(totalBytes: number, onPull: () => void) {
  const chunk = new TextEncoder().encode(" ".repeat(16_384));
  let sent = 0;
  const prefix = new TextEncoder().encode('{"query":"{ __typename }"');
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (sent === 0) controller.enqueue(prefix);
      if (sent >= totalBytes) {
        controller.enqueue(new TextEncoder().encode("}"));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

const post = (body: ReadableStream<Uint8Array>) =>
  ctx.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    // A stream body needs half-duplex (not yet in TypeScript's RequestInit).
    duplex: "half",
  } as RequestInit);

describe("request body limit", () => {
  it("accepts a chunked body just under the limit", async () => {
    const response = await post(chunkedBody(LIMITS.maxBodyBytes - 20_000, () => {}));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a chunked 20 MB body with 413 after reading little more than the limit", async () => {
    let pulls = 0;
    const response = await post(chunkedBody(20_000_000, () => pulls++));
    expect(response.status).toBe(413);
    // 100 KB in 16 KB chunks: the stream is abandoned soon after, not read to its end.
    expect(pulls).toBeLessThan(20);
  });
});
