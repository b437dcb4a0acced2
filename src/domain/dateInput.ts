// Dates as a drafter types them in the task pane: "3-6-2025", "03/06/2025", "3 juni 2025",
// "maandag 3 juni 2025" or ISO "2025-06-03". Day before month, as in Dutch.
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

const WEEKDAYS = new Set(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);

/** The ISO date ("2025-06-03") a drafter meant, or null when the text is no existing date. */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return null;
  const iso = parseIsoDate(trimmed);
  if (iso) return isoString(iso);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (numeric) return existing({ day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) });
  const words = trimmed.replace(/,/g, " ").split(/\s+/);
  if (words.length === 4 && WEEKDAYS.has(words[0])) words.shift();
  if (words.length !== 3 || !/^\d{1,2}$/.test(words[0]) || !/^\d{4}$/.test(words[2])) return null;
  const month = MONTHS[words[1].replace(/\.$/, "")];
  if (month === undefined) return null;
  return existing({ day: Number(words[0]), month, year: Number(words[2]) });
}

function existing(date: IsoDate): string | null {
  const iso = isoString(date);
  return parseIsoDate(iso) ? iso : null;
}

function isoString({ year, month, day }: IsoDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
