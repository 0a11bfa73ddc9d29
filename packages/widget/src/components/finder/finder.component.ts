import { html, LitElement, nothing, type PropertyValues } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { apiClient } from "../../api/client.ts";
import { apiOrigin } from "../../api/origin.ts";
import {
  AREAS,
  CONTACT_POINTS,
  type ContactPointNode,
  DISTRICT_BOUNDARIES,
  type PlaceNode,
} from "../../api/queries.ts";
import { emit } from "../../events.ts";
import { formatOpeningHours, httpHref, languageNames, mailtoHref, routeHref, telHref } from "../../format.ts";
import {
  germanTranslator,
  LANGUAGE_NAMES,
  loadTranslator,
  type Translator,
  WIDGET_LANGUAGES,
  type WidgetLanguage,
  widgetLanguage,
} from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import {
  contactPointFilter,
  DEFAULT_RADIUS_KM,
  emptyState,
  type FinderState,
  type Presets,
} from "../../state/finder-state.ts";
import { readUrlState, writeUrlState } from "../../state/url-state.ts";
import "../offers/offers.ts";
import "../place-search/place-search.ts";
import baseStyles from "../../styles/base.styles.ts";
import type { KausaMap } from "../map/map.component.ts";
import styles from "./finder.styles.ts";

const SERVICES = [
  "TRAINING_COUNSELLING",
  "CAREER_ORIENTATION",
  "RECOGNITION_OF_QUALIFICATIONS",
  "APPLICATION_HELP",
  "LANGUAGE_COURSES",
  "COMPANY_COUNSELLING",
  "MATCHING",
  "RESIDENCE_LAW_COUNSELLING",
  "SOCIAL_COUNSELLING",
];
const TARGET_GROUPS = ["YOUNG_PEOPLE", "ADULTS", "PARENTS", "REFUGEES", "COMPANIES", "ORGANISATIONS"];
const OFFER_KINDS = [
  "TRAINING",
  "COUNSELLING",
  "EVENT",
  "GUIDE",
  "APPRENTICESHIP_PLACE",
  "INTERNSHIP",
  "ENTRY_QUALIFICATION",
  "LANGUAGE_COURSE",
];
const COUNSELLING_LANGUAGES = [
  "en",
  "ar",
  "fa",
  "uk",
  "ru",
  "tr",
  "ku",
  "ti",
  "ps",
  "fr",
  "ro",
  "pl",
  "so",
  "es",
];

/** Below this width (52rem) list and map share the space and the visitor switches between them. */
const COMPACT_WIDTH_PX = 832;

const csv = (value: string | null | undefined) =>
  (value ?? "")
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The contact finder: where can I get help with vocational training near me? A searchbox for a
 * town or postcode (or "near me"), filters, the result list and — loaded lazily — a map.
 *
 * @event kausa-select - A contact point was chosen in the list or on the map: `detail.id`, `detail.contactPoint`.
 * @event kausa-search - Results were loaded: `detail.place`, `detail.filter`, `detail.totalCount`.
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
export class KausaFinder extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    region: { type: String },
    district: { type: String },
    services: { type: String },
    languages: { type: String },
    targetGroups: { type: String, attribute: "target-groups" },
    ruralOnly: { type: Boolean, attribute: "rural-only" },
    view: { type: String },
    locked: { type: String },
    language: { type: String, attribute: "lang" },
    api: { type: String },
    urlState: { type: String, attribute: "url-state" },
    basemap: { type: String },
    basemapProvider: { type: String, attribute: "basemap-provider" },
    pageSize: { type: Number, attribute: "page-size" },
    state: { state: true, attribute: false },
    translator: { state: true, attribute: false },
    results: { state: true, attribute: false },
    totalCount: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    hasMore: { state: true, attribute: false },
    boundaries: { state: true, attribute: false },
    areas: { state: true, attribute: false },
    compact: { state: true, attribute: false },
    panel: { state: true, attribute: false },
  };

  /** Planning region key, e.g. "nordthueringen". */
  declare region: string | null;
  /** District key (Kreisschlüssel), e.g. "16062". */
  declare district: string | null;
  /** Preset services, comma-separated (e.g. "MATCHING,TRAINING_COUNSELLING"). */
  declare services: string | null;
  /** Preset counselling languages, comma-separated ISO 639-1 codes. */
  declare languages: string | null;
  /** Preset target groups, comma-separated. */
  declare targetGroups: string | null;
  /** Only contact points in rural districts (all but Erfurt and Jena). */
  declare ruralOnly: boolean;
  /** "list", "map" or "both" (default). */
  declare view: "list" | "map" | "both";
  /** Filters the visitor cannot change, comma-separated: services, languages, target-groups. */
  declare locked: string | null;
  /** Interface language (de, en, ar, fa, uk, ru, tr); default: the page's language. */
  declare language: string | null;
  /** API origin; default: where the script was loaded from. */
  declare api: string | null;
  /** "off" to keep the state out of the page URL. */
  declare urlState: string | null;
  /** Opt-in base map style URL; loaded only after the visitor's click or consentToBasemap(). */
  declare basemap: string | null;
  /** Name of the base map provider, shown on the consent button. */
  declare basemapProvider: string | null;
  /** Results per page (default 20, at most 100). */
  declare pageSize: number;

  /** @internal */
  declare state: FinderState;
  /** @internal */
  declare translator: Translator;
  /** @internal */
  declare results: ContactPointNode[];
  /** @internal */
  declare totalCount: number | null;
  /** @internal */
  declare loading: boolean;
  /** @internal */
  declare failed: boolean;
  /** @internal */
  declare hasMore: boolean;
  /** @internal */
  declare boundaries: unknown;
  /** @internal */
  declare compact: boolean;
  /** @internal */
  declare panel: "list" | "map";
  /** @internal */
  declare areas: { key: string; name: string; districts: { key: string; name: string }[] }[];
  private endCursor: string | null = null;
  private languageReady = false;
  private lastSearchKey = "";
  private mapRequested = false;
  private resizeObserver: ResizeObserver | null = null;
  private requestId = 0;

  constructor() {
    super();
    this.region = null;
    this.district = null;
    this.services = null;
    this.languages = null;
    this.targetGroups = null;
    this.ruralOnly = false;
    this.view = "both";
    this.locked = null;
    this.language = null;
    this.api = null;
    this.urlState = null;
    this.basemap = null;
    this.basemapProvider = null;
    this.pageSize = 20;
    this.state = emptyState();
    this.translator = germanTranslator;
    this.results = [];
    this.totalCount = null;
    this.loading = false;
    this.failed = false;
    this.hasMore = false;
    this.boundaries = null;
    this.areas = [];
    this.compact = false;
    this.panel = "list";
  }

  private get origin() {
    return apiOrigin(this.api);
  }

  private get presets(): Presets {
    return {
      regionId: this.region || null,
      districtKey: this.district || null,
      services: csv(this.services),
      languages: csv(this.languages),
      targetGroups: csv(this.targetGroups),
      ruralOnly: this.ruralOnly,
      locked: new Set(csv(this.locked).map((name) => (name === "target-groups" ? "targetGroups" : name))),
    };
  }

  /** Narrow containers (phones) with view="both" show list or map, switched by the visitor. */
  private get listShown() {
    return this.view === "list" || (this.view === "both" && (!this.compact || this.panel === "list"));
  }

  private get mapShown() {
    return this.view === "map" || (this.view === "both" && (!this.compact || this.panel === "map"));
  }

  override connectedCallback() {
    super.connectedCallback();
    const presets = this.presets;
    this.state = {
      ...emptyState(),
      services: presets.services,
      languages: presets.languages,
      targetGroups: presets.targetGroups,
      ...(this.urlState === "off" ? {} : readUrlState(location.search)),
    };
    const pageLanguage = this.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
    void this.setLanguage(widgetLanguage(this.language) ?? widgetLanguage(pageLanguage) ?? "de", false);
  }

  /** Loads the opt-in base map, e.g. from the host page's consent manager. */
  consentToBasemap() {
    (this.renderRoot.querySelector("kausa-map") as KausaMap | null)?.consentToBasemap();
  }

  override updated(changed: PropertyValues<this>) {
    // MapLibre (~450 KB with its worker) is fetched the first time a map is actually shown.
    if (this.hasUpdated && this.mapShown && !this.mapRequested) {
      this.mapRequested = true;
      void this.loadMap();
    }
    if (
      changed.has("language") &&
      this.language &&
      widgetLanguage(this.language) !== this.translator.language
    ) {
      void this.setLanguage(widgetLanguage(this.language) ?? "de", false);
    }
    const presetsChanged = [
      "region",
      "district",
      "ruralOnly",
      "services",
      "languages",
      "targetGroups",
      "locked",
    ].some((name) => changed.has(name as keyof KausaFinder));
    if (changed.has("state") || presetsChanged) {
      // search() itself skips when nothing it depends on changed (a selection, a tab switch).
      void this.search();
      this.writeUrl();
    }
  }

  override firstUpdated() {
    void this.loadAreas();
    this.compact = this.getBoundingClientRect().width < COMPACT_WIDTH_PX;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.compact = entry.contentRect.width < COMPACT_WIDTH_PX;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private async loadAreas() {
    const result = await apiClient(this.origin, "de").query(AREAS, {}).toPromise();
    this.areas = result.data?.regions ?? [];
  }

  private async setLanguage(language: WidgetLanguage, announce: boolean) {
    this.translator = await loadTranslator(language);
    this.languageReady = true;
    if (announce) emit(this, "kausa-language-change", { language });
    // Localized texts come from the API in the new language.
    void this.search();
  }

  private async loadMap() {
    // MapLibre is ~300 KB: loaded only when a map is shown, after the list.
    await import("../map/map.ts");
    const result = await apiClient(this.origin, "de").query(DISTRICT_BOUNDARIES, {}).toPromise();
    const districts = (result.data?.districts ?? []) as {
      key: string;
      name: string;
      rural: boolean;
      boundary: unknown;
    }[];
    this.boundaries = {
      type: "FeatureCollection",
      features: districts.map((d) => ({
        type: "Feature",
        id: d.key,
        properties: { name: d.name, rural: d.rural },
        geometry: d.boundary,
      })),
    };
  }

  private writeUrl() {
    if (this.urlState === "off") return;
    const search = writeUrlState(location.search, this.state);
    if (search !== location.search)
      history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  }

  private get activeFilterCount() {
    const s = this.state;
    return (
      [s.services, s.languages, s.targetGroups, s.offerKinds].filter((l) => l.length).length +
      Number(s.accessible) +
      Number(!!s.area)
    );
  }

  private get selectedDetails() {
    const cp = this.results.find((r) => r.id === this.state.selectedId);
    return cp
      ? { name: cp.name, address: [cp.street, `${cp.postcode} ${cp.city}`].filter(Boolean).join(", ") }
      : null;
  }

  private get areaFilter() {
    return contactPointFilter(this.state, this.presets);
  }

  private get near() {
    const o = this.state.origin;
    return o ? { lat: o.lat, lng: o.lng, radiusKm: DEFAULT_RADIUS_KM } : undefined;
  }

  /**
   * Loads results for the current state. Nothing is fetched before the interface language is
   * known (no German flash, no wasted request), and the same search is never sent twice.
   */
  private async search(append = false, force = false) {
    if (!this.languageReady) return;
    const filter = contactPointFilter(this.state, this.presets);
    const key = JSON.stringify([filter, this.near, this.translator.language, this.pageSize, this.origin]);
    if (!append && !force && key === this.lastSearchKey) return;
    if (!append) this.lastSearchKey = key;
    const id = ++this.requestId;
    this.loading = true;
    this.failed = false;
    const result = await apiClient(this.origin, this.translator.language)
      .query(
        CONTACT_POINTS,
        {
          filter,
          near: this.near,
          first: Math.min(Math.max(this.pageSize || 20, 1), 100),
          after: append ? this.endCursor : null,
          locale: this.translator.language,
        },
        { requestPolicy: "cache-first" },
      )
      .toPromise();
    if (id !== this.requestId) return; // a newer search has started
    this.loading = false;
    const connection = result.data?.contactPoints;
    if (!connection) {
      this.failed = true;
      this.lastSearchKey = ""; // the same search may be tried again
      // Old results under a new filter would mislead: show only the error (unless paging on).
      if (!append) {
        this.results = [];
        this.totalCount = null;
        this.hasMore = false;
      }
      return;
    }
    const nodes = connection.edges.map((e: { node: ContactPointNode }) => e.node) as ContactPointNode[];
    this.results = append ? [...this.results, ...nodes] : nodes;
    this.totalCount = connection.totalCount;
    this.hasMore = connection.pageInfo.hasNextPage;
    this.endCursor = connection.pageInfo.endCursor;
    emit(this, "kausa-search", {
      place: this.state.origin?.label ?? null,
      filter,
      totalCount: connection.totalCount,
    });
  }

  private get mapFeaturesUrl() {
    const filter = contactPointFilter(this.state, this.presets);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) {
      if (Array.isArray(value)) params.set(key, value.join(","));
      else if (value !== undefined) params.set(key, String(value));
    }
    const near = this.near;
    if (near) params.set("near", `${near.lat},${near.lng},${near.radiusKm}`);
    return `${this.origin}/map/contact-points.geojson?${params}`;
  }

  private patchState(patch: Partial<FinderState>) {
    this.state = { ...this.state, ...patch };
  }

  private onPlace(event: CustomEvent<{ place: PlaceNode }>) {
    const { place } = event.detail;
    this.patchState({
      origin: {
        lat: place.lat,
        lng: place.lng,
        label: place.postcode ? `${place.postcode} ${place.name}` : place.name,
      },
      selectedId: null,
    });
  }

  private select(id: string, from: "list" | "map") {
    this.patchState({ selectedId: id });
    const contactPoint = this.results.find((r) => r.id === id);
    emit(this, "kausa-select", { id, contactPoint });
    if (from === "map") {
      if (this.compact) this.panel = "list";
      // Bring the chosen result into view and give it focus, for keyboard and screen-reader users.
      void this.updateComplete.then(() => {
        const button = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] h3 button`);
        button?.scrollIntoView({ block: "nearest" });
        button?.focus({ preventScroll: true });
      });
    }
  }

  private clearFilters() {
    const presets = this.presets;
    const keep = (name: "services" | "languages" | "targetGroups") =>
      presets.locked.has(name) ? presets[name] : [];
    this.patchState({
      services: keep("services"),
      languages: keep("languages"),
      targetGroups: keep("targetGroups"),
      accessible: false,
      area: null,
      offerKinds: [],
      selectedId: null,
    });
  }

  private renderSelect(
    name: "services" | "languages" | "targetGroups",
    label: MessageKey,
    options: [string, string][],
  ) {
    const t = this.translator.t.bind(this.translator);
    const locked = this.presets.locked.has(name);
    return html`<label>
      ${t(label)}
      <select
        name=${name}
        ?disabled=${locked}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.patchState({ [name]: value ? [value] : [], selectedId: null });
        }}
      >
        <option value="" ?selected=${this.state[name].length === 0}>${t("any")}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.state[name].includes(value)}>${text}</option>`)}
      </select>
    </label>`;
  }

  /** Regions and their districts; with a preset region or district, only what lies within it. */
  private renderAreaSelect() {
    const t = this.translator.t.bind(this.translator);
    const presets = this.presets;
    if (presets.districtKey) return nothing;
    const regions = this.areas.filter((r) => !presets.regionId || r.key === presets.regionId);
    return html`<label>
      ${t("area")}
      <select
        name="area"
        @change=${(e: Event) => this.patchState({ area: (e.target as HTMLSelectElement).value || null, selectedId: null })}
      >
        <option value="" ?selected=${!this.state.area}>${t("any")}</option>
        ${regions.map(
          (region) => html`<optgroup label=${region.name}>
            ${
              presets.regionId
                ? nothing
                : html`<option value="region:${region.key}" ?selected=${this.state.area === `region:${region.key}`}>${region.name}</option>`
            }
            ${region.districts.map(
              (d) =>
                html`<option value="district:${d.key}" ?selected=${this.state.area === `district:${d.key}`}>${d.name}</option>`,
            )}
          </optgroup>`,
        )}
      </select>
    </label>`;
  }

  private renderFilters() {
    const t = this.translator.t.bind(this.translator);
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([this.translator.language], { type: "language" });
    } catch {}
    return html`<fieldset part="filters">
      <legend>${t("filters")}</legend>
      ${this.renderSelect(
        "services",
        "service",
        SERVICES.map((s) => [s, t(`service.${s}` as MessageKey)]),
      )}
      ${this.renderSelect(
        "languages",
        "language",
        COUNSELLING_LANGUAGES.map((code) => [code, names?.of(code) ?? code]),
      )}
      ${this.renderSelect(
        "targetGroups",
        "targetGroup",
        TARGET_GROUPS.map((g) => [g, t(`target.${g}` as MessageKey)]),
      )}
      ${this.renderAreaSelect()}
      <label>
        ${t("offerKind")}
        <select
          name="offerKinds"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.patchState({ offerKinds: value ? [value] : [], selectedId: null });
          }}
        >
          <option value="" ?selected=${this.state.offerKinds.length === 0}>${t("any")}</option>
          ${OFFER_KINDS.map(
            (kind) =>
              html`<option value=${kind} ?selected=${this.state.offerKinds.includes(kind)}>${t(`offer.${kind}` as MessageKey)}</option>`,
          )}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          .checked=${this.state.accessible}
          @change=${(e: Event) => this.patchState({ accessible: (e.target as HTMLInputElement).checked, selectedId: null })}
        />
        ${t("accessible")}
      </label>
      <button type="button" @click=${this.clearFilters}>${t("clearFilters")}</button>
    </fieldset>`;
  }

  private renderItem(cp: ContactPointNode) {
    const t = this.translator;
    const selected = cp.id === this.state.selectedId;
    const headingId = `h-${cp.id.replace(/[^A-Za-z0-9]/g, "")}`;
    return html`<li part="item" class=${selected ? "selected" : ""} data-id=${cp.id}>
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          <button type="button" aria-pressed=${selected ? "true" : "false"} @click=${() => this.select(cp.id, "list")}>
            ${cp.name}
          </button>
          ${cp.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
        </h3>
        <p class="muted">${cp.partner.name}</p>
        <p>
          ${[cp.street, `${cp.postcode} ${cp.city}`].filter(Boolean).join(", ")}
          ${cp.distanceKm != null ? html` · <strong>${t.t("distance", { km: t.number(cp.distanceKm) })}</strong>` : nothing}
        </p>
        ${cp.languages.length ? html`<p>${t.t("languages")}: ${languageNames(cp.languages, t)}</p>` : nothing}
        ${cp.openingHours.length ? html`<p>${t.t("openingHours")}: ${formatOpeningHours(cp.openingHours, t)}</p>` : nothing}
        ${
          cp.openingHoursNote
            ? html`<p class="muted" lang=${cp.openingHoursNote.isFallback ? "de" : t.language}>
              ${cp.openingHoursNote.text}${
                cp.openingHoursNote.isFallback && t.language !== "de"
                  ? html` <span class="badge">${t.t("fallback")}</span>`
                  : nothing
              }
            </p>`
            : nothing
        }
        <p>
          ${cp.appointmentRequired ? html`${t.t("byAppointment")}. ` : nothing}
          ${cp.wheelchairAccessible === true ? t.t("wheelchair") : cp.wheelchairAccessible === false ? t.t("notWheelchair") : nothing}
        </p>
        <ul class="links">
          ${cp.phone ? html`<li><a href=${telHref(cp.phone)}>${t.t("phone")}: <span dir="ltr">${cp.phone}</span></a></li>` : nothing}
          ${mailtoHref(cp.email ?? "") ? html`<li><a href=${mailtoHref(cp.email ?? "")}>${t.t("email")}: <span dir="ltr">${cp.email}</span></a></li>` : nothing}
          ${
            httpHref(cp.website)
              ? html`<li><a href=${httpHref(cp.website)} target="_blank" rel="noopener noreferrer">${t.t("website")}</a></li>`
              : nothing
          }
          <li class="route">
            <a href=${routeHref(cp.lat, cp.lng)} target="_blank" rel="noopener noreferrer">${t.t("route")}</a>
          </li>
        </ul>
      </article>
    </li>`;
  }

  private renderContacts() {
    const t = this.translator;
    return html`
      ${
        this.view === "both" && this.compact
          ? html`<div class="panel-switch" role="group" aria-label=${t.t("view")}>
              ${(["list", "map"] as const).map(
                (panel) => html`<button
                  type="button"
                  aria-pressed=${this.panel === panel ? "true" : "false"}
                  @click=${() => (this.panel = panel)}
                >
                  ${t.t(panel)}
                </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="layout ${this.compact ? "compact" : this.view}">
        ${
          !this.listShown
            ? nothing
            : html`<section aria-labelledby="results-heading">
              <h3 id="results-heading" class="visually-hidden">${t.t("contacts")}</h3>
              ${
                this.failed
                  ? html`<p role="alert">${t.t("error")} <button type="button" @click=${() => this.search(false, true)}>${t.t("retry")}</button></p>`
                  : nothing
              }
              <ol part="list">
                ${this.results.map((cp) => this.renderItem(cp))}
              </ol>
              ${
                this.hasMore
                  ? html`<p class="more"><button type="button" @click=${() => this.search(true)}>${t.t("more")}</button></p>`
                  : nothing
              }
            </section>`
        }
        ${
          this.mapShown && this.languageReady
            ? // A new map per language: MapLibre's own texts are fixed when it is created.
              keyed(
                t.language,
                html`<kausa-map
              part="map"
              .featuresUrl=${this.mapFeaturesUrl}
              .boundaries=${this.boundaries}
              .selectedId=${this.state.selectedId}
              .selectedDetails=${this.selectedDetails}
              .center=${this.state.origin}
              .translator=${t}
              .basemapUrl=${this.basemap}
              .basemapProvider=${this.basemapProvider ?? ""}
              @kausa-select=${(e: CustomEvent<{ id: string }>) => {
                if (e.target === this) return;
                e.stopPropagation();
                this.select(e.detail.id, "map");
              }}
            ></kausa-map>`,
              )
            : nothing
        }
      </div>
    `;
  }

  private statusText() {
    const t = this.translator;
    if (this.loading && this.totalCount === null) return t.t("loading");
    if (this.totalCount === 0) return t.t("noResults");
    if (this.totalCount === null) return "";
    const count = t.number(this.totalCount, 0);
    return this.state.origin
      ? t.t("resultsNear", { count, place: this.state.origin.label })
      : t.t("results", { count });
  }

  override render() {
    const t = this.translator;
    return html`<div class="finder" part="base" dir=${t.dir} lang=${t.language}>
      <header part="header">
        <h2>${t.t("title")}</h2>
        <div class="tools">
          <label
            ><span class="visually-hidden">${t.t("languageSwitcher")}</span>
            <select
              @change=${(e: Event) => {
                void this.setLanguage((e.target as HTMLSelectElement).value as WidgetLanguage, true);
              }}
            >
              ${WIDGET_LANGUAGES.map(
                (code) =>
                  html`<option value=${code} lang=${code} ?selected=${code === t.language}>${LANGUAGE_NAMES[code]}</option>`,
              )}
            </select></label
          >
          <button type="button" @click=${() => window.print()}>${t.t("print")}</button>
        </div>
      </header>
      <kausa-place-search
        .apiOrigin=${this.origin}
        .translator=${t}
        .value=${this.state.origin?.label ?? ""}
        @kausa-place-select=${this.onPlace}
      ></kausa-place-search>
      ${
        this.compact
          ? // On a phone the filters fold away, so the results are on the first screen.
            html`<details class="filters">
              <summary>${t.t("filters")}${this.activeFilterCount ? ` (${this.activeFilterCount})` : ""}</summary>
              ${this.renderFilters()}
            </details>`
          : this.renderFilters()
      }
      <div class="tabs" role="tablist">
        ${(["contacts", "offers"] as const).map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-controls="panel-${tab}"
            aria-selected=${this.state.tab === tab ? "true" : "false"}
            tabindex=${this.state.tab === tab ? "0" : "-1"}
            @click=${() => this.patchState({ tab })}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                const next = tab === "contacts" ? "offers" : "contacts";
                this.patchState({ tab: next });
                void this.updateComplete.then(() =>
                  this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus(),
                );
              }
            }}
          >
            ${t.t(tab)}
          </button>`,
        )}
      </div>
      <div class="status" part="status" role="status" aria-live="polite">${this.state.tab === "contacts" ? this.statusText() : ""}</div>
      <div id="panel-contacts" role="tabpanel" aria-labelledby="tab-contacts" ?hidden=${this.state.tab !== "contacts"}>
        ${this.renderContacts()}
      </div>
      <div id="panel-offers" role="tabpanel" aria-labelledby="tab-offers" ?hidden=${this.state.tab !== "offers"}>
        ${
          this.state.tab === "offers"
            ? html`<kausa-offers
              .apiOrigin=${this.origin}
              .translator=${t}
              .region=${this.areaFilter.regionIds?.[0] ?? null}
              .district=${this.areaFilter.districtKeys?.[0] ?? null}
              .kinds=${this.state.offerKinds.length ? this.state.offerKinds.join(",") : null}
              .near=${this.near ?? null}
            ></kausa-offers>`
            : nothing
        }
      </div>
      <footer part="footer">${t.t("attribution")}</footer>
    </div>`;
  }
}
