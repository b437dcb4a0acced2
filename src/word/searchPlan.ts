// How to reach matched text of a paragraph with Word's search (issue 9, "Ga naar"): Word has no way to
// address a paragraph's characters by offset, only `search`, which takes at most 255 characters
// (longer fails on Word on the web and returns nothing on desktop), treats `^` as the start of a
// special code (`^p`, `^t`) and cannot be given control characters (Word's comment and field marks).
// So the match is reached by up to two short pieces of plain text: its start and its end, each as the
// n-th hit of a search in the paragraph, joined with `Range.expandTo`. Pure: offsets in, plan out.

/** Word's limit on the length of a search text (Range.search, Paragraph.search). */
export const WORD_SEARCH_LIMIT = 255;

// Pieces are kept short: a long piece gains nothing once it is unique, and any character Word might
// treat differently (a field result, a hidden character) is a risk more.
const PIECE_LIMIT = 64;

/** A text to search within the paragraph, and which of Word's hits (0-based, in order) is the one. */
export interface SearchPiece {
  text: string;
  /** The hit to take: this many hits of `text` come before it in the paragraph. */
  hit: number;
  /** How many hits the paragraph has; a different number from Word means Word sees other text. */
  hits: number;
}

/** One piece that is the whole match, or the match's first and last pieces to expand between. */
export type SearchPlan = { pieces: [SearchPiece] } | { pieces: [SearchPiece, SearchPiece] };

/**
 * How to reach [start, end) of `text` (a paragraph's text as the snapshot has it) by searching the
 * paragraph; null when it cannot be reached (the match starts or ends with a character a search cannot
 * be given, or an earlier overlapping hit hides it). Throws a RangeError for a range outside `text`.
 */
export function planSearch(text: string, start: number, end: number): SearchPlan | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`No text at [${start}, ${end}) in a paragraph of ${text.length} characters`);
  }
  const matched = text.slice(start, end);
  if (matched.length <= WORD_SEARCH_LIMIT && [...matched].every(searchable)) {
    const whole = piece(text, start, matched);
    if (whole) return { pieces: [whole] };
  }
  const first = firstPiece(text, start, end);
  const last = lastPiece(text, start, end);
  return first && last ? { pieces: [first, last] } : null;
}

/**
 * Start offsets of the hits of `needle` in `text` as a search lists them: left to right, each search
 * resuming after the previous hit (so hits never overlap).
 */
export function searchHits(text: string, needle: string): number[] {
  const hits: number[] = [];
  if (needle === "") return hits;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) hits.push(at);
  return hits;
}

/** The longest usable piece starting at `start`, within the match. */
function firstPiece(text: string, start: number, end: number): SearchPiece | null {
  let length = 0;
  while (length < PIECE_LIMIT && start + length < end && searchable(text[start + length])) length++;
  for (; length > 0; length--) {
    const found = piece(text, start, text.slice(start, start + length));
    if (found) return found;
  }
  return null;
}

/** The longest usable piece ending at `end`, within the match. */
function lastPiece(text: string, start: number, end: number): SearchPiece | null {
  let length = 0;
  while (length < PIECE_LIMIT && end - length > start && searchable(text[end - length - 1])) length++;
  for (; length > 0; length--) {
    const found = piece(text, end - length, text.slice(end - length, end));
    if (found) return found;
  }
  return null;
}

/** `needle` as the search hit starting at `at`; null when no search hit starts there. */
function piece(text: string, at: number, needle: string): SearchPiece | null {
  const hits = searchHits(text, needle);
  const hit = hits.indexOf(at);
  return hit < 0 ? null : { text: needle, hit, hits: hits.length };
}

const FORMAT = /^\p{Cf}$/u;

// Word's find matches a straight quote with the curly ones and back ("smart quotes"), so a piece with
// a quote could count other hits than the paragraph's text has.
const QUOTES = new Set(["'", '"', "\u2018", "\u2019", "\u201a", "\u201c", "\u201d", "\u201e"]);

/**
 * Characters a search may be given literally: not `^` (Word's escape), no control characters (tabs,
 * Word's line break \v, comment and field marks), no non-breaking space or format characters (soft
 * hyphen, zero-width marks), which Word's search does not match literally everywhere, and no quotes.
 */
function searchable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || ch === "^" || QUOTES.has(ch)) return false;
  return !FORMAT.test(ch);
}
