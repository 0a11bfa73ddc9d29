import type { Service, TargetGroup } from "../api/graphql.ts";
import type { WidgetLanguage } from "./i18n.ts";

/** What a service or target group means, in plain words: one text per value of the two enums. */
export type ExplanationKey = `service.${Service}` | `target.${TargetGroup}`;
/** A language's explanations: typed, so a value missing from the schema or from a language is a type error. */
export type Explanations = Record<ExplanationKey, string>;
export type ExplanationKind = "service" | "target";

// Long texts that most visitors never open: each language is its own chunk, German included, so
// none of them weighs on the first paint. Loaded on the first "Was bedeutet das?".
const loaders: Record<WidgetLanguage, () => Promise<{ default: Explanations }>> = {
  de: () => import("./explanations/de.ts"),
  en: () => import("./explanations/en.ts"),
  ar: () => import("./explanations/ar.ts"),
  fa: () => import("./explanations/fa.ts"),
  uk: () => import("./explanations/uk.ts"),
  ru: () => import("./explanations/ru.ts"),
  tr: () => import("./explanations/tr.ts"),
};

const loaded = new Map<WidgetLanguage, Promise<Explanations>>();

/** A language's explanations, fetched once per page; a failed load is tried again on the next call. */
export function loadExplanations(language: WidgetLanguage): Promise<Explanations> {
  let texts = loaded.get(language);
  if (!texts) {
    texts = loaders[language]().then((module) => module.default);
    texts.catch(() => loaded.delete(language));
    loaded.set(language, texts);
  }
  return texts;
}
