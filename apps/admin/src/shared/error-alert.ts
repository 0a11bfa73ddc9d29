import { html, LitElement, nothing } from "lit";
import { ApiError } from "../api/client.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";

/**
 * Shows why a request failed, in the editor's language (role="alert": announced at once).
 * Renders nothing without an error.
 *
 * @tagname kausa-error-alert
 */
export class KausaErrorAlert extends LitElement {
  static override properties = { error: { attribute: false } };
  error: unknown = null;
  private readonly msg = new LocalizeController(this, common);

  override render() {
    if (!this.error) return nothing;
    return html`<sl-alert variant="danger" open><span role="alert">${describeError(this.msg, this.error)}</span></sl-alert>`;
  }
}
customElements.define("kausa-error-alert", KausaErrorAlert);

export function describeError(msg: LocalizeController<keyof typeof common.de>, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.kind === "too-many") return msg.t("error.too-many", { seconds: error.retryAfter ?? 60 });
    if (error.kind === "bad-input") return msg.t("error.bad-input", { message: error.message });
    return msg.t(`error.${error.kind}`);
  }
  return msg.t("error.server");
}
