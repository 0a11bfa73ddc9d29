import { builder } from "../builder.ts";

export interface OpeningHoursSpec {
  day: number;
  opens: string;
  closes: string;
}

/** Structured so clients can compute "open now" (times are local, Europe/Berlin). */
export const OpeningHoursSpecification = builder
  .objectRef<OpeningHoursSpec>("OpeningHoursSpecification")
  .implement({
    description: "One opening interval. Times are local (Europe/Berlin), 24-hour HH:MM.",
    fields: (t) => ({
      day: t.exposeInt("day", { description: "ISO weekday: 1 = Monday … 7 = Sunday." }),
      opens: t.exposeString("opens"),
      closes: t.exposeString("closes"),
    }),
  });

export function parseOpeningHours(value: unknown): OpeningHoursSpec[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is OpeningHoursSpec =>
      typeof v === "object" &&
      v !== null &&
      Number.isInteger(v.day) &&
      typeof v.opens === "string" &&
      typeof v.closes === "string",
  );
}
