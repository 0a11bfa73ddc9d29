import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import { type LocalizedValue, SUPPORTED_LOCALES, translate } from "../locale.ts";

export const LocalizedText = builder.objectRef<LocalizedValue>("LocalizedText").implement({
  description: "A text in the requested language, or in German when no translation exists.",
  fields: (t) => ({
    text: t.exposeString("text"),
    locale: t.exposeString("locale", { description: "Language of `text` (ISO 639-1)." }),
    isFallback: t.exposeBoolean("isFallback", {
      description: "True when the requested language was missing and the German text is returned.",
    }),
  }),
});

export const localeArgDescription = `Language (ISO 639-1, e.g. "ar"; a region like "ar-SY" is ignored). Supported: ${SUPPORTED_LOCALES.join(", ")}. Default: the request's Accept-Language, else German.`;

/**
 * The language for one field: its argument (any well-formed tag; "ar-SY" → "ar"), else the
 * request's Accept-Language. A language without content yields German, marked as fallback.
 */
export function resolveLocale(arg: string | null | undefined, ctx: Context): string {
  if (arg == null) return ctx.locale;
  if (!/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}$/.test(arg)) {
    throw badInput(`"${arg.slice(0, 40)}" is not a language tag such as "de" or "ar".`, "locale");
  }
  return arg.toLowerCase().split(/[-_]/)[0] as string;
}

/** Resolves a stored translation map ({"de": …, "en": …}) for the requested language. */
export function localized(value: unknown, arg: string | null | undefined, ctx: Context) {
  return translate(value, resolveLocale(arg, ctx));
}
