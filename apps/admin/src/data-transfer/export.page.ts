import { ContextConsumer } from "@lit/context";
import { Task } from "@lit/task";
import { css, html, LitElement, nothing } from "lit";
import { run } from "../api/client.ts";
import { clientContext } from "../app/context.ts";
import { common } from "../i18n/common.messages.ts";
import { LocalizeController } from "../i18n/localize.controller.ts";
import { pageStyles } from "../styles/page.styles.ts";
import { EXPORT_COUNTS } from "./data-transfer.documents.ts";
import { dataTransferMessages } from "./data-transfer.messages.ts";

type ListName = "contact-points" | "partners" | "offers";
type Format = "csv" | "xlsx" | "geojson";

/** What the API offers at /export/<list>.<format> (apps/api/src/http/open-data-export.ts). */
const DOWNLOADS: { list: ListName; type: "CONTACT_POINTS" | "PARTNERS" | "OFFERS"; formats: Format[] }[] = [
  { list: "contact-points", type: "CONTACT_POINTS", formats: ["xlsx", "csv", "geojson"] },
  { list: "partners", type: "PARTNERS", formats: ["xlsx", "csv"] },
  { list: "offers", type: "OFFERS", formats: ["xlsx", "csv"] },
];

const FORMAT_NAME: Record<Format, string> = { csv: "CSV", xlsx: "XLSX", geojson: "GeoJSON" };
const COUNT_FIELD = { "contact-points": "contactPoints", partners: "partners", offers: "offers" } as const;

/**
 * The open-data downloads as plain links: the browser fetches them itself (same origin), saves
 * them under the API's file names, and nothing passes through script. The number of public
 * entries next to each list says how big the files are.
 *
 * @tagname kausa-export-page
 */
export class KausaExportPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      ul {
        padding-inline-start: var(--sl-spacing-large);
      }
      li {
        margin-block: var(--sl-spacing-x-small);
      }
    `,
  ];

  private readonly msg = new LocalizeController(this, dataTransferMessages);
  private readonly common = new LocalizeController(this, common);
  private readonly client = new ContextConsumer(this, { context: clientContext });

  private readonly counts = new Task(this, {
    task: async (_args, { signal }) => run(this.client.value!, EXPORT_COUNTS, {}, { signal }),
    args: () => [],
  });

  override firstUpdated() {
    document.title = `${this.msg.t("exportTitle")} – ${this.common.t("appName")}`;
  }

  private count(list: ListName) {
    const value = this.counts.value?.[COUNT_FIELD[list]]?.totalCount;
    return value === undefined
      ? nothing
      : html` <span class="muted">(${this.msg.t("entries", { count: this.msg.number(value) })})</span>`;
  }

  override render() {
    return html`<h1>${this.msg.t("exportTitle")}</h1>
      <p>${this.msg.t("exportIntro")}</p>
      <p class="muted">${this.msg.t("licence")}</p>
      ${this.counts.render({ pending: () => html`<sl-spinner></sl-spinner>` })}
      ${DOWNLOADS.map(({ list, type, formats }) => {
        const name = this.msg.t(`type.${type}`);
        return html`<h2>${name}${this.count(list)}</h2>
          <ul>
            ${formats.map(
              (format) => html`<li>
                <a href="/export/${list}.${format}" download="kausa-${list}.${format}"
                  >${this.msg.t("download", { list: name, format: FORMAT_NAME[format] })}</a
                >
                <span class="muted">– ${this.msg.t(`format.${format}`)}</span>
              </li>`,
            )}
          </ul>`;
      })}
      <p class="muted">${this.msg.t("noStaffExport")}</p>`;
  }
}
customElements.define("kausa-export-page", KausaExportPage);
