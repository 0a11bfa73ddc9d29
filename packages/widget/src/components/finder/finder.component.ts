import { type LinkFilter, normalizeFilter } from "@kausa/filters";
import { ContextProvider } from "@lit/context";
import { Task } from "@lit/task";
import { html, nothing, type PropertyDeclarations, type PropertyValues } from "lit";
import { AREAS, type PlaceNode } from "../../api/documents.ts";
import { apiOrigin } from "../../api/origin.ts";
import { request } from "../../api/request.ts";
import { apiOriginContext, translatorContext } from "../../context.ts";
import { emit } from "../../events.ts";
import type { WidgetLanguage } from "../../i18n/i18n.ts";
import { LanguageController } from "../../i18n/language.controller.ts";
import { outsideArea } from "../../state/area-hint.ts";
import { AttributeWarnings, attributeChecker } from "../../state/attribute-checks.ts";
import {
  clearedFilter,
  type FinderState,
  initialState,
  nearOf,
  originOf,
  type Presets,
  presetsFrom,
  searchFilter,
} from "../../state/finder-state.ts";
import { UrlStateController } from "../../state/url-state.controller.ts";
import "../place-search/place-search.ts";
import baseStyles from "../../styles/base.styles.ts";
import { compactLayout, shownPanels } from "./compact-layout.ts";
import { ContactSearch } from "./contact-search.ts";
import filtersStyles from "./filters.styles.ts";
import styles from "./finder.styles.ts";
import { FinderAttributes } from "./finder-attributes.ts";
import { mapLoader, mapPanel } from "./map-panel.ts";
import { PrintController } from "./print/print.controller.ts";
import { printSummary } from "./print/print-summary.template.ts";
import printStyles from "./print.styles.ts";
import { cardLinks, pageUrl } from "./share-links.ts";
import { foldableFilters } from "./templates/filters.template.ts";
import { header, panelSwitch, type Tab, tabs } from "./templates/header.template.ts";
import { offersPanel } from "./templates/offers-panel.template.ts";
import { focusResult, resultList } from "./templates/results.template.ts";
import { statusLine } from "./templates/status-line.template.ts";

/**
 * The contact finder: where can I get help with vocational training near me? A searchbox for a
 * town or postcode (or "near me"), filters, the result list and — loaded lazily — a map.
 *
 * @event kausa-select - A contact point was chosen in the list or on the map: `detail.id`, `detail.contactPoint`.
 * @event kausa-search - Results were loaded (the first page and each further one): `detail.place`, `detail.filter`, `detail.totalCount`.
 * @event kausa-place-select - A place was chosen from the suggestions: `detail.place`.
 * @event kausa-language-change - The visitor switched the language: `detail.language`.
 *
 * @csspart base - The whole finder.
 * @csspart header - Title, language switcher and print button.
 * @csspart filters - The filter fieldset.
 * @csspart status - The result count (a live region).
 * @csspart list - The result list.
 * @csspart item - One result.
 * @csspart map - The map.
 * @csspart footer - Data attribution.
 *
 * @cssproperty --kausa-primary - Links, buttons, markers (default #0b5394).
 * @cssproperty --kausa-on-primary - Text on primary (default #fff).
 * @cssproperty --kausa-text - Text colour (default #1f2933).
 * @cssproperty --kausa-muted - Secondary text (default #4b5563).
 * @cssproperty --kausa-surface - Card and input background (default #fff).
 * @cssproperty --kausa-border-color - Borders (default #6b7280).
 * @cssproperty --kausa-focus - Focus outline (default #d97706).
 * @cssproperty --kausa-selected - Selected result (default #b45309).
 * @cssproperty --kausa-radius - Corner radius (default 0.375rem).
 * @cssproperty --kausa-font - Font family (default: inherited from the host page).
 * @cssproperty --kausa-map-height - Map height (default 26rem).
 *
 * @tagname kausa-finder
 */
export class KausaFinder extends FinderAttributes {
  static override styles = [baseStyles, styles, filtersStyles, printStyles];
  static override properties: PropertyDeclarations = {
    state: { state: true, attribute: false },
    panel: { state: true, attribute: false },
    basemapConsented: { state: true, attribute: false },
  };

  /** @internal */
  state: FinderState | null = null;
  /** @internal Which of list and map a narrow finder shows. */
  panel: "list" | "map" = "list";
  /** @internal The visitor's or the host page's consent to the base map. */
  basemapConsented = false;

  private readonly i18n = new LanguageController(this, () => this.language);
  private readonly compact = compactLayout(this);
  // Registered with the element; it needs no further calls.
  protected readonly url = new UrlStateController(this, {
    enabled: () => this.urlState !== "off",
    state: () => this.current,
    restore: (fromUrl) => {
      this.state = { ...this.current, ...fromUrl, filter: { ...this.current.filter, ...fromUrl.filter } };
    },
  });
  private readonly translatorProvider = new ContextProvider(this, { context: translatorContext });
  private readonly originProvider = new ContextProvider(this, { context: apiOriginContext });
  private readonly search = new ContactSearch(
    this,
    () => this.searchQuery,
    (page) =>
      emit(this, "kausa-search", {
        place: this.current.origin?.label ?? null,
        filter: page.query.filter,
        totalCount: page.totalCount,
      }),
  );
  private readonly areas = new Task(this, {
    args: () => [this.origin],
    task: async ([origin], { signal }) =>
      (await request(AREAS, {}, { origin, language: "de" }, signal)).regions,
  });
  private mapWanted = false;
  private readonly attributeWarnings = new AttributeWarnings();
  private readonly checkAttributes = attributeChecker();
  private readonly printer = new PrintController(this, () => pageUrl(this.current, this.urlState));
  private readonly map = mapLoader(this, () => [this.mapWanted ? this.origin : null]);

  private get origin() {
    return apiOrigin(this.api);
  }

  private linksFor = (id: string) =>
    cardLinks(id, {
      origin: this.origin,
      language: this.i18n.translator.language,
      state: this.current,
      urlState: this.urlState,
    });

  /** The state; before the first update (set in willUpdate) what the attributes say. */
  private get current(): FinderState {
    return this.state ?? initialState(this.presets);
  }

  private get presets(): Presets {
    return presetsFrom(this.checked, this.ruralOnly);
  }

  /** The attributes without the values the finder does not know (view, page size …). */
  private get checked() {
    return this.checkAttributes(this).values;
  }

  /** Nothing is fetched before the interface language is known (no German flash, no wasted request). */
  private get searchQuery() {
    if (!this.i18n.ready) return null;
    const language = this.i18n.translator.language;
    return {
      filter: searchFilter(this.current, this.presets),
      near: nearOf(this.current),
      pageSize: this.checked.pageSize,
      endpoint: { origin: this.origin, language },
    };
  }

  private get shown() {
    return shownPanels(this.checked.view, this.compact.value, this.panel);
  }

  /**
   * Loads the opt-in base map, e.g. from the host page's consent manager. Remembered: also before
   * the map is shown, and for every map created later (after a move or a language switch).
   */
  consentToBasemap() {
    this.basemapConsented = true;
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    // A wrong attribute is the embedder's mistake: said once in the console, never to visitors.
    this.attributeWarnings.report(this.checkAttributes(this).problems);
    // Set here, not in a getter during render (that would ask for a second update).
    this.state ??= initialState(this.presets);
    // MapLibre (~450 KB with its worker) is fetched the first time a map is actually shown.
    if (this.shown.map && this.i18n.ready) this.mapWanted = true;
    this.translatorProvider.setValue(this.i18n.translator);
    this.originProvider.setValue(this.origin);
  }

  private patch(patch: Partial<FinderState>) {
    this.state = { ...this.current, ...patch };
  }

  private setFilter = (filter: LinkFilter) =>
    this.patch({ filter: normalizeFilter(filter), selectedId: null });

  private clearFilters = () => this.setFilter(clearedFilter(this.presets));

  private onPlace = (event: CustomEvent<{ place: PlaceNode }>) =>
    this.patch({ origin: originOf(event.detail.place), selectedId: null, beyondArea: false });

  private onDevicePosition = (event: CustomEvent<{ lat: number; lng: number }>) =>
    this.patch({
      origin: { ...event.detail, label: this.i18n.translator.t("nearMe"), fromDevice: true },
      selectedId: null,
      beyondArea: false,
    });

  private async chooseLanguage(language: WidgetLanguage) {
    await this.i18n.choose(language);
    emit(this, "kausa-language-change", { language });
  }

  private select(id: string, from: "list" | "map") {
    this.patch({ selectedId: id });
    emit(this, "kausa-select", { id, contactPoint: this.search.results.find((r) => r.id === id) });
    if (from !== "map") return;
    if (this.compact.value) this.panel = "list";
    void this.updateComplete.then(() => focusResult(this.renderRoot, id));
  }

  private selectTab = (tab: Tab, focus: boolean) => {
    this.patch({ tab });
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };

  private renderContacts(state: FinderState) {
    const t = this.i18n.translator;
    const compact = !!this.compact.value;
    const view = this.checked.view;
    return html`
      ${view === "both" && compact ? panelSwitch(t, this.panel, (panel) => (this.panel = panel)) : nothing}
      <div class="layout ${compact ? "compact" : view}">
        ${
          this.shown.list
            ? resultList({
                t,
                search: this.search,
                selectedId: state.selectedId,
                onSelect: (id) => this.select(id, "list"),
                linksFor: this.linksFor,
              })
            : nothing
        }
        ${
          this.shown.map && this.i18n.ready
            ? mapPanel({
                t,
                origin: this.origin,
                filter: searchFilter(state, this.presets),
                near: nearOf(state),
                boundaries: this.map.value ?? null,
                selected: this.search.results.find((r) => r.id === state.selectedId),
                selectedId: state.selectedId,
                center: state.origin,
                basemap: this.basemap,
                basemapProvider: this.basemapProvider,
                basemapConsented: this.basemapConsented,
                onConsent: () => this.consentToBasemap(),
                onSelect: (id) => this.select(id, "map"),
              })
            : nothing
        }
      </div>
    `;
  }

  override render() {
    const t = this.i18n.translator;
    const state = this.current;
    const form = {
      t,
      filter: state.filter,
      presets: this.presets,
      areas: this.areas,
      onChange: this.setFilter,
      onClear: this.clearFilters,
    };
    return html`<div class="finder" part="base" dir=${t.dir} lang=${t.language}>
      ${header(
        t,
        (language) => void this.chooseLanguage(language),
        () => void this.printer.print(),
      )}
      <kausa-place-search .value=${state.origin?.fromDevice ? t.t("nearMe") : (state.origin?.label ?? "")} @kausa-place-select=${this.onPlace}
        @kausa-device-position=${this.onDevicePosition}></kausa-place-search>
      ${foldableFilters(form, !!this.compact.value)}
      ${tabs(t, state.tab, this.selectTab)}
      ${statusLine({
        t,
        search: this.search,
        place: state.origin && { label: state.origin.label, nearYou: state.origin.fromDevice === true },
        shown: state.tab === "contacts",
        outside: outsideArea(state, this.presets, this.areas.value),
        onBeyondArea: (beyondArea) => this.patch({ beyondArea, selectedId: null }),
      })}
      ${printSummary({
        t,
        filter: searchFilter(state, this.presets),
        regions: this.areas.value,
        shareUrl: pageUrl(state, this.urlState),
        qr: this.printer.qr,
      })}
      <div id="panel-contacts" role="tabpanel" aria-labelledby="tab-contacts" ?hidden=${state.tab !== "contacts"}>
        ${this.renderContacts(state)}
      </div>
      <div id="panel-offers" role="tabpanel" aria-labelledby="tab-offers" ?hidden=${state.tab !== "offers"}>
        ${state.tab === "offers" ? offersPanel(searchFilter(state, this.presets), nearOf(state)) : nothing}
      </div>
      <footer part="footer">${t.t("attribution")}</footer>
    </div>`;
  }
}
