// Opening hours in one readable cell: "Mo 09:00-12:00; Mo 13:00-16:00; Di 13:00-16:00".
// Also accepted: English abbreviations (Mon, Tue … / Mo, Tu …), day ranges ("Mo-Fr 09:00-12:00")
// and several intervals per day ("Mo 09:00-12:00, 13:00-16:00").

export interface OpeningInterval {
  day: number;
  opens: string;
  closes: string;
}

/** German abbreviations, as exports write them (ISO weekday 1 = Monday). */
const GERMAN_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] as const;

// biome-ignore format: a table reads better than one key per line.
const DAY_NAMES: Record<string, number> = {
  mo: 1, mon: 1, montag: 1, monday: 1,
  di: 2, tu: 2, tue: 2, dienstag: 2, tuesday: 2,
  mi: 3, we: 3, wed: 3, mittwoch: 3, wednesday: 3,
  do: 4, th: 4, thu: 4, donnerstag: 4, thursday: 4,
  fr: 5, fri: 5, freitag: 5, friday: 5,
  sa: 6, sat: 6, samstag: 6, saturday: 6,
  so: 7, su: 7, sun: 7, sonntag: 7, sunday: 7,
};

const TIME = String.raw`(\d{1,2})[:.](\d{2})`;
const INTERVAL = new RegExp(String.raw`^${TIME}\s*(?:-|–|bis|to)\s*${TIME}$`, "i");
const PART = /^([A-Za-zä]+)\.?(?:\s*(?:-|–|bis|to)\s*([A-Za-zä]+)\.?)?\s+(.+)$/i;

const pad = (hours: string, minutes: string) => `${hours.padStart(2, "0")}:${minutes}`;

/**
 * The intervals of a cell, or a message saying which part is not understood. Validity of the
 * times themselves (closing after opening, 00:00–23:59) is the model's rule.
 */
export function parseOpeningHoursCell(text: string): OpeningInterval[] | { error: string } {
  const intervals: OpeningInterval[] = [];
  for (const rawPart of text.split(/[;\n]/)) {
    const part = rawPart.trim();
    if (!part) continue;
    const match = PART.exec(part);
    const first = match && DAY_NAMES[match[1]!.toLowerCase()];
    const last = match?.[2] ? DAY_NAMES[match[2].toLowerCase()] : first;
    if (!match || !first || !last || last < first) {
      return { error: `"${part.slice(0, 40)}" does not start with a weekday such as "Mo" or "Mo-Fr".` };
    }
    for (const time of match[3]!.split(",")) {
      const interval = INTERVAL.exec(time.trim());
      if (!interval)
        return { error: `"${time.trim().slice(0, 40)}" is not a time span such as "09:00-12:00".` };
      for (let day = first; day <= last; day++) {
        intervals.push({
          day,
          opens: pad(interval[1]!, interval[2]!),
          closes: pad(interval[3]!, interval[4]!),
        });
      }
    }
  }
  return intervals;
}

/** One interval per part, in stored order: "Mo 09:00-12:00; Di 13:00-16:00". */
export function formatOpeningHoursCell(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return value
    .map((slot: OpeningInterval) => `${GERMAN_DAYS[slot.day - 1] ?? slot.day} ${slot.opens}-${slot.closes}`)
    .join("; ");
}
