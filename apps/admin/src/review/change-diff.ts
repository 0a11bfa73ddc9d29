import { html, LitElement, nothing } from "lit";
import type { EntityType } from "../api/graphql.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { RECORD_TYPE_OF_ENTITY } from "../records/record-types.ts";
import { sameValue, withCoordinates } from "../shared/values/canonical.ts";
import { fieldLabel } from "../shared/values/field-labels.ts";
import { formatValue, type ValueContext } from "../shared/values/format-value.ts";
import { inFormOrder } from "../shared/values/record-fields.ts";
import { valueStyles } from "../shared/values/value.styles.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { reviewMessages } from "./review.messages.ts";
import { reviewStyles } from "./review.styles.ts";

/**
 * The values of a review item as a table. With `proposed`: side by side, the published value
 * and the proposed one for every field the proposal names, changed rows marked in words
 * ("geändert") besides the colour. Without: the record's own values (a submitted new entry).
 *
 * @tagname kausa-change-diff
 */
export class KausaChangeDiff extends LitElement {
  static override styles = [pageStyles, reviewStyles, valueStyles];
  static override properties = {
    entityType: { type: String, attribute: "entity-type" },
    current: { attribute: false },
    proposed: { attribute: false },
    names: { attribute: false },
    decided: { type: Boolean },
  };

  entityType: EntityType = "CONTACT_POINT";
  /** The record's values, keyed like its input (record-values.ts). */
  current: Record<string, unknown> = {};
  /** The proposal (ChangeRequest.proposed); null shows the record's values alone. */
  proposed: unknown = null;
  names = new Map<string, string>();
  /** The item is decided: the left column shows what is published today, not at the proposal. */
  decided = false;

  private readonly msg = new LocalizeController(this, reviewMessages);

  private get type() {
    return RECORD_TYPE_OF_ENTITY[this.entityType] ?? "contact-points";
  }

  private get env(): ValueContext {
    return { lang: this.msg.lang, type: this.type, names: this.names };
  }

  private label(field: string) {
    return fieldLabel(this.msg.lang, field);
  }

  /** The fields in the edit form's order, then any the form does not know. */
  private ordered(keys: Iterable<string>): string[] {
    return inFormOrder(this.type, keys);
  }

  override render() {
    return this.proposed === null ? this.renderValues() : this.renderDiff();
  }

  private renderValues() {
    const fields = this.ordered(Object.keys(this.current));
    return html`<div class="table-wrap">
      <table>
        <caption>${this.msg.t("valuesCaption")}</caption>
        <thead>
          <tr><th scope="col">${this.msg.t("col.field")}</th><th scope="col">${this.msg.t("col.value")}</th></tr>
        </thead>
        <tbody>
          ${fields.map(
            (f) => html`<tr>
              <th scope="row">${this.label(f)}</th>
              <td>${formatValue(f, this.current[f], this.env)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDiff() {
    const proposed = withCoordinates(this.proposed);
    const fields = this.ordered(Object.keys(proposed));
    const changed = new Set(fields.filter((f) => !sameValue(f, this.current[f], proposed[f])));
    return html`<div class="table-wrap">
      <table>
        <caption>${this.msg.t("diffCaption", { count: changed.size, total: fields.length })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg.t("col.field")}</th>
            <th scope="col">${this.msg.t(this.decided ? "col.publishedNow" : "col.published")}</th>
            <th scope="col">${this.msg.t("col.proposed")}</th>
            <th scope="col">${this.msg.t("col.change")}</th>
          </tr>
        </thead>
        <tbody>
          ${fields.map((f) => {
            const isChanged = changed.has(f);
            return html`<tr class=${isChanged ? "changed" : nothing}>
              <th scope="row">${this.label(f)}</th>
              <td>${formatValue(f, this.current[f], this.env)}</td>
              <td>${formatValue(f, proposed[f], this.env)}</td>
              <td>
                ${
                  isChanged
                    ? html`<span class="mark-changed">${this.msg.t("changed")}</span>`
                    : html`<span class="muted">${this.msg.t("unchanged")}</span>`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define("kausa-change-diff", KausaChangeDiff);
