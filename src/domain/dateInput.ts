// Dates as a drafter types them in the task pane, and as the nota shows them: "3-6-2025", "3-6-25",
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
export const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** The usual Dutch abbreviations of the weekdays, in the order of WEEKDAYS ("ma 2 juni", "di. 3 juni"). */
const WEEKDAY_ABBREVIATIONS = ["zo", "ma", "di", "wo", "do", "vr", "za"] as const;

/** The index in WEEKDAYS of a weekday written in full or abbreviated, with or without a dot; -1 when none. */
function weekdayIndex(word: string): number {
  const full = (WEEKDAYS as readonly string[]).indexOf(word);
  return full >= 0 ? full : (WEEKDAY_ABBREVIATIONS as readonly string[]).indexOf(word.replace(/\.$/, ""));
}

/**
 * What a typed date means. `not-a-date`: no existing date (or one without a year and no reference
 * year). `wrong-weekday`: an existing date typed with a weekday it does not fall on ("dinsdag 20 juni
 * 2025"); `iso` is the date without the weekday, `weekday` the day it really falls on (issue 7).
 */
export type DateInputResult =
  | { ok: true; iso: string }
  | { ok: false; problem: "not-a-date" }
  | { ok: false; problem: "wrong-weekday"; iso: string; weekday: Weekday };

/**
 * Reads a date the way a drafter types it. A weekday may lead, written in full or abbreviated ("ma",
 * "di.") and a month may be abbreviated ("2 jun."), as is normal in Dutch. A date without a year takes
 * `referenceYear` (the nota's own year, see `notaYear`); a two-digit year is the year with those last
 * digits nearest to `referenceYear` ("3-6-99" is 1999 when it is 2025; a tie goes to the earlier year).
 * Without a reference year neither is read. The result carries no Dutch sentences: the pane words the
 * problem (issue 7).
 */
export function readDateInput(text: string, referenceYear?: number): DateInputResult {
  // Hyphens as word processors and the pane's own hints write them (non-breaking, en dash) count as "-".
  const trimmed = text.trim().toLowerCase().replace(/[\u2010\u2011\u2013]/g, "-");
  const notADate = { ok: false, problem: "not-a-date" } as const;
  if (trimmed === "") return notADate;
  const iso = parseIsoDate(trimmed);
  if (iso) return { ok: true, iso: isoString(iso) };
  const words = trimmed.replace(/,/g, " ").split(/\s+/);
  const weekday = weekdayIndex(words[0]);
  if (weekday >= 0) words.shift();
  let date: IsoDate | null = null;
  const numeric = words.length === 1 ? /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/.exec(words[0]) : null;
  if (numeric) {
    const year = numeric[3] === undefined ? referenceYear : fullYear(numeric[3], referenceYear);
    if (year === undefined) return notADate;
    date = { day: Number(numeric[1]), month: Number(numeric[2]), year };
  } else {
    if (words.length < 2 || words.length > 3 || !/^\d{1,2}$/.test(words[0])) return notADate;
    const month = MONTHS[words[1].replace(/\.$/, "")];
    if (month === undefined) return notADate;
    if (words.length === 3 && !/^\d{4}$/.test(words[2])) return notADate;
    const year = words.length === 3 ? Number(words[2]) : referenceYear;
    if (year === undefined) return notADate;
    date = { day: Number(words[0]), month, year };
  }
  const found = existing(date);
  if (!found) return notADate;
  if (weekday >= 0) {
    const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (actual !== weekday) return { ok: false, problem: "wrong-weekday", iso: found, weekday: WEEKDAYS[actual] };
  }
  return { ok: true, iso: found };
}

/** The ISO date ("2025-06-03") a drafter meant, or null when `readDateInput` does not accept the text. */
export function parseDateInput(text: string, referenceYear?: number): string | null {
  const result = readDateInput(text, referenceYear);
  return result.ok ? result.iso : null;
}

const FULL_DATE_IN_TEXT = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s+(${Object.keys(MONTHS).join("|")})\\.?\\s+(\\d{4})(?!\\d)|(?<![\\d-/.])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?![\\d])`,
  "i",
);

/**
 * The year of the nota itself: that of the first full date in its text ("Datum 4 juni 2025",
 * "3-6-2025"), in document order; null when the text has none. A date the nota writes without a year
 * ("20 juni", the MR date) belongs to this year before the clock's (issue 7).
 */
export function notaYear(texts: Iterable<string>): number | null {
  for (const text of texts) {
    const match = FULL_DATE_IN_TEXT.exec(text);
    if (!match) continue;
    const date: IsoDate =
      match[1] !== undefined
        ? { day: Number(match[1]), month: MONTHS[match[2].toLowerCase()], year: Number(match[3]) }
        : { day: Number(match[4]), month: Number(match[5]), year: Number(match[6]) };
    if (existing(date)) return date.year;
  }
  return null;
}

/** A typed year: four digits as typed; two digits the nearest such year to `referenceYear` (none without one). */
function fullYear(digits: string, referenceYear: number | undefined): number | undefined {
  if (digits.length !== 2) return Number(digits);
  if (referenceYear === undefined) return undefined;
  const sameCentury = referenceYear - (referenceYear % 100) + Number(digits);
  const candidates = [sameCentury - 100, sameCentury, sameCentury + 100];
  return candidates.reduce((best, year) => (Math.abs(year - referenceYear) < Math.abs(best - referenceYear) ? year : best));
}

function existing(date: IsoDate): string | null {
  const iso = isoString(date);
  return parseIsoDate(iso) ? iso : null;
}

function isoString({ year, month, day }: IsoDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A true example date for a hint, as ISO: 3 June of `year`, or the first day from 3 June on that falls
 * on `weekday` (0 = zondag … 6 = zaterdag), so an example for the MR date is a Friday (issue 7).
 */
export function exampleDate(year: number, weekday?: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, 5, 3);
  if (weekday !== undefined) date.setUTCDate(3 + ((weekday - date.getUTCDay() + 7) % 7));
  return isoString({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}
