// Guesses sent in parallel count like guesses sent one after the other: every attempt takes
// from the budget before the password is checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOnTestDatabase, createAccount, graphql, LOGIN, PASSWORD } from "./accounts-fixtures.ts";

let env: Awaited<ReturnType<typeof appOnTestDatabase>>;
beforeAll(async () => {
  env = await appOnTestDatabase({ auth: { loginFailuresPerAccount: 5, loginFailuresPerAddress: 1000 } });
});
afterAll(() => env.dispose());

describe("login throttling under a burst", () => {
  it("40 parallel wrong passwords: at most 5 are checked, the rest get 429", async () => {
    const user = await createAccount(env.db, "EDITOR");
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        graphql(env.app, LOGIN, { email: user.email, password: "falsch falsch falsch" }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    // Locked now, even with the right password.
    expect((await graphql(env.app, LOGIN, { email: user.email, password: PASSWORD })).status).toBe(429);
  });
});
