// Dates as a drafter types them in the task pane, and as the nota shows them: "3-6-2025",
// "03/06/2025", "3 juni 2025", "maandag 3 juni 2025", ISO "2025-06-03", and without a year
// ("17 juni", "maandag 2 juni", "17-6") when a reference year is known. Day before month, as in Dutch.
import { parseIsoDate, type IsoDate } from "./dutchDates";

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2,
  maart: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Index = JavaScript's getUTCDay(): zondag is 0. */
const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

/** How far from the reference year a weekday may move a year-less date ("maandag 23 juni"). */
const WEEKDAY_YEAR_SPAN = 6;

/**
 * The ISO date ("2025-06-03") a drafter meant, or null when the text is no existing date. A date
 * without a year takes `referenceYear` — or, when a weekday is given, the year nearest to it in
 * which that date falls on that weekday. Without a reference year such a date is not read.
 */
export function parseDateInput(text: string, referenceYear?: number): string | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return null;
  const iso = parseIsoDate(trimmed);
  if (iso) return isoString(iso);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(trimmed);
  if (numeric) {
    const year = numeric[3] !== undefined ? Number(numeric[3]) : referenceYear;
    return year === undefined ? null : existing({ day: Number(numeric[1]), month: Number(numeric[2]), year });
  }
  const words = trimmed.replace(/,/g, " ").split(/\s+/);
  const weekday = WEEKDAYS.indexOf(words[0]);
  if (weekday >= 0) words.shift();
  if (words.length < 2 || words.length > 3 || !/^\d{1,2}$/.test(words[0])) return null;
  const month = MONTHS[words[1].replace(/\.$/, "")];
  if (month === undefined) return null;
  const day = Number(words[0]);
  if (words.length === 3) return /^\d{4}$/.test(words[2]) ? existing({ day, month, year: Number(words[2]) }) : null;
  if (referenceYear === undefined) return null;
  return existing({ day, month, year: weekday >= 0 ? yearWithWeekday(day, month, weekday, referenceYear) : referenceYear });
}

function yearWithWeekday(day: number, month: number, weekday: number, referenceYear: number): number {
  for (let offset = 0; offset <= WEEKDAY_YEAR_SPAN; offset++) {
    for (const year of [referenceYear + offset, referenceYear - offset]) {
      if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return year;
    }
  }
  return referenceYear;
}

function existing(date: IsoDate): string | null {
  const iso = isoString(date);
  return parseIsoDate(iso) ? iso : null;
}

function isoString({ year, month, day }: IsoDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
