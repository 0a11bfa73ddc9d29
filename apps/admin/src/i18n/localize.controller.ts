import { ContextConsumer } from "@lit/context";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { languageContext } from "../app/context.ts";
import { type AdminLanguage, type MessageSet, translate } from "./i18n.ts";

/**
 * A component's texts and formats in the app's current language (like Shoelace's
 * LocalizeController): re-renders its host when the language changes.
 *
 *   private readonly msg = new LocalizeController(this, messages);
 *   render() { return html`<h1>${this.msg.t("title")}</h1>`; }
 */
export class LocalizeController<K extends string> implements ReactiveController {
  private readonly language: ContextConsumer<typeof languageContext, ReactiveControllerHost & HTMLElement>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly messages: MessageSet<K>,
  ) {
    this.language = new ContextConsumer(host, { context: languageContext, subscribe: true });
    host.addController(this);
  }

  hostConnected() {}

  get lang(): AdminLanguage {
    return this.language.value ?? "de";
  }

  t(key: K, params?: Record<string, string | number>): string {
    return translate(this.messages, this.lang, key, params);
  }

  /** "27.11.2026, 14:05" / "27/11/2026, 14:05" */
  dateTime(value: string | Date | null | undefined): string {
    if (!value) return "–";
    return new Intl.DateTimeFormat(this.lang === "de" ? "de-DE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(value));
  }

  date(value: string | Date | null | undefined): string {
    if (!value) return "–";
    return new Intl.DateTimeFormat(this.lang === "de" ? "de-DE" : "en-GB", { dateStyle: "medium" }).format(
      new Date(value),
    );
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.lang === "de" ? "de-DE" : "en-GB").format(value);
  }
}
