import { ContextConsumer } from "@lit/context";
import { initialState, Task, TaskStatus } from "@lit/task";
import { deepArrayEquals } from "@lit/task/deep-equals.js";
import { html, LitElement, nothing } from "lit";
import { OFFERS, type OfferNode } from "../../api/documents.ts";
import type { OfferKind } from "../../api/graphql.ts";
import { apiOrigin } from "../../api/origin.ts";
import { request } from "../../api/request.ts";
import { apiOriginContext, translatorContext } from "../../context.ts";
import { OFFER_KINDS } from "../../i18n/enum-options.ts";
import { LanguageController } from "../../i18n/language.controller.ts";
import { changedByValue } from "../../state/changed-by-value.ts";
import baseStyles from "../../styles/base.styles.ts";
import { offerCard } from "./offer-card.template.ts";
import styles from "./offers.styles.ts";

/**
 * Upcoming trainings, events and guides for an area, soonest first.
 *
 * The number of offers shown is said in a live region ("1 Angebot", "5 Angebote", in the
 * language's plural forms), so a screen reader hears when a filter change has arrived.
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
    // Compared by value: the finder hands in a fresh object on every render.
    near: { attribute: false, hasChanged: changedByValue },
  };

  /** Planning region key. */
  region: string | null = null;
  /** District key (Kreisschlüssel). */
  district: string | null = null;
  /** Offer kinds, comma-separated (default: all). */
  kinds: string | null = null;
  /** Interface language; default: the page's. */
  language: string | null = null;
  /** API origin; default: where the script was loaded from. */
  api: string | null = null;
  /** @internal */
  near: { lat: number; lng: number; radiusKm: number } | null = null;

  // Inside a finder, its language and API; on its own, the attributes and the page decide.
  private readonly finderTranslator = new ContextConsumer(this, {
    context: translatorContext,
    subscribe: true,
  });
  private readonly finderOrigin = new ContextConsumer(this, { context: apiOriginContext, subscribe: true });
  private readonly i18n = new LanguageController(
    this,
    () => this.language,
    () => !this.finderTranslator.value,
  );

  private get translator() {
    return this.finderTranslator.value ?? this.i18n.translator;
  }

  private readonly offers = new Task(this, {
    args: () =>
      [
        {
          kinds: this.kinds ? (this.kinds.split(",").map((k) => k.trim()) as OfferKind[]) : OFFER_KINDS,
          region: this.region,
          district: this.district,
          near: this.near,
        },
        this.origin,
        this.finderTranslator.value?.language ?? (this.i18n.ready ? this.i18n.translator.language : null),
      ] as const,
    argsEqual: deepArrayEquals,
    task: async ([query, origin, language], { signal }) => {
      if (!language) return initialState;
      const data = await request(
        OFFERS,
        {
          filter: {
            offerKinds: query.kinds,
            regionIds: query.region ? [query.region] : undefined,
            districtKeys: query.district ? [query.district] : undefined,
            from: new Date().toISOString().slice(0, 10),
          },
          near: query.near ?? undefined,
          first: 30,
          locale: language,
        },
        { origin, language },
        signal,
      );
      return data.offers.edges.map((edge) => edge.node);
    },
  });

  override render() {
    const t = this.translator;
    const loading = () => html`<p>${t.t("loading")}</p>`;
    // While a new list loads, the earlier one and its count stay (no flicker on every filter change).
    const shown = this.offers.value;
    return html`<div class="status" role="status" aria-live="polite">${this.countText(shown)}</div>
      ${this.offers.render({
        initial: loading,
        pending: () => (shown?.length ? this.list(shown) : loading()),
        complete: (offers) => (offers.length ? this.list(offers) : nothing),
        error: () => html`<p role="alert">${t.t("error")}</p>`,
      })}`;
  }

  /** "5 Angebote" / "Keine Angebote gefunden." once a list has arrived; empty before and after a failure. */
  private countText(offers: OfferNode[] | undefined) {
    const t = this.translator;
    if (!offers || this.offers.status === TaskStatus.ERROR) return "";
    return offers.length ? t.t("offersFound", { count: offers.length }) : t.t("noOffers");
  }

  private get origin() {
    return this.finderOrigin.value ?? apiOrigin(this.api);
  }

  /** The same offers as a calendar to subscribe to (by area and kind: a feed has no "near"). */
  private feedUrl() {
    const params = new URLSearchParams();
    if (this.region) params.set("region", this.region);
    if (this.district) params.set("district", this.district);
    if (this.kinds) params.set("kinds", this.kinds);
    params.set("lang", this.translator.language);
    return `${this.origin}/offers.ics?${params}`;
  }

  private list(offers: OfferNode[]) {
    const t = this.translator;
    return html`<ol part="list" dir=${t.dir}>${offers.map((o) => offerCard(o, t, this.origin))}</ol>
      <p class="subscribe"><a href=${this.feedUrl()}>${t.t("subscribeCalendar")}</a></p>`;
  }
}
