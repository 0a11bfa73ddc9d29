import { css, html, LitElement } from "lit";
import type { PublicationStatus } from "../api/graphql.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";

/**
 * A record's state as a labelled badge (text, not colour alone). Dark text on a light tint of
 * the state's colour: Shoelace's white-on-colour badges fall short of WCAG AA contrast.
 *
 * @csspart badge - The label.
 * @tagname kausa-status-badge
 */
export class KausaStatusBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
    }
    span {
      display: inline-block;
      border-radius: var(--sl-border-radius-pill);
      padding: 0.1em 0.7em;
      font-size: var(--sl-font-size-small);
      font-weight: var(--sl-font-weight-semibold);
      border: 1px solid currentColor;
    }
    .DRAFT,
    .ARCHIVED {
      color: var(--sl-color-neutral-800);
      background: var(--sl-color-neutral-100);
    }
    .IN_REVIEW {
      color: var(--sl-color-warning-800);
      background: var(--sl-color-warning-50);
    }
    .PUBLISHED {
      color: var(--sl-color-success-800);
      background: var(--sl-color-success-50);
    }
  `;
  static override properties = { status: { type: String } };
  status: PublicationStatus = "DRAFT";
  private readonly msg = new LocalizeController(this, common);

  override render() {
    return html`<span part="badge" class=${this.status}>${this.msg.t(`status.${this.status}`)}</span>`;
  }
}
customElements.define("kausa-status-badge", KausaStatusBadge);
