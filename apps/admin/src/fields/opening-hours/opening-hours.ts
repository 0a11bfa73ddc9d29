/** One opening period as the API takes it (OpeningHoursInput): ISO weekday 1 = Monday … 7, "HH:MM". */
export interface OpeningHours {
  day: number;
  opens: string;
  closes: string;
}

/** One period of a day in the editor; either time may still be empty while the editor types. */
export interface Period {
  opens: string;
  closes: string;
}

/**
 * One weekday in the editor. A closed day keeps its periods, so that ticking "open" again brings
 * back what was there; it always has at least one (possibly empty) period to show.
 */
export interface Day {
  open: boolean;
  periods: Period[];
}

export type PeriodProblem = "incomplete" | "order" | "overlap";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const emptyPeriod = (): Period => ({ opens: "", closes: "" });

const byDayThenOpens = (a: OpeningHours, b: OpeningHours) =>
  a.day - b.day || a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes);

/** The week as the editor shows it: index 0 is Monday. Days outside 1–7 cannot be shown and are dropped. */
export function daysFrom(value: readonly OpeningHours[] | null | undefined): Day[] {
  const sorted = [...(value ?? [])].sort(byDayThenOpens);
  return WEEKDAYS.map((day) => {
    const periods = sorted.filter((h) => h.day === day).map(({ opens, closes }) => ({ opens, closes }));
    return periods.length ? { open: true, periods } : { open: false, periods: [emptyPeriod()] };
  });
}

/**
 * The value for the API: every period of the open days, sorted by day and opening time.
 * Incomplete periods stay in (with an empty time): the server then says what is missing rather
 * than a period silently disappearing.
 */
export function openingHoursOf(days: readonly Day[]): OpeningHours[] {
  return days
    .flatMap((d, i) =>
      d.open ? d.periods.map((p) => ({ day: i + 1, opens: p.opens, closes: p.closes })) : [],
    )
    .sort(byDayThenOpens);
}

/** What is wrong with each period of a day (null: nothing), as far as the browser can tell. */
export function checkDay(day: Day): (PeriodProblem | null)[] {
  if (!day.open) return day.periods.map(() => null);
  const problems: (PeriodProblem | null)[] = day.periods.map((p) => {
    if (!p.opens && !p.closes) return null;
    if (!p.opens || !p.closes) return "incomplete";
    // "HH:MM" compares correctly as text.
    return p.closes <= p.opens ? "order" : null;
  });
  day.periods.forEach((p, i) => {
    if (problems[i] || !p.opens || !p.closes) return;
    const overlaps = day.periods.some(
      (q, j) => j < i && !problems[j] && q.opens && q.closes && p.opens < q.closes && q.opens < p.closes,
    );
    if (overlaps) problems[i] = "overlap";
  });
  return problems;
}

/** The week with a copy of Monday's state and periods on Tuesday to Friday. */
export function copyMondayToWeekdays(days: readonly Day[]): Day[] {
  const monday = days[0]!;
  return days.map((d, i) =>
    i >= 1 && i <= 4 ? { open: monday.open, periods: monday.periods.map((p) => ({ ...p })) } : d,
  );
}

export const newPeriod = emptyPeriod;
