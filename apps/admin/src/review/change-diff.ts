import { html, LitElement, nothing } from "lit";
import type { EntityType } from "../api/graphql.ts";
import { enumTexts } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { FIELD_ORDER, fieldLabels, isKnownField } from "./field-labels.ts";
import { formatValue, proposalValues, sameValue, type ValueEnv } from "./format-value.ts";
import { reviewMessages } from "./review.messages.ts";
import { reviewStyles } from "./review.styles.ts";
import { valueLabels } from "./value-labels.ts";

/**
 * The values of a review item as a table. With `proposed`: side by side, the published value
 * and the proposed one for every field the proposal names, changed rows marked in words
 * ("geändert") besides the colour. Without: the record's own values (a submitted new entry).
 *
 * @tagname kausa-change-diff
 */
export class KausaChangeDiff extends LitElement {
  static override styles = [pageStyles, reviewStyles];
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
  private readonly fields = new LocalizeController(this, fieldLabels);
  private readonly labels = new LocalizeController(this, valueLabels);
  private readonly enums = new LocalizeController(this, enumTexts);

  private get env(): ValueEnv {
    return { entityType: this.entityType, labels: this.labels, enums: this.enums, names: this.names };
  }

  private label(field: string) {
    return isKnownField(field) ? this.fields.t(field) : field;
  }

  /** The fields in the edit form's order, then any the form does not know. */
  private ordered(keys: Iterable<string>): string[] {
    const present = new Set(keys);
    const order = FIELD_ORDER[this.entityType] ?? [];
    return [
      ...order.filter((f) => present.has(f)),
      ...[...present].filter((f) => !order.includes(f as never)),
    ];
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
    const proposed = proposalValues(this.proposed);
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
