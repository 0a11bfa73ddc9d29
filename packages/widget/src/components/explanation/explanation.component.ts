import { html, LitElement, nothing, type PropertyValues } from "lit";
import {
  type ExplanationKey,
  type ExplanationKind,
  type Explanations,
  loadExplanations,
} from "../../i18n/explanations.ts";
import type { Translator, WidgetLanguage } from "../../i18n/i18n.ts";
import styles from "./explanation.styles.ts";

/**
 * What services or target groups mean, in plain words (German: Leichte Sprache), as a list of
 * names and explanations (values without a text are left out). Lives in the disclosure of
 * explanation.template.ts and is itself a lazy chunk; its texts, one chunk per language (i18n/explanations.ts), are fetched once the disclosure
 * is open, and again when the language changes while it is open. Its only import besides Lit is
 * the loader: the translator comes as a property, so the chunk shares no more code with the first
 * paint than it must.
 *
 * @tagname kausa-explanation
 */
export class KausaExplanation extends LitElement {
  static override styles = styles;
  static override properties = {
    t: { attribute: false },
    kind: { type: String },
    values: { attribute: false },
    open: { state: true },
    loaded: { state: true },
    failed: { state: true },
  };

  /** The interface language and its texts (the names of the values, "Wird geladen …"). */
  t!: Translator;
  /** What is explained: "service" or "target" (target groups). */
  kind: ExplanationKind = "service";
  /** The values to explain, enum values such as "MATCHING". */
  values: readonly string[] = [];
  /** @internal Whether the enclosing disclosure is open (true without one). */
  open = true;
  /** @internal The texts shown, and their language. */
  loaded: { language: WidgetLanguage; texts: Explanations } | null = null;
  /** @internal The texts could not be fetched (offline): said in the panel, tried again on the next opening. */
  failed = false;

  private requested: WidgetLanguage | null = null;
  private disclosure: HTMLDetailsElement | null = null;
  private readonly onToggle = () => {
    this.open = this.disclosure?.open ?? true;
    if (this.open && this.failed) this.requested = null;
  };

  override connectedCallback() {
    super.connectedCallback();
    this.disclosure = this.parentElement instanceof HTMLDetailsElement ? this.parentElement : null;
    this.disclosure?.addEventListener("toggle", this.onToggle);
    this.onToggle();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.disclosure?.removeEventListener("toggle", this.onToggle);
    this.disclosure = null;
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    // Closed explanations (the other cards') fetch nothing, also after a language switch.
    const language = this.t?.language;
    if (!language) return;
    if (this.open && this.loaded?.language !== language && this.requested !== language) {
      this.requested = language;
      void this.load(language);
    }
  }

  private async load(language: WidgetLanguage) {
    this.failed = false;
    try {
      const texts = await loadExplanations(language);
      if (this.requested === language) this.loaded = { language, texts };
    } catch {
      if (this.requested === language) this.failed = true;
    }
  }

  override render() {
    const t = this.t;
    if (!this.open || !t) return nothing;
    const texts = this.loaded?.language === t.language ? this.loaded.texts : null;
    if (!texts) return html`<p>${this.failed ? t.t("error") : t.t("loading")}</p>`;
    const keys = this.values.map((value) => `${this.kind}.${value}`).filter((key) => key in texts);
    return html`<dl>
      ${(keys as ExplanationKey[]).map((key) => html`<dt>${t.t(key)}</dt><dd>${texts[key]}</dd>`)}
    </dl>`;
  }
}
