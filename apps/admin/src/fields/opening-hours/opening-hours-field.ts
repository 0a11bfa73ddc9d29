import { html, LitElement, nothing, type PropertyValues } from "lit";
import { live } from "lit/directives/live.js";
import { LocalizeController } from "../../i18n/localize.controller.ts";
import { describedBy, emitChange, invalid, PROBLEMS_ID, problemsTemplate } from "../field-problems.ts";
import { fieldMessages } from "../fields.messages.ts";
import { fieldStyles } from "../fields.styles.ts";
import {
  checkDay,
  copyMondayToWeekdays,
  type Day,
  daysFrom,
  newPeriod,
  type OpeningHours,
  openingHoursOf,
  type Period,
  type PeriodProblem,
} from "./opening-hours.ts";
import { openingHoursStyles } from "./opening-hours-field.styles.ts";

const PROBLEM_TEXT = {
  incomplete: "hours.errorIncomplete",
  order: "hours.errorOrder",
  overlap: "hours.errorOverlap",
} as const satisfies Record<PeriodProblem, string>;

/**
 * The weekly opening hours of a contact point: one row per weekday with an "open" checkbox and
 * one or more periods (a second one for a lunch break), each with an opening and a closing time.
 * The browser checks that a period closes after it opens and that periods do not overlap (the
 * message stands next to the day); the server's messages (`problems`) stand above the grid.
 *
 * `.value` is sorted by day, then opening time. A period with a missing time stays in the value
 * with an empty string, so that the server names it instead of it silently disappearing.
 *
 * @tagname kausa-opening-hours-field
 * @event change - The editor changed the hours; `.value` holds them.
 * @csspart day - One weekday's row.
 * @csspart copy - The button copying Monday's hours to Tuesday–Friday.
 */
export class KausaOpeningHoursField extends LitElement {
  static override styles = [fieldStyles, openingHoursStyles];
  static override properties = {
    value: { attribute: false },
    label: { type: String },
    disabled: { type: Boolean, reflect: true },
    problems: { attribute: false },
    days: { state: true },
    status: { state: true },
  };

  /** The opening periods: ISO weekday 1 = Monday … 7 = Sunday, times "HH:MM" (24 h). */
  value: OpeningHours[] = [];
  /** The legend of the grid. */
  label = "";
  /** Shown, not editable. */
  disabled = false;
  /** The server's validation messages for this field (e.g. of "openingHours.2.closes"). */
  problems: string[] = [];
  /** @internal The week as edited (index 0 = Monday). */
  days: Day[] = daysFrom([]);
  /** @internal What the last convenience action did (announced). */
  status = "";

  /** The value this field produced itself: setting it again from outside keeps the editing state. */
  private produced: OpeningHours[] | null = null;
  private readonly msg = new LocalizeController(this, fieldMessages);

  /** True when the browser's own check finds nothing wrong (the server checks again on saving). */
  get valid(): boolean {
    return this.days.every((day) => checkDay(day).every((problem) => !problem));
  }

  /** Focuses the first input the browser or the server finds wrong, else Monday's checkbox. */
  override focus(options?: FocusOptions) {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>("input")];
    (inputs.find((i) => i.getAttribute("aria-invalid") === "true") ?? inputs[0])?.focus(options);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value") && this.value !== this.produced) this.days = daysFrom(this.value);
  }

  private edit(days: Day[]) {
    this.days = days;
    this.status = "";
    this.value = this.produced = openingHoursOf(days);
    emitChange(this);
  }

  private editDay(index: number, change: (day: Day) => Day) {
    this.edit(this.days.map((day, i) => (i === index ? change(day) : day)));
  }

  private setTime(index: number, period: number, which: keyof Period, time: string) {
    this.editDay(index, (day) => ({
      ...day,
      periods: day.periods.map((p, i) => (i === period ? { ...p, [which]: time } : p)),
    }));
  }

  private async addPeriod(index: number) {
    this.editDay(index, (day) => ({ ...day, periods: [...day.periods, newPeriod()] }));
    await this.updateComplete;
    // Keyboard users continue in the new period rather than on the button.
    this.input(index, this.days[index]!.periods.length - 1, "opens")?.focus();
  }

  private async removePeriod(index: number, period: number) {
    this.editDay(index, (day) => ({ ...day, periods: day.periods.filter((_, i) => i !== period) }));
    await this.updateComplete;
    // The removed period's button is gone: focus stays in the same day.
    this.input(index, Math.max(0, period - 1), "closes")?.focus();
  }

  private copyMonday() {
    this.edit(copyMondayToWeekdays(this.days));
    this.status = this.msg.t("hours.copied");
  }

  private input(index: number, period: number, which: keyof Period) {
    return this.renderRoot.querySelector<HTMLInputElement>(`#d${index + 1}-p${period}-${which}`);
  }

  private dayName(day: number): string {
    // 1 January 2024 was a Monday.
    return new Intl.DateTimeFormat(this.msg.lang === "de" ? "de-DE" : "en-GB", {
      weekday: "long",
      timeZone: "UTC",
    }).format(Date.UTC(2024, 0, day));
  }

  override render() {
    const t = this.msg.t.bind(this.msg);
    return html`<fieldset aria-describedby=${describedBy(this.problems.length > 0 && PROBLEMS_ID)}>
      <legend>${this.label}</legend>
      ${problemsTemplate(this.problems)}
      <p class="hint">${t("hours.hint")}</p>
      <div class="days">${this.days.map((day, index) => this.renderDay(day, index))}</div>
      <div class="copy">
        <sl-button part="copy" size="small" ?disabled=${this.disabled} @click=${this.copyMonday}>${t("hours.copyMonday")}</sl-button>
        <span class="hint" role="status">${this.status}</span>
      </div>
    </fieldset>`;
  }

  private renderDay(day: Day, index: number) {
    const t = this.msg.t.bind(this.msg);
    const id = `d${index + 1}`;
    const name = this.dayName(index + 1);
    const problems = checkDay(day);
    const messages = [...new Set(problems.filter((p) => p !== null))].map((p) => t(PROBLEM_TEXT[p]));
    const server = this.problems.length > 0 && PROBLEMS_ID;
    return html`<div class="day" part="day" role="group" aria-labelledby="${id}-name">
      <span class="day-name" id="${id}-name">${name}</span>
      <label class="open">
        <input
          type="checkbox"
          ?disabled=${this.disabled}
          .checked=${live(day.open)}
          aria-describedby=${describedBy(server)}
          @change=${(e: Event) =>
            this.editDay(index, (d) => ({ ...d, open: (e.target as HTMLInputElement).checked }))}
        />
        <span class="visually-hidden">${name}</span>
        ${t("hours.open")}
      </label>
      <div class="periods">
        ${
          day.open
            ? html`${day.periods.map((period, i) =>
                this.renderPeriod(index, name, period, i, problems[i] ?? null, server),
              )}
              <sl-button size="small" ?disabled=${this.disabled} @click=${() => this.addPeriod(index)}>
                <span class="visually-hidden">${name}:</span> ${t("hours.addPeriod")}
              </sl-button>`
            : html`<span class="closed">${t("hours.closed")}</span>`
        }
      </div>
      <p class="error" id="${id}-error" aria-live="polite">${messages.length ? messages.join(" ") : nothing}</p>
    </div>`;
  }

  private renderPeriod(
    index: number,
    name: string,
    period: Period,
    i: number,
    problem: PeriodProblem | null,
    server: string | false,
  ) {
    const t = this.msg.t.bind(this.msg);
    const id = `d${index + 1}-p${i}`;
    // The first period is "Montag, öffnet"; a second one names its number.
    const prefix = i === 0 ? name : `${name}, ${t("hours.period", { n: i + 1 })}`;
    const count = this.days[index]!.periods.length;
    const describe = describedBy(problem && `d${index + 1}-error`, server);
    const time = (which: keyof Period) => html`<span class="time">
      <label for="${id}-${which}"><span class="visually-hidden">${prefix}, </span>${t(`hours.${which}`)}</label>
      <input
        id="${id}-${which}"
        type="time"
        ?disabled=${this.disabled}
        .value=${live(period[which])}
        aria-invalid=${invalid(problem !== null || Boolean(server))}
        aria-describedby=${describe}
        @input=${(e: Event) => this.setTime(index, i, which, (e.target as HTMLInputElement).value)}
      />
    </span>`;
    return html`<div class="period">
      ${time("opens")} <span class="dash" aria-hidden="true">–</span> ${time("closes")}
      ${
        count > 1
          ? html`<sl-button size="small" ?disabled=${this.disabled} @click=${() => this.removePeriod(index, i)}>
              <span class="visually-hidden">${prefix}:</span> ${t("hours.removePeriod")}
            </sl-button>`
          : nothing
      }
    </div>`;
  }
}
customElements.define("kausa-opening-hours-field", KausaOpeningHoursField);

declare global {
  interface HTMLElementTagNameMap {
    "kausa-opening-hours-field": KausaOpeningHoursField;
  }
}
