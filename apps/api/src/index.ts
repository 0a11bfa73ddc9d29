export { type App, createApp } from "./app.ts";
export { memoryResponseStore } from "./cache/response-store.ts";
export { type ApiConfig, apiConfigFromEnv } from "./config.ts";
export { smtpMailer } from "./mail/smtp-mailer.ts";
export { LIMITS } from "./security/limits.ts";
