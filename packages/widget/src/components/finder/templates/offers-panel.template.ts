import type { ContactPointFilter, Near } from "@kausa/filters";
import { html } from "lit";
import "../../offers/offers.ts";

/** The offers tab: <kausa-offers> for the finder's area, offer kinds and place (language and API by context). */
export const offersPanel = (filter: ContactPointFilter, near: Near | null) =>
  html`<kausa-offers
    .region=${filter.regionIds?.[0] ?? null}
    .district=${filter.districtKeys?.[0] ?? null}
    .kinds=${filter.offerKinds?.join(",") ?? null}
    .near=${near}
  ></kausa-offers>`;
