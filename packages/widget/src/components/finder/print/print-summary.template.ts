import type { ContactPointFilter } from "@kausa/filters";
import { html, nothing, svg } from "lit";
import type { Region } from "../../../api/documents.ts";
import type { Translator } from "../../../i18n/i18n.ts";
import { languageNamesIn } from "../../../i18n/language-names.ts";
import type { QrCode } from "./qr-code.ts";

export interface PrintSummaryProps {
  t: Translator;
  /** The search as it runs: the visitor's choices within the embedder's presets. */
  filter: ContactPointFilter;
  /** The regions with their districts, when loaded (to name a chosen area). */
  regions: Region[] | undefined;
  /** The link that opens this search again, and its QR code once made (PrintController). */
  shareUrl: string;
  qr: QrCode | null;
}

/** Each active filter in words, in the visitor's language: "Sprachkurse", "Arabisch", … */
export function filterTexts(
  t: Translator,
  filter: ContactPointFilter,
  regions: Region[] | undefined,
): string[] {
  const names = languageNamesIn(t.language);
  const areas = new Map<string, string>();
  for (const region of regions ?? []) {
    areas.set(`region:${region.key}`, region.name);
    for (const district of region.districts) areas.set(`district:${district.key}`, district.name);
  }
  return [
    ...(filter.services ?? []).map((s) => t.t(`service.${s}` as never)),
    ...(filter.languages ?? []).map((code) => names?.of(code) ?? code),
    ...(filter.targetGroups ?? []).map((g) => t.t(`target.${g}` as never)),
    ...(filter.offerKinds ?? []).map((k) => t.t(`offer.${k}` as never)),
    ...(filter.regionIds ?? []).map((key) => areas.get(`region:${key}`) ?? key),
    ...(filter.districtKeys ?? []).map((key) => areas.get(`district:${key}`) ?? key),
    ...(filter.accessible ? [t.t("accessible")] : []),
  ];
}

/**
 * What a printout needs that the screen shows as controls: the active filters in words, and the
 * link to this search written out and as a QR code. Hidden on screen (finder.styles.ts, print).
 */
export function printSummary(p: PrintSummaryProps) {
  const { t, qr } = p;
  const filters = filterTexts(t, p.filter, p.regions);
  const list = new Intl.ListFormat(t.language, { type: "unit", style: "short" });
  return html`<section class="print-summary" part="print-summary">
    <p>
      <strong>${t.t("printFilters")}:</strong>
      ${filters.length ? list.format(filters) : t.t("printNoFilters")}
    </p>
    <figure>
      ${
        qr && qr.text === p.shareUrl
          ? html`<svg class="qr" viewBox="-2 -2 ${qr.size + 4} ${qr.size + 4}" role="img" aria-label=${t.t("printQr")}>
              ${svg`<rect x="-2" y="-2" width=${qr.size + 4} height=${qr.size + 4} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}
            </svg>`
          : nothing
      }
      <figcaption>${t.t("printQr")}: <bdi dir="ltr" class="url">${p.shareUrl}</bdi></figcaption>
    </figure>
  </section>`;
}
