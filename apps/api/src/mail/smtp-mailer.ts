import type { Mailer } from "@kausa/schema";
import nodemailer from "nodemailer";

export interface SmtpConfig {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string;
  /** The sender, e.g. "KAUSA Thüringen <finder@kausa.example>". */
  from: string;
  /** Give up on a server that does not answer (an admin is waiting for the mutation). */
  timeoutMs?: number;
}

/** Sends invitation and reset links by SMTP. Throws when the server refuses the message. */
export function smtpMailer({ url, from, timeoutMs = 10_000 }: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  });
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
      return true;
    },
  };
}

/** The mailer for SMTP_URL and SMTP_FROM, or null when SMTP_URL is not set (links are only shown). */
export function smtpMailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\/[^/]/.test(url))
    throw new Error("SMTP_URL must look like smtp://user:password@host:587 or smtps://…");
  const from = env.SMTP_FROM?.trim();
  if (!from)
    throw new Error("SMTP_FROM must be set with SMTP_URL (the sender address of invitation e-mails)");
  return smtpMailer({ url, from });
}
