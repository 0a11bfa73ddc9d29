import type { ReactiveController, ReactiveControllerHost } from "lit";
import {
  germanTranslator,
  loadTranslator,
  type Translator,
  type WidgetLanguage,
  widgetLanguage,
} from "./i18n.ts";

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The interface language, like Shoelace's LocalizeController: the visitor's own choice (the
 * switcher) wins, then the element's `lang` attribute, then the page's language (the nearest
 * `lang` above the element, or `<html lang>`). Follows changes of the attribute and of
 * `<html lang>` while connected; other languages than German are loaded on demand.
 */
export class LanguageController implements ReactiveController {
  /** The current texts; German until the wanted language has loaded. */
  translator: Translator = germanTranslator;
  /** False until the wanted language has loaded: nothing language-dependent is fetched before. */
  ready = false;
  private chosen: WidgetLanguage | null = null;
  private attribute: string | null = null;
  private observer: MutationObserver | null = null;
  private loads = 0;

  constructor(
    private readonly host: Host,
    /** The element's `lang` attribute. */
    private readonly langAttribute: () => string | null,
    /** False while someone else decides (an enclosing finder): then nothing is loaded. */
    private readonly active: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer = new MutationObserver(() => void this.sync());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    void this.sync();
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = null;
  }

  hostUpdate() {
    const attribute = this.langAttribute();
    if (attribute === this.attribute) return;
    // A new attribute value is the embedder's newer word: it replaces the visitor's earlier choice.
    this.attribute = attribute;
    this.chosen = null;
    void this.sync();
  }

  /** The visitor chose a language; resolves once its texts are shown. */
  async choose(language: WidgetLanguage) {
    this.chosen = language;
    await this.sync();
  }

  get wanted(): WidgetLanguage {
    const page =
      this.host.parentElement?.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
    return this.chosen ?? widgetLanguage(this.langAttribute()) ?? widgetLanguage(page) ?? "de";
  }

  private async sync() {
    if (!this.active()) return;
    const language = this.wanted;
    // Counted before the early return: going back to the shown language must also cancel a load
    // still under way (de → en → de before English arrives ends in German).
    const load = ++this.loads;
    if (this.ready && language === this.translator.language) return;
    const translator = await loadTranslator(language);
    if (load !== this.loads) return; // a later change is loading
    this.translator = translator;
    this.ready = true;
    this.host.requestUpdate();
  }
}
