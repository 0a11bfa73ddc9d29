// Field rules shared by every editable type. Each refusal gets a stable code (for the admin
// app's translated messages; custom rules name theirs, validate.ts maps zod's own) and an
// English message.
import { z } from "zod";
import { SUPPORTED_LOCALES } from "../locale.ts";

/** A custom rule whose failure carries `code`. */
const rule = <T>(schema: z.ZodType<T>, check: (value: T) => boolean, code: string, message: string) =>
  schema.refine(check, { message, params: { code } });

export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "Required." })
    .max(max, { message: `At most ${max} characters.` });

/** Optional text: null (or "") clears it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters.` })
    .transform((value) => value || null)
    .nullable();

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "At most 254 characters." })
  .pipe(z.email({ message: "Not an e-mail address." }));

export const optionalEmail = z
  .string()
  .trim()
  .transform((value) => value || null)
  .pipe(email.nullable())
  .nullable();

/**
 * German phone numbers as people write them: "0361 123456", "0361/12 34 56-0", "(0361) 123456",
 * "+49 361 123456", "0049 361 …". 6–15 digits (E.164), starting with 0 or +.
 */
export const PHONE = /^(?:\+|00)?[0-9]+(?:[ /-]?(?:\([0-9]+\)|[0-9]+))*$/;
export const optionalPhone = rule(
  z
    .string()
    .trim()
    .transform((value) => value || null)
    .nullable(),
  (value) => {
    if (value === null) return true;
    const digits = value.replace(/\D/g, "");
    const compact = value.replace(/[ ()]/g, " ").replace(/\s+/g, " ");
    return (
      (value.startsWith("0") || value.startsWith("+") || value.startsWith("(0")) &&
      digits.length >= 6 &&
      digits.length <= 15 &&
      (PHONE.test(value) || PHONE.test(compact.replace(/ /g, "")))
    );
  },
  "INVALID_PHONE",
  'Not a German phone number (e.g. "0361 123456" or "+49 361 123456").',
).nullable();

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const optionalUrl = rule(
  z
    .string()
    .trim()
    .max(2000, { message: "At most 2000 characters." })
    .transform((value) => value || null)
    .nullable(),
  (value) => value === null || isHttpUrl(value),
  "INVALID_URL",
  "Only http:// and https:// web addresses.",
).nullable();

/** Text per language; German is required, the other six are optional. */
export const localizedText = (max: number) =>
  z.object(
    Object.fromEntries(
      SUPPORTED_LOCALES.map((locale) => [
        locale,
        locale === "de" ? requiredText(max) : optionalText(max).optional(),
      ]),
    ) as Record<string, z.ZodType>,
  );

export const optionalLocalizedText = (max: number) => localizedText(max).nullable();

/** Languages of counselling as ISO 639-1 codes, e.g. ["de", "ar", "uk"]. */
export const languageCodes = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, { message: "An ISO 639-1 code such as de, ar or uk." }),
  )
  .max(40, { message: "At most 40 languages." })
  .transform((codes) => [...new Set(codes)]);

const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
const time = z.string().regex(TIME, { message: "A time as HH:MM (00:00–23:59)." });

export const openingHours = z
  .array(
    rule(
      z.object({ day: z.number().int().min(1).max(7), opens: time, closes: time }),
      (slot) => slot.opens < slot.closes,
      "CLOSES_BEFORE_OPENS",
      "Closing time must be after opening time.",
    ),
  )
  .max(50, { message: "At most 50 opening intervals." });

export const coordinate = (min: number, max: number) =>
  z.number().min(min, { message: "Out of range." }).max(max, { message: "Out of range." });

export const externalKey = optionalText(100);
