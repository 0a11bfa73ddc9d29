import { type ChildProcess, execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

export const repositoryRoot = path.resolve(import.meta.dirname, "../../../..");
export const apiDir = path.join(repositoryRoot, "apps/api");
export const builtServer = path.join(apiDir, "dist/server.js");

/** Builds apps/api/dist exactly as `turbo run build` does (a few seconds; always from current sources). */
export async function buildServer(): Promise<void> {
  const tsx = path.join(apiDir, "node_modules/.bin/tsx");
  await promisify(execFile)(tsx, ["scripts/build.ts"], { cwd: apiDir });
}

export interface ServerProcess {
  /** The process we signal: node itself, or pnpm in front of it. */
  readonly pid: number;
  /** e.g. http://127.0.0.1:39123, from the server's start-up line. */
  url: string;
  output(): string;
  /** Resolves once the output matches (the server logs each shutdown step). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to the whole process group: cleanup after a failed test, never part of one. */
  killGroup(): void;
}

const running = new Set<ServerProcess>();

/** Kills whatever a test left running (its own process groups only). */
export function killLeftoverServers(): void {
  for (const server of running) server.killGroup();
  running.clear();
}

/**
 * Starts a server process on 127.0.0.1 and an ephemeral port, in its own process group (so a
 * failed test can clean up pnpm and its node child together).
 */
export async function startServerProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; startTimeoutMs?: number },
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const check of waiters) check();
  });

  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`timed out waiting for ${pattern}:\n${output}`)),
        timeoutMs,
      );
      const check = () => {
        if (pattern.test(output)) finish();
        else if (hasExited) finish(new Error(`process exited before ${pattern}:\n${output}`));
      };
      const finish = (error?: Error) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve();
      };
      waiters.add(check);
      check();
    });

  const server: ServerProcess = {
    pid: child.pid!,
    url: "",
    output: () => output,
    waitForOutput,
    exited,
    killGroup() {
      if (hasExited) return;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
  running.add(server);
  void exited.then(() => running.delete(server));
  await waitForOutput(/on http:\/\/[^\s]+\/graphql/, options.startTimeoutMs ?? 120_000);
  server.url = /on (http:\/\/[^\s]+)\/graphql/.exec(output)![1]!;
  return server;
}
