// Dutch dates in running text (issue 10): "17 juni", "3 juni 2025", "maandag 23 juni", "ma 2 jun.",
// "de week van 23-27 juni", "23 t/m 27 juni", "23 tot en met 27 juni", "week 26". Written here rather
// than taken from a library: chrono-node's Dutch parser drops the start of a "t/m" range and ignores a
// weekday that does not fit its date, and both are exactly what the procedure checks need.
// Text that is not a date is simply not a mention: nothing here throws on document text.
import type { IsoDate } from "./dutchDates";

/** Day and month as written, with the year when the text gives one. */
export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
}

/**
 * A date written in a paragraph. Offsets are into the text that was searched (the paragraph's own
 * text: UTF-16 units, `end` exclusive), so a check can point at exactly the written date.
 * - `day`: one day ("maandag 23 juni"); `weekday` is the weekday written with it (0 = zondag), or null;
 * - `range`: a first and last day ("23-27 juni", "23 t/m 27 juni", "maandag 23 t/m vrijdag 27 juni"),
 *   with the weekday written at each (or null);
 * - `week`: an ISO week number ("week 26"), with the year when written after it.
 */
export type DateMention = { start: number; end: number; text: string } & (
  | { kind: "day"; date: DayMonth; weekday: number | null }
  | { kind: "range"; from: DayMonth; to: DayMonth; weekday: number | null; toWeekday: number | null }
  | { kind: "week"; week: number; year: number | null }
);

/** Index = getUTCDay(): zondag is 0. */
export const WEEKDAY_NAMES = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;
const WEEKDAY_ABBREVIATIONS = ["zo", "ma", "di", "wo", "do", "vr", "za"];

const MONTH_WORDS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2, febr: 2,
  maart: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// Longest alternatives first, so "juni" is not read as "jun" plus a stray "i".
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const WEEKDAY = (name: string) => `(?<${name}>${byLength([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS])})\\.?,?\\s+`;
const FULL_MONTHS = Object.keys(MONTH_WORDS).filter((word) => word.length >= 4 && !["sept", "febr"].includes(word));
const MONTH_ABBREVIATIONS = Object.keys(MONTH_WORDS).filter((word) => !FULL_MONTHS.includes(word));
// An abbreviation takes its dot ("jun."); a full month name does not take a sentence's full stop.
const MONTH = (name: string) =>
  `(?<${name}>(?:${byLength(FULL_MONTHS)})(?![\\p{L}])|(?:${byLength(MONTH_ABBREVIATIONS)})(?![\\p{L}])\\.?)`;
const YEAR = (name: string) => `(?:\\s+(?<${name}>\\d{4})(?!\\d))?`;
const DAY = (name: string) => `(?<${name}>\\d{1,2})`;
const UNTIL = `\\s*(?:-|–|—|t/m|tot\\s+en\\s+met)\\s*`;
const NOT_AFTER = "(?<![\\p{L}\\p{N}])";

// One pattern, tried left to right: a range, then a single day, then a week number.
const DATE_PATTERN = new RegExp(
  `${NOT_AFTER}(?:${WEEKDAY("weekday")})?(?:` +
    `${DAY("fromDay")}(?:\\s+${MONTH("fromMonth")}${YEAR("fromYear")})?${UNTIL}(?:${WEEKDAY("toWeekday")})?${DAY("toDay")}\\s+${MONTH("toMonth")}${YEAR("toYear")}` +
    `|${DAY("day")}\\s+${MONTH("month")}${YEAR("year")}` +
    `)` +
    `|${NOT_AFTER}week\\s+(?<week>\\d{1,2})(?![\\p{N}])${YEAR("weekYear")}`,
  "giu",
);

// What every form holds (a day and its month, or "week" and its number), without the look-arounds
// and optional parts: one quick scan that most paragraphs fail, with the main pattern's flags so
// that it finds whatever that pattern would.
const DATE_CORE = new RegExp(`\\d\\s+(?:${byLength(Object.keys(MONTH_WORDS))})|week\\s+\\d`, "iu");

/**
 * Every date written in `text`, in order. A day that cannot exist in any year ("31 juni", "0 mei"),
 * an inverted range ("27-23 juni") and a week outside 1–53 are not dates. A date with a year must
 * exist in that year ("29 februari 2025" is not a date). Linear in the length of `text`.
 */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  if (!DATE_CORE.test(text)) return mentions;
  for (const match of text.matchAll(DATE_PATTERN)) {
    const groups = match.groups ?? {};
    const mention = mentionOf(groups);
    if (mention === null) continue;
    const end = match.index + match[0].length;
    mentions.push({ ...mention, start: match.index, end, text: text.slice(match.index, end) } as DateMention);
  }
  return mentions;
}

type Groups = Record<string, string | undefined>;
type MentionData =
  | { kind: "day"; date: DayMonth; weekday: number | null }
  | { kind: "range"; from: DayMonth; to: DayMonth; weekday: number | null; toWeekday: number | null }
  | { kind: "week"; week: number; year: number | null };

function mentionOf(groups: Groups): MentionData | null {
  if (groups.week !== undefined) {
    const week = Number(groups.week);
    return week >= 1 && week <= 53 ? { kind: "week", week, year: yearOf(groups.weekYear) } : null;
  }
  const weekday = weekdayOf(groups.weekday);
  if (groups.toDay !== undefined) {
    const toMonth = monthOf(groups.toMonth);
    const toYear = yearOf(groups.toYear);
    const to = dayMonth(Number(groups.toDay), toMonth, toYear);
    const fromMonth = groups.fromMonth !== undefined ? monthOf(groups.fromMonth) : toMonth;
    const fromYear = groups.fromYear !== undefined ? yearOf(groups.fromYear) : fromMonth > toMonth ? null : toYear;
    const from = dayMonth(Number(groups.fromDay), fromMonth, fromYear);
    if (from === null || to === null) return null;
    // "23-27 juni" goes forward; a range across the new year ("29 dec t/m 2 jan") has the later month first.
    if (fromMonth === toMonth && from.day >= to.day && (from.year === to.year || from.year === null)) return null;
    return { kind: "range", from, to, weekday, toWeekday: weekdayOf(groups.toWeekday) };
  }
  const date = dayMonth(Number(groups.day), monthOf(groups.month), yearOf(groups.year));
  return date === null ? null : { kind: "day", date, weekday };
}

function weekdayOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  const full = (WEEKDAY_NAMES as readonly string[]).indexOf(lower);
  return full >= 0 ? full : WEEKDAY_ABBREVIATIONS.indexOf(lower);
}

function monthOf(word: string | undefined): number {
  return MONTH_WORDS[(word ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
}

function yearOf(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function dayMonth(day: number, month: number, year: number | null): DayMonth | null {
  if (month < 1 || day < 1) return null;
  // Without a year, 29 februari may still be meant.
  if (day > daysInMonth(year ?? 2024, month)) return null;
  return { day, month, year };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2025-06-03". */
export function isoOf(date: IsoDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The weekday (0 = zondag) of an existing date. */
export function weekdayOfDate(date: IsoDate): number {
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant.getUTCDay();
}

/**
 * The days a mention stands for, as ISO dates: `from` = `to` for one day, the first and last day of
 * a range, Monday to Sunday of an ISO week. A mention without its own year takes `year`; null when
 * no year is known or the date does not exist in that year (29 februari).
 */
export function mentionDays(mention: DateMention, year: number | null): { from: string; to: string } | null {
  if (mention.kind === "week") {
    const weekYear = mention.year ?? year;
    return weekYear === null ? null : isoWeek(weekYear, mention.week);
  }
  if (mention.kind === "day") {
    const day = resolve(mention.date, year);
    return day === null ? null : { from: day, to: day };
  }
  const to = resolve(mention.to, year);
  // A range across the new year: the first day is in the year before the last.
  const fromYear = mention.from.year ?? (to !== null && mention.from.month > mention.to.month ? Number(to.slice(0, 4)) - 1 : (mention.to.year ?? year));
  const from = resolve(mention.from, fromYear);
  return from === null || to === null ? null : { from, to };
}

/**
 * When `mention` has a weekday that is not its date's weekday in `year` (or its own year): the weekday
 * written, the true one (0 = zondag) and the ISO date; for a range, the first day checked first, then
 * the last. Null when no weekday is written, no year is known, or they agree.
 */
export function weekdayMismatch(mention: DateMention, year: number | null): { written: number; actual: number; date: string } | null {
  if (mention.kind === "week") return null;
  const days = mentionDays(mention, year);
  if (days === null) return null;
  const written = mention.kind === "range" ? [[mention.weekday, days.from], [mention.toWeekday, days.to]] as const : [[mention.weekday, days.from]] as const;
  for (const [weekday, iso] of written) {
    if (weekday === null) continue;
    const [y, m, d] = iso.split("-").map(Number);
    const actual = weekdayOfDate({ year: y, month: m, day: d });
    if (actual !== weekday) return { written: weekday, actual, date: iso };
  }
  return null;
}

function resolve(date: DayMonth, year: number | null): string | null {
  const y = date.year ?? year;
  if (y === null || date.day > daysInMonth(y, date.month)) return null;
  return isoOf({ year: y, month: date.month, day: date.day });
}

/** Monday and Sunday of ISO week `week` of `year`; null for week 53 in a year that has 52. */
function isoWeek(year: number, week: number): { from: string; to: string } | null {
  // Week 1 holds 4 January; weeks start on Monday.
  const jan4 = new Date(0);
  jan4.setUTCFullYear(year, 0, 4);
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  if (week === 53) {
    const nextJan4 = new Date(0);
    nextJan4.setUTCFullYear(year + 1, 0, 4);
    const nextWeek1 = nextJan4.getTime() - ((nextJan4.getUTCDay() + 6) % 7) * 86_400_000;
    if (monday.getTime() >= nextWeek1) return null;
  }
  const iso = (d: Date) => isoOf({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { from: iso(monday), to: iso(sunday) };
}
