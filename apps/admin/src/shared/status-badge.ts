import { html, LitElement } from "lit";
import type { PublicationStatus } from "../api/graphql.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";

const VARIANT: Record<PublicationStatus, string> = {
  DRAFT: "neutral",
  IN_REVIEW: "warning",
  PUBLISHED: "success",
  ARCHIVED: "neutral",
};

/**
 * A record's state as a labelled badge (text, not colour alone).
 *
 * @tagname kausa-status-badge
 */
export class KausaStatusBadge extends LitElement {
  static override properties = { status: { type: String } };
  status: PublicationStatus = "DRAFT";
  private readonly msg = new LocalizeController(this, common);

  override render() {
    return html`<sl-badge variant=${VARIANT[this.status] ?? "neutral"} pill>${this.msg.t(`status.${this.status}`)}</sl-badge>`;
  }
}
customElements.define("kausa-status-badge", KausaStatusBadge);
