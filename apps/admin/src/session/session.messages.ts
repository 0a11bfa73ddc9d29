import { defineMessages } from "../i18n/i18n.ts";

export const sessionMessages = defineMessages(
  {
    loginTitle: "Anmelden",
    loginIntro: "Verwaltung der Anlaufstellen, Träger, Angebote und Netzwerke von KAUSA Thüringen.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    login: "Anmelden",
    loginFailed: "E-Mail-Adresse oder Passwort ist falsch.",
    loginThrottled: "Zu viele Versuche. Bitte in {minutes} Minuten erneut versuchen.",
    setPasswordTitle: "Passwort festlegen",
    setPasswordIntro:
      "Wählen Sie ein Passwort für Ihr Konto. Mindestens 12 Zeichen; ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.",
    newPassword: "Neues Passwort",
    repeatPassword: "Passwort wiederholen",
    mismatch: "Die beiden Passwörter sind nicht gleich.",
    setPassword: "Passwort speichern und anmelden",
    linkMissing: "Der Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail noch einmal.",
    linkInvalid:
      "Der Link ist abgelaufen oder wurde schon benutzt. Bitten Sie die Administration um einen neuen.",
  },
  {
    loginTitle: "Log in",
    loginIntro: "Managing the contact points, partners, offers and networks of KAUSA Thuringia.",
    email: "E-mail address",
    password: "Password",
    login: "Log in",
    loginFailed: "E-mail or password is wrong.",
    loginThrottled: "Too many attempts. Please try again in {minutes} minutes.",
    setPasswordTitle: "Set your password",
    setPasswordIntro:
      "Choose a password for your account. At least 12 characters; a sentence of several words is easy to remember and safe.",
    newPassword: "New password",
    repeatPassword: "Repeat the password",
    mismatch: "The two passwords differ.",
    setPassword: "Save the password and log in",
    linkMissing: "The link is incomplete. Please open the link from the e-mail again.",
    linkInvalid: "The link has expired or was used already. Ask an administrator for a new one.",
  },
);
