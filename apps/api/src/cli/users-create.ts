// `pnpm users:create --email … --role ADMIN|EDITOR|PARTNER_EDITOR [--partner ID] [--name N]
// [--password-stdin]`: creates an account with a password, e.g. the first administrator, without
// a database console. It opens the database as the server does (DATABASE_URL or PGLITE_DATA_DIR,
// migrations applied). Stop a server on the same PGlite directory first: PGlite has one user.
//
// Exit codes: 0 created; 2 wrong usage or input refused (address taken, weak password, …);
// 1 anything else (the database cannot be opened, …).
import { parseArgs } from "node:util";
import {
  databaseConfigFromEnv,
  databaseOptionsFromEnv,
  openDatabase,
  prepareDatabase,
  Role,
} from "@kausa/db";
import { createUserAccount, passwordProblem, validEmail } from "@kausa/schema";
import { GraphQLError } from "graphql";
import { flag } from "../env.ts";
import { promptHidden, readPasswordFromStdin } from "./users-password-input.ts";

const USAGE = `Usage: pnpm users:create --email <address> --role ADMIN|EDITOR|PARTNER_EDITOR
                         [--partner <partner id>] [--name <name>] [--password-stdin]

Creates an account that can log in at once. The password is asked for on the terminal (not
shown), or read from stdin with --password-stdin:  printf '%s' "$PW" | pnpm users:create …
PARTNER_EDITOR accounts need --partner (the partner's id). Passwords: at least 12 characters,
not a common one.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    // pnpm passes a `--` through when the caller wrote `pnpm users:create -- --email …`.
    ({ values } = parseArgs({
      args: argv.filter((arg, i) => !(arg === "--" && i === 0)),
      options: {
        email: { type: "string" },
        role: { type: "string" },
        partner: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const email = typeof values.email === "string" ? values.email : "";
  const role = typeof values.role === "string" ? values.role.toUpperCase() : "";
  if (!email) throw new UsageError("--email is required.");
  if (!(role in Role)) throw new UsageError("--role must be ADMIN, EDITOR or PARTNER_EDITOR.");
  const address = validEmail(email);

  const password = await readPassword(Boolean(values["password-stdin"]), address);

  const env = process.env;
  const config = databaseConfigFromEnv(env);
  const db = await openDatabase(config, databaseOptionsFromEnv(env));
  try {
    await prepareDatabase(db, { sample: flag(env.SAMPLE_DATA, "SAMPLE_DATA", true) });
    const { user } = await createUserAccount(
      db,
      { userId: null, tokenId: null, label: "cli:users:create" },
      {
        email: address,
        role: role as Role,
        partnerId: typeof values.partner === "string" ? values.partner : null,
        name: typeof values.name === "string" ? values.name : null,
        password,
      },
    );
    console.log(`Created ${user.role} account ${user.email} (id ${user.id}) in ${db.description}.`);
    return 0;
  } finally {
    await db.close();
  }
}

async function readPassword(fromStdin: boolean, email: string): Promise<string> {
  if (fromStdin) {
    const password = await readPasswordFromStdin();
    if (!password) throw new UsageError("--password-stdin: stdin was empty.");
    return password;
  }
  if (!process.stdin.isTTY)
    throw new UsageError("No terminal to ask for the password: use --password-stdin.");
  for (;;) {
    const password = await promptHidden("Password (not shown): ");
    const problem = passwordProblem(password, email);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await promptHidden("Repeat the password: ")) === password) return password;
    console.error("The passwords differ; once more.");
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`users:create: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
    // Refused input (address taken, weak password, unknown partner): the service's message.
    console.error(`users:create: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`users:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
