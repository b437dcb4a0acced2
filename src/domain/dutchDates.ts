// Dates as Dutch civil servants write them ("3 juni 2025", "maandag 23 juni"), through Intl
// with the nl-NL locale. Dates are calendar dates without a time: everything runs in UTC so the
// machine's time zone can never shift a day.

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

export type DutchDateStyle = "long" | "short" | "weekday" | "weekday-long";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD"; null for another format or a date that does not exist (2025-02-30). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `text` has the ISO shape YYYY-MM-DD, whether or not the date exists. */
export function looksLikeIsoDate(text: string): boolean {
  return ISO_DATE.test(text.trim());
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Built once: constructing an Intl formatter is far slower than using one.
const FORMATTERS: Record<DutchDateStyle, Intl.DateTimeFormat> = {
  long: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", timeZone: "UTC" }),
  weekday: new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }),
  "weekday-long": new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
};

/**
 * "3 juni 2025" (long), "17 juni" (short), "maandag 23 juni" (weekday), "maandag 23 juni 2025"
 * (weekday-long).
 * Throws for a string that is not an existing ISO date: validate input with `parseIsoDate` first.
 */
export function formatDutchDate(date: IsoDate | string, style: DutchDateStyle = "long"): string {
  const parsed = typeof date === "string" ? parseIsoDate(date) : date;
  if (!parsed) throw new Error(`'${String(date)}' is geen bestaande datum in de vorm JJJJ-MM-DD`);
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  instant.setUTCFullYear(parsed.year, parsed.month - 1, parsed.day);
  return FORMATTERS[style].format(instant);
}
