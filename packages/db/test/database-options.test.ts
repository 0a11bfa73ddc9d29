import { describe, expect, it } from "vitest";
import {
  databaseOptionsFromEnv,
  defaultDatabaseOptions,
  openDatabase,
  resolveDatabaseOptions,
} from "../src/index.ts";

describe("database options", () => {
  it("has bounded defaults", () => {
    expect(databaseOptionsFromEnv({})).toEqual({
      statementTimeoutMs: 5_000,
      idleInTransactionTimeoutMs: 10_000,
      poolSize: 10,
      connectTimeoutMs: 5_000,
      queue: { maxWaiting: 100, maxWaitMs: 5_000 },
    });
    expect(resolveDatabaseOptions()).toEqual(defaultDatabaseOptions);
  });

  it("reads every option from the environment", () => {
    expect(
      databaseOptionsFromEnv({
        DB_STATEMENT_TIMEOUT_MS: "2500",
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "0",
        DB_POOL_SIZE: " 20 ",
        DB_CONNECT_TIMEOUT_MS: "1000",
        DB_QUEUE_MAX_WAITING: "50",
        DB_QUEUE_MAX_WAIT_MS: "2000",
      }),
    ).toEqual({
      statementTimeoutMs: 2_500,
      idleInTransactionTimeoutMs: 0,
      poolSize: 20,
      connectTimeoutMs: 1_000,
      queue: { maxWaiting: 50, maxWaitMs: 2_000 },
    });
    expect(databaseOptionsFromEnv({ DB_POOL_SIZE: "" }).poolSize).toBe(10);
  });

  it.each([
    ["DB_STATEMENT_TIMEOUT_MS", "5s"],
    ["DB_STATEMENT_TIMEOUT_MS", "-1"],
    ["DB_POOL_SIZE", "0"],
    ["DB_POOL_SIZE", "1.5"],
    ["DB_CONNECT_TIMEOUT_MS", "1e3"],
    ["DB_QUEUE_MAX_WAITING", "many"],
    ["DB_QUEUE_MAX_WAIT_MS", "99999999999"],
  ])("rejects %s=%s with a message naming the variable", (name, value) => {
    expect(() => databaseOptionsFromEnv({ [name]: value })).toThrow(
      new RegExp(
        `^${name} must be a whole number from \\d+ to \\d+ \\(got "${value.replace(".", "\\.")}"\\)$`,
      ),
    );
  });

  it("rejects bad options given in code before opening anything", async () => {
    await expect(openDatabase({ kind: "pglite", dataDir: undefined }, { poolSize: 0 })).rejects.toThrow(
      "Database option poolSize must be a whole number from 1 to 1000 (got 0)",
    );
    await expect(
      openDatabase({ kind: "pglite", dataDir: undefined }, { queue: { maxWaitMs: Number.NaN } }),
    ).rejects.toThrow("Database option queue.maxWaitMs must be a whole number from 1 to 600000 (got NaN)");
  });
});
