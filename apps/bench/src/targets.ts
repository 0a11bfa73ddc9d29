import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/** A server under test, running in its own child process. */
export interface Target {
  name: string;
  /** Where its requests go (the GraphQL endpoint, or the pg baseline's root). */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const PACKAGE_ROOT = path.resolve(import.meta.dirname, "..");
const START_TIMEOUT_MS = 120_000;

/**
 * Starts `file` (relative to src/) with `node --import tsx` in a process of its own, so the
 * server never shares an event loop or a core's time slice with the load generator, and waits
 * until it prints `listening <port>`. Its stderr goes to ours; its last output is kept for
 * the error when it dies before listening.
 */
export function startTarget(
  name: string,
  file: string,
  options: { env: Record<string, string>; urlPath: string },
): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join("src", file)], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[${name}] ${chunk}`);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${output}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      keep(chunk);
      const port = /^listening (\d+)$/m.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      resolve({
        name,
        url: `http://127.0.0.1:${port}${options.urlPath}`,
        pid: child.pid as number,
        async stop() {
          if (child.exitCode !== null) return;
          child.kill("SIGTERM");
          const killed = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(killed);
        },
      });
    });
  });
}
