import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { COMMON_PASSWORDS, KEYBOARD_ROWS } from "./common-passwords.ts";

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that nobody makes us hash a megabyte. */
export const MAX_PASSWORD_LENGTH = 256;

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1: OWASP's recommendation). The
// enum is `const` in the typings, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** False for a wrong password and for a malformed stored hash (never throws for those). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash ahead (the server does at start), so the first miss is not slower. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("dummy password that no account has: timing equaliser");
  return dummyHash;
}

/**
 * Spends the time of one real verification when there is no account (or no password yet), so
 * that the answer's timing does not tell whether an e-mail address has an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(await prepareDummyHash(), password);
  return false;
}

/**
 * Why a new password is refused, or null when it is acceptable. Length first (NIST 800-63B:
 * length beats composition rules), then what attackers try first: leaked-list favourites
 * (also with digits or symbols around them, "Passwort2024!"), keyboard walks, repetition, and
 * the account's own e-mail name.
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  return passwordCheck(password, email)?.message ?? null;
}

/** Why a password is refused: a stable code (for clients that say it in their own language) and a text. */
export type PasswordProblemCode =
  | "PASSWORD_TOO_SHORT"
  | "PASSWORD_TOO_LONG"
  | "PASSWORD_REPEATED"
  | "PASSWORD_COMMON"
  | "PASSWORD_KEYBOARD_WALK"
  | "PASSWORD_IS_EMAIL";

export function passwordCheck(
  password: string,
  email?: string | null,
): { code: PasswordProblemCode; message: string } | null {
  const problem = (code: PasswordProblemCode, message: string) => ({ code, message });
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return problem(
      "PASSWORD_TOO_SHORT",
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  if (length > MAX_PASSWORD_LENGTH)
    return problem("PASSWORD_TOO_LONG", `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`);
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 2)
    return problem("PASSWORD_REPEATED", "The password must not repeat one or two characters.");
  // "Passwort2024!", "123hallo123": the stem is what an attacker's list contains.
  const stem = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || isRepeatedWord(stem))
    return problem("PASSWORD_COMMON", "This password is among the most common ones; choose another.");
  if (isKeyboardWalk(lower))
    return problem("PASSWORD_KEYBOARD_WALK", "The password must not be a row of keys or digits.");
  const localPart = email?.toLowerCase().split("@")[0];
  if (localPart && (stem === localPart || lower === localPart || lower.includes(email!.toLowerCase())))
    return problem("PASSWORD_IS_EMAIL", "The password must not be your e-mail address or its name part.");
  return null;
}

/** "hallohallohallo", "abcabcabcabc": a short piece repeated. */
function isRepeatedWord(text: string): boolean {
  return text.length > 0 && /^(.{1,6}?)\1+$/u.test(text);
}

/**
 * Mostly steps between neighbouring keys of one row (either direction): "qwertzuiop12",
 * "0987654321ß", "asdfghjklöä". Three quarters of the steps being walks is enough.
 */
function isKeyboardWalk(text: string): boolean {
  const chars = [...text];
  let steps = 0;
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars[i - 1] as string, chars[i] as string];
    if (
      KEYBOARD_ROWS.some(
        (row) => Math.abs(row.indexOf(a) - row.indexOf(b)) === 1 && row.includes(a) && row.includes(b),
      )
    )
      steps++;
  }
  return steps >= (chars.length - 1) * 0.75;
}
