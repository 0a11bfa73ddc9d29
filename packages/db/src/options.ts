/**
 * Limits that keep every statement bounded. PostgreSQL gets server-side limits and a bounded
 * pool; the embedded PGlite, which runs one statement at a time, gets a bounded waiting line.
 */
export interface DatabaseOptions {
  /** PostgreSQL `statement_timeout` on every pool connection, in ms (0 = no limit). */
  statementTimeoutMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`, in ms (0 = no limit). */
  idleInTransactionTimeoutMs: number;
  /** PostgreSQL: connections in the pool. */
  poolSize: number;
  /** PostgreSQL: how long opening a connection, or waiting for a free one, may take at most, in ms. */
  connectTimeoutMs: number;
  /**
   * The waiting line for request work (statements run inside a request scope): in front of
   * PGlite for every statement, on PostgreSQL for a free pool connection. Beyond either bound
   * a statement fails fast with DatabaseBusyError instead of queueing without end.
   */
  queue: {
    /** At most this many statements wait; the next one fails at once. */
    maxWaiting: number;
    /** A statement that has waited this long, in ms, fails instead of running. */
    maxWaitMs: number;
  };
}

/** Options as callers give them: anything left out takes its default. */
export type DatabaseOptionsInput = Partial<Omit<DatabaseOptions, "queue">> & {
  queue?: Partial<DatabaseOptions["queue"]>;
};

export const defaultDatabaseOptions: DatabaseOptions = Object.freeze({
  statementTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 10_000,
  poolSize: 10,
  connectTimeoutMs: 5_000,
  queue: Object.freeze({ maxWaiting: 100, maxWaitMs: 5_000 }),
});

// Name (for messages), smallest and largest allowed value of each option.
const LIMITS = {
  statementTimeoutMs: ["statementTimeoutMs", 0, 3_600_000],
  idleInTransactionTimeoutMs: ["idleInTransactionTimeoutMs", 0, 3_600_000],
  poolSize: ["poolSize", 1, 1_000],
  connectTimeoutMs: ["connectTimeoutMs", 1, 600_000],
  maxWaiting: ["queue.maxWaiting", 0, 100_000],
  maxWaitMs: ["queue.maxWaitMs", 1, 600_000],
} as const;

function checked(value: number, [name, min, max]: readonly [string, number, number]): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`Database option ${name} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return value;
}

/** Fills in defaults and checks every value (throws a clear error for a bad one). */
export function resolveDatabaseOptions(input: DatabaseOptionsInput = {}): DatabaseOptions {
  const d = defaultDatabaseOptions;
  return {
    statementTimeoutMs: checked(input.statementTimeoutMs ?? d.statementTimeoutMs, LIMITS.statementTimeoutMs),
    idleInTransactionTimeoutMs: checked(
      input.idleInTransactionTimeoutMs ?? d.idleInTransactionTimeoutMs,
      LIMITS.idleInTransactionTimeoutMs,
    ),
    poolSize: checked(input.poolSize ?? d.poolSize, LIMITS.poolSize),
    connectTimeoutMs: checked(input.connectTimeoutMs ?? d.connectTimeoutMs, LIMITS.connectTimeoutMs),
    queue: {
      maxWaiting: checked(input.queue?.maxWaiting ?? d.queue.maxWaiting, LIMITS.maxWaiting),
      maxWaitMs: checked(input.queue?.maxWaitMs ?? d.queue.maxWaitMs, LIMITS.maxWaitMs),
    },
  };
}

/** The environment variable for each option. */
export const databaseOptionEnvNames = {
  statementTimeoutMs: "DB_STATEMENT_TIMEOUT_MS",
  idleInTransactionTimeoutMs: "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS",
  poolSize: "DB_POOL_SIZE",
  connectTimeoutMs: "DB_CONNECT_TIMEOUT_MS",
  maxWaiting: "DB_QUEUE_MAX_WAITING",
  maxWaitMs: "DB_QUEUE_MAX_WAIT_MS",
} as const;

/**
 * Reads the options from the environment (see databaseOptionEnvNames); unset or empty
 * variables take their defaults. Throws naming the variable when a value is not a whole
 * number in range.
 */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const read = (key: keyof typeof databaseOptionEnvNames): number | undefined => {
    const name = databaseOptionEnvNames[key];
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    const [, min, max] = LIMITS[key];
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    }
    return value;
  };
  return resolveDatabaseOptions({
    statementTimeoutMs: read("statementTimeoutMs"),
    idleInTransactionTimeoutMs: read("idleInTransactionTimeoutMs"),
    poolSize: read("poolSize"),
    connectTimeoutMs: read("connectTimeoutMs"),
    queue: { maxWaiting: read("maxWaiting"), maxWaitMs: read("maxWaitMs") },
  });
}
