import { html, nothing } from "lit";
import { adminPath } from "../../app/navigation.ts";
import type { common } from "../../i18n/common.messages.ts";
import type { LocalizeController } from "../../i18n/localize.controller.ts";
import "../../shared/status-badge.ts";
import type { RecordType, recordTypeTexts } from "../record-types.ts";
import type { editMessages } from "./edit.messages.ts";
import type { LoadedRecord } from "./record-api.ts";

export interface HeaderWords {
  edit: LocalizeController<keyof typeof editMessages.de>;
  common: LocalizeController<keyof typeof common.de>;
  types: LocalizeController<keyof typeof recordTypeTexts.de>;
}

/** "← Anlaufstellen": the way back to the type's list. */
export function backLink(type: RecordType, words: HeaderWords) {
  return html`<a class="back" href=${adminPath(`/${type}`)}
    >${words.edit.t("backToList", { list: words.types.t(`many.${type}`) })}</a
  >`;
}

/**
 * What an editor wants to know before changing a record: its name, state, version, when and by
 * whom it was last confirmed, open visitor reports, proposals waiting for review, its history.
 */
export function recordHeader(
  type: RecordType,
  rawRecordId: string,
  record: LoadedRecord,
  words: HeaderWords,
) {
  const { edit } = words;
  const verified = record.lastVerifiedAt
    ? record.verifiedBy
      ? edit.t("lastVerified", { date: edit.date(record.lastVerifiedAt), name: record.verifiedBy })
      : edit.t("lastVerifiedNobody", { date: edit.date(record.lastVerifiedAt) })
    : edit.t("neverVerified");
  return html`${backLink(type, words)}
    <h1>${record.title}</h1>
    <ul class="facts">
      <li><kausa-status-badge status=${record.status}></kausa-status-badge></li>
      <li>${edit.t("version", { version: record.version })}</li>
      ${record.districtName ? html`<li>${edit.t("district", { name: record.districtName })}</li>` : nothing}
      <li>${verified}</li>
      <li>${edit.t("openReports", { count: record.openReports })}</li>
      <li><a href=${adminPath(`/${type}/${encodeURIComponent(rawRecordId)}/history`)}>${edit.t("history")}</a></li>
    </ul>
    ${
      record.pendingChanges.length
        ? html`<sl-alert class="pending" variant="warning" open>
            <strong>${edit.t("pendingTitle")}</strong>
            <ul>
              ${record.pendingChanges.map(
                (change) => html`<li>
                  ${edit.t(`pendingKind.${change.kind}` as keyof typeof editMessages.de)}:
                  ${edit.t(`pending.${change.status}` as keyof typeof editMessages.de)},
                  ${edit.dateTime(change.createdAt)} –
                  <a href=${adminPath(`/review/${encodeURIComponent(change.id)}`)}>${edit.t("openReview")}</a>
                </li>`,
              )}
            </ul>
          </sl-alert>`
        : nothing
    }`;
}
