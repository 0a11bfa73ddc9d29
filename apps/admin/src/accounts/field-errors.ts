import type { Client } from "@urql/core";
import type { TadaDocumentNode } from "gql.tada";
import { ApiError, run } from "../api/client.ts";
import type { common as commonMessages } from "../i18n/common.messages.ts";
import { translate } from "../i18n/i18n.ts";
import type { LocalizeController } from "../i18n/localize.controller.ts";
import { describeError } from "../shared/error-alert.ts";
import { isPasswordProblem, passwordProblems } from "../shared/password-problems.ts";
import type { AccountsKey } from "./accounts.messages.ts";

/**
 * The account mutations do not answer unions: a refused input is a 400 whose error names the
 * argument (`extensions.argument`: "email", "partnerId", "newPassword" …). Forms show the
 * message next to that field.
 */
export class FieldError extends ApiError {
  override name = "FieldError";
  constructor(
    /** The refused argument, "" when the API named none. */
    readonly field: string,
    message: string,
    reason?: string,
  ) {
    super("bad-input", message, undefined, { argument: field, reason });
  }
}

/** `run()` for a mutation of a form: the same errors, but a 400 becomes a FieldError that knows its field. */
export async function runForm<Result, Variables extends Record<string, unknown>>(
  client: Client,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  try {
    return await run(client, document, variables);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "bad-input")
      throw new FieldError(error.input.argument ?? "", error.message, error.input.reason);
    throw error;
  }
}

/** The API's words for refused account input, matched to our own texts (the API speaks English). */
const KNOWN_MESSAGES: [RegExp, AccountsKey][] = [
  [/account with this e-mail address exists/i, "api.emailTaken"],
  [/not an e-mail address/i, "api.notEmail"],
  [/current password is wrong/i, "api.currentWrong"],
  [/cannot change your own role/i, "api.ownRole"],
  [/cannot disable your own account/i, "api.ownDisable"],
  [/PARTNER_EDITOR needs a "partnerId"/i, "api.partnerRequired"],
  [/must lie in the future/i, "api.expiryPast"],
  [/token needs a name/i, "api.tokenName"],
  [/account is disabled: enable it first/i, "api.accountDisabled"],
];

/** A refused input in the editor's language when we know the message, else the API's own words. */
export function inputMessage(msg: LocalizeController<AccountsKey>, error: ApiError): string {
  // Password rules come with a reason code; the other refusals are known by their words.
  const reason = error.input.reason;
  if (isPasswordProblem(reason)) return translate(passwordProblems, msg.lang, reason);
  const known = KNOWN_MESSAGES.find(([pattern]) => pattern.test(error.message));
  return known ? msg.t(known[1]) : error.message;
}

/** Field → message for the fields of one form; anything else becomes the form's own message. */
export function splitError(
  msg: LocalizeController<AccountsKey>,
  common: LocalizeController<keyof typeof commonMessages.de>,
  error: unknown,
  fields: readonly string[],
): { fieldErrors: Record<string, string>; formError: string } {
  if (error instanceof FieldError && fields.includes(error.field))
    return { fieldErrors: { [error.field]: inputMessage(msg, error) }, formError: "" };
  if (error instanceof FieldError) return { fieldErrors: {}, formError: inputMessage(msg, error) };
  return { fieldErrors: {}, formError: describeError(common, error) };
}
