import { defineMessages } from "../i18n/i18n.ts";

/**
 * Why the API refused a password (`extensions.reason` of its 400), in the editor's language.
 * The rules themselves live in the API (packages/schema/src/auth/passwords.ts).
 */
export const passwordProblems = defineMessages(
  {
    PASSWORD_TOO_SHORT: "Das Passwort muss mindestens 12 Zeichen haben.",
    PASSWORD_TOO_LONG: "Das Passwort darf höchstens 256 Zeichen haben.",
    PASSWORD_REPEATED: "Das Passwort darf nicht nur ein oder zwei Zeichen wiederholen.",
    PASSWORD_COMMON: "Dieses Passwort gehört zu den häufigsten; bitte ein anderes wählen.",
    PASSWORD_KEYBOARD_WALK: "Das Passwort darf keine Tasten- oder Ziffernfolge sein.",
    PASSWORD_IS_EMAIL: "Das Passwort darf nicht Ihre E-Mail-Adresse oder deren Namensteil sein.",
  },
  {
    PASSWORD_TOO_SHORT: "The password must have at least 12 characters.",
    PASSWORD_TOO_LONG: "The password must have at most 256 characters.",
    PASSWORD_REPEATED: "The password must not repeat one or two characters.",
    PASSWORD_COMMON: "This password is among the most common ones; choose another.",
    PASSWORD_KEYBOARD_WALK: "The password must not be a row of keys or digits.",
    PASSWORD_IS_EMAIL: "The password must not be your e-mail address or its name part.",
  },
);

export type PasswordProblem = keyof typeof passwordProblems.de;
export const isPasswordProblem = (reason: string | undefined): reason is PasswordProblem =>
  !!reason && reason in passwordProblems.de;
