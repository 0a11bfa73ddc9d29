export interface StopSignals {
  /** Settles with the first SIGTERM or SIGINT. */
  first: Promise<NodeJS.Signals>;
  /** Settles with the second one (Ctrl-C twice: stop waiting for in-flight requests). */
  second: Promise<void>;
  /** Whether a stop was asked for already (checked between the start-up steps). */
  readonly received: boolean;
}

/**
 * Listens for SIGTERM and SIGINT from the very start, so a stop during start-up (migrations, the
 * seed) lets the running step finish and the database close, instead of killing the process
 * halfway through a write.
 */
export function listenForStopSignals(): StopSignals {
  let count = 0;
  let resolveFirst!: (signal: NodeJS.Signals) => void;
  let resolveSecond!: () => void;
  const first = new Promise<NodeJS.Signals>((resolve) => {
    resolveFirst = resolve;
  });
  const second = new Promise<void>((resolve) => {
    resolveSecond = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    count += 1;
    if (count === 1) resolveFirst(signal);
    else resolveSecond();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return {
    first,
    second,
    get received() {
      return count > 0;
    },
  };
}
