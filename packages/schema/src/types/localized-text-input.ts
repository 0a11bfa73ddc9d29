import { builder } from "../builder.ts";
import { SUPPORTED_LOCALES } from "../locale.ts";

/** A text in up to seven languages; German is required, the others are optional translations. */
export const LocalizedTextInput = builder.inputType("LocalizedTextInput", {
  description: "A text per language. German (`de`) is required; a missing translation falls back to German.",
  fields: (t) =>
    Object.fromEntries(
      SUPPORTED_LOCALES.map((locale) => [locale, t.string({ required: locale === "de" })]),
    ) as Record<(typeof SUPPORTED_LOCALES)[number], ReturnType<typeof t.string>>,
});

export const OpeningHoursInput = builder.inputType("OpeningHoursInput", {
  description: "One opening interval: ISO weekday 1 (Monday) … 7, local times HH:MM.",
  fields: (t) => ({
    day: t.int({ required: true }),
    opens: t.string({ required: true }),
    closes: t.string({ required: true }),
  }),
});
