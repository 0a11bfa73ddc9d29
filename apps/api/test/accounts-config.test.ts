import { describe, expect, it } from "vitest";
import { adminOriginFromEnv, authConfigFromEnv, resolveAuthConfig } from "../src/auth/auth-config.ts";
import { smtpMailerFromEnv } from "../src/mail/smtp-mailer.ts";

describe("accounts settings from the environment", () => {
  it("has the documented defaults", () => {
    expect(resolveAuthConfig(authConfigFromEnv({}))).toMatchObject({
      sessionIdleMinutes: 120,
      sessionMaxHours: 12,
      redisUrl: undefined,
      loginFailuresPerAccount: 5,
      loginFailuresPerAddress: 30,
      loginWindowMinutes: 15,
      trustedProxies: 0,
    });
    expect(adminOriginFromEnv({})).toBe("http://localhost:4000");
    expect(adminOriginFromEnv({ PORT: "8080" })).toBe("http://localhost:8080");
    expect(smtpMailerFromEnv({})).toBeNull();
  });

  it("reads the variables", () => {
    const config = authConfigFromEnv({
      SESSION_IDLE_MINUTES: "30",
      SESSION_MAX_HOURS: "8",
      REDIS_URL: "redis://cache:6379",
      AUTH_REDIS_PREFIX: "kausa-staging:auth",
      LOGIN_FAILURES_PER_ACCOUNT: "3",
    });
    expect(resolveAuthConfig(config)).toMatchObject({
      sessionIdleMinutes: 30,
      sessionMaxHours: 8,
      redisUrl: "redis://cache:6379",
      redisKeyPrefix: "kausa-staging:auth",
      loginFailuresPerAccount: 3,
    });
    expect(adminOriginFromEnv({ ADMIN_ORIGIN: "https://admin.kausa.example/" })).toBe(
      "https://admin.kausa.example",
    );
    expect(
      smtpMailerFromEnv({ SMTP_URL: "smtp://mail:587", SMTP_FROM: "finder@kausa.example" }),
    ).not.toBeNull();
  });

  it.each([
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES/],
    [{ SESSION_MAX_HOURS: "12h" }, /SESSION_MAX_HOURS/],
    [{ REDIS_URL: "localhost:6379" }, /REDIS_URL/],
    [{ LOGIN_WINDOW_MINUTES: "-1" }, /LOGIN_WINDOW_MINUTES/],
  ])("refuses %j with a clear message", (env, message) => {
    expect(() => authConfigFromEnv(env)).toThrow(message);
  });

  it("refuses an admin origin with a path, and SMTP without a sender", () => {
    expect(() => adminOriginFromEnv({ ADMIN_ORIGIN: "https://kausa.example/admin" })).toThrow(/ADMIN_ORIGIN/);
    expect(() => adminOriginFromEnv({ ADMIN_ORIGIN: "kausa.example" })).toThrow(/ADMIN_ORIGIN/);
    expect(() => smtpMailerFromEnv({ SMTP_URL: "smtp://mail:587" })).toThrow(/SMTP_FROM/);
    expect(() => smtpMailerFromEnv({ SMTP_URL: "mail:587", SMTP_FROM: "x@y.z" })).toThrow(/SMTP_URL/);
  });
});
