import { html, LitElement, nothing, type PropertyValues } from "lit";
import { apiClient } from "../../api/client.ts";
import { apiOrigin } from "../../api/origin.ts";
import { OFFERS, type OfferNode } from "../../api/queries.ts";
import { formatDate, httpHref } from "../../format.ts";
import { germanTranslator, loadTranslator, type Translator, widgetLanguage } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { changedByValue } from "../../state/changed-by-value.ts";
import baseStyles from "../../styles/base.styles.ts";
import styles from "./offers.styles.ts";

const DEFAULT_KINDS = [
  "TRAINING",
  "EVENT",
  "COUNSELLING",
  "LANGUAGE_COURSE",
  "GUIDE",
  "APPRENTICESHIP_PLACE",
  "INTERNSHIP",
  "ENTRY_QUALIFICATION",
];

/**
 * Upcoming trainings, events and guides for an area, soonest first.
 *
 * @csspart list - The offer list.
 * @csspart item - One offer.
 * @cssproperty --kausa-primary - Links and the kind label.
 *
 * @tagname kausa-offers
 */
export class KausaOffers extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    region: { type: String },
    district: { type: String },
    kinds: { type: String },
    language: { type: String, attribute: "lang" },
    api: { type: String },
    apiOrigin: { attribute: false },
    translator: { attribute: false },
    // Compared by value: the finder hands in a fresh object on every render.
    near: { attribute: false, hasChanged: changedByValue },
    offers: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Planning region key. */
  declare region: string | null;
  /** District key (Kreisschlüssel). */
  declare district: string | null;
  /** Offer kinds, comma-separated (default: all). */
  declare kinds: string | null;
  /** Interface language; default: the page's. */
  declare language: string | null;
  /** API origin; default: where the script was loaded from. */
  declare api: string | null;
  /** @internal */
  declare apiOrigin: string;
  /** @internal */
  declare translator: Translator;
  /** @internal */
  declare near: { lat: number; lng: number; radiusKm: number } | null;
  /** @internal */
  declare offers: OfferNode[];
  /** @internal */
  declare status: "loading" | "ready" | "error";

  constructor() {
    super();
    this.region = null;
    this.district = null;
    this.kinds = null;
    this.language = null;
    this.api = null;
    this.apiOrigin = "";
    this.translator = germanTranslator;
    this.near = null;
    this.offers = [];
    this.status = "loading";
  }

  override async connectedCallback() {
    super.connectedCallback();
    // Standalone use (no finder hands in origin and translator): the attribute or the page decides.
    if (!this.apiOrigin) {
      const lang = widgetLanguage(this.language) ?? widgetLanguage(document.documentElement.lang);
      if (lang && lang !== "de") this.translator = await loadTranslator(lang);
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (
      ["region", "district", "kinds", "translator", "near", "apiOrigin", "api"].some((k) =>
        changed.has(k as keyof KausaOffers),
      )
    ) {
      void this.load();
    }
  }

  private async load() {
    const origin = this.apiOrigin || apiOrigin(this.api);
    const kinds = this.kinds ? this.kinds.split(",").map((k) => k.trim()) : DEFAULT_KINDS;
    this.status = "loading";
    const result = await apiClient(origin, this.translator.language)
      .query(OFFERS, {
        filter: {
          offerKinds: kinds,
          regionIds: this.region ? [this.region] : undefined,
          districtKeys: this.district ? [this.district] : undefined,
          from: new Date().toISOString().slice(0, 10),
        },
        near: this.near ?? undefined,
        first: 30,
        locale: this.translator.language,
      })
      .toPromise();
    if (!result.data) {
      this.status = "error";
      return;
    }
    this.offers = result.data.offers.edges.map((e: { node: OfferNode }) => e.node);
    this.status = "ready";
  }

  private renderOffer(offer: OfferNode) {
    const t = this.translator;
    const when = offer.startsAt
      ? offer.endsAt && offer.endsAt.slice(0, 10) !== offer.startsAt.slice(0, 10)
        ? `${formatDate(offer.startsAt, t)} – ${formatDate(offer.endsAt, t)}`
        : formatDate(offer.startsAt, t)
      : null;
    const where =
      offer.format === "ONLINE" ? t.t("online") : offer.contactPoints.map((c) => c.city).join(", ");
    return html`<li part="item">
      <article>
        <p class="kind">${t.t(`offer.${offer.kind}` as MessageKey)}</p>
        <h3 lang=${offer.title.locale}>${offer.title.text}</h3>
        ${offer.title.isFallback && t.language !== "de" ? html`<span class="badge">${t.t("fallback")}</span>` : nothing}
        ${offer.isSample ? html`<span class="badge">${t.t("sample")}</span>` : nothing}
        <p class="muted">${[when, where, offer.partner.name].filter(Boolean).join(" · ")}</p>
        ${offer.occupation ? html`<p>${offer.occupation}</p>` : nothing}
        ${httpHref(offer.documentUrl) ? html`<p><a href=${httpHref(offer.documentUrl)} target="_blank" rel="noopener noreferrer">${t.t("document")}</a></p>` : nothing}
        ${
          httpHref(offer.registrationUrl)
            ? html`<p><a href=${httpHref(offer.registrationUrl)} target="_blank" rel="noopener noreferrer">${t.t("register")}</a></p>`
            : nothing
        }
      </article>
    </li>`;
  }

  override render() {
    const t = this.translator;
    if (this.status === "error") return html`<p role="alert">${t.t("error")}</p>`;
    if (this.status === "loading" && this.offers.length === 0) return html`<p>${t.t("loading")}</p>`;
    if (this.offers.length === 0) return html`<p>${t.t("noOffers")}</p>`;
    return html`<ol part="list" dir=${t.dir}>${this.offers.map((o) => this.renderOffer(o))}</ol>`;
  }
}
