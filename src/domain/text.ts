// Text normalisation for matching document text against configured phrases (section titles,
// later checklist phrases). Every function here runs in linear time on fixed, anchored patterns:
// configuration never supplies a regular expression.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// \s covers NBSP (U+00A0), tabs, line and paragraph separators and Word's vertical tab.
const WHITE_SPACE = /\s+/g;

/** Lower case, accents removed ("Financiële" → "financiele"), white space collapsed and trimmed. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().replace(WHITE_SPACE, " ").trim();
}

// Words after which a hyphen plus space is a Dutch elision ("land- en tuinbouw"), not a line break.
const ELISION_FOLLOWERS = new Set(["en", "of", "tot", "noch", "als", "en/of"]);

/**
 * Joins words hyphenated across a line break: "verduurzamings- projecten" → "verduurzamingsprojecten".
 * Only a letter, a hyphen, white space and a lower-case letter qualify, and not before a conjunction,
 * so that "land- en tuinbouw" and "Noord- Nederland" keep their meaning. The same rule as in
 * `normaliseForMatching` (one implementation: `lineBreakHyphenEnd`).
 */
export function joinLineBreakHyphens(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== HYPHEN || !isLetter(text[i - 1])) continue;
    const resume = lineBreakHyphenEnd(text, i + 1);
    if (resume < 0) continue;
    out += text.slice(from, i);
    from = resume;
    i = resume - 1;
  }
  return out + text.slice(from);
}

function isSpace(ch: string): boolean {
  return ch.trim() === "";
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

// "1", "1.", "4.1", "4.1.", "2)", "(2)" and roman "IV." / "iv)" — only when followed by a space,
// so a heading that starts with a word or a year is left alone. Sticky: matched at a given index.
const LEADING_ARABIC = /\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+/y;
const LEADING_ROMAN = /[ivxlc]{1,6}[.)]\s+/y;

/**
 * Heading text as compared with section titles and aliases: folded, leading numbering and a
 * trailing colon removed. A parenthesised suffix such as "(ACKE)" is kept; see `headingCore`.
 */
export function normaliseHeading(text: string): string {
  const folded = foldText(text);
  // Strip every leading number ("1. 2. x" too) in one pass, so the result is stable.
  let start = 0;
  for (;;) {
    LEADING_ARABIC.lastIndex = start;
    LEADING_ROMAN.lastIndex = start;
    const match = LEADING_ARABIC.exec(folded) ?? LEADING_ROMAN.exec(folded);
    if (!match) break;
    start += match[0].length;
  }
  return stripTrailingColons(folded.slice(start));
}

function stripTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ":" || text[end - 1] === " ")) end--;
  return text.slice(0, end);
}

/** `normaliseHeading` without a trailing parenthesised suffix: "Ambtelijke afstemming (ACKE):" → "ambtelijke afstemming". */
export function headingCore(text: string): string {
  const heading = normaliseHeading(text);
  if (!heading.endsWith(")")) return heading;
  // One final parenthesised group without nested parentheses.
  const open = heading.lastIndexOf("(");
  if (open <= 0 || heading.indexOf(")", open) !== heading.length - 1) return heading;
  return stripTrailingColons(heading.slice(0, open).trimEnd());
}

/** Number of white-space separated words. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = isSpace(ch);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Text prepared for matching phrases (issue 7; the checklist of issue 9 matches on it), with the way
 * back: `starts[k]`/`ends[k]` give the original [start, end) that unit `k` of `text` (a UTF-16 unit)
 * comes from, so a match in `text` is a range of the paragraph's own text again.
 */
export interface NormalisedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly originalLength: number;
}

const DROP = 0;
const SPACE = 1;
const MARK = 2;
const CHAR = 3;
type CharClass = typeof DROP | typeof SPACE | typeof MARK | typeof CHAR;

const HYPHEN = 0x2d;
// Word's non-breaking hyphen in `paragraph.text`; the .docx reader already gives "-" for it.
const WORD_NON_BREAKING_HYPHEN = 0x1e;
// The longest word after which a line-break hyphen is kept ("en/of") is 5 characters; one more tells it apart.
const ELISION_LOOKAHEAD = 6;
const SPACE_UNIT = 0x20;

interface CharInfo {
  kind: CharClass;
  /** The folded character as UTF-16 units; 0x20 where folding gave white space. */
  folded: number[];
  letter: boolean;
  lower: boolean;
}

const FORMAT_CHARACTER = /^\p{Cf}$/u;
const SPACE_CHARACTER = /^\s$/u;
const MARK_CHARACTER = /^\p{M}$/u;
const MARKS = /\p{M}/gu;

const ASCII: CharInfo[] = Array.from({ length: 0x80 }, (_, cp) => {
  const letter = (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  const kind: CharClass =
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) ? SPACE : cp === WORD_NON_BREAKING_HYPHEN ? CHAR : cp < 0x20 || cp === 0x7f ? DROP : CHAR;
  const folded = [cp === WORD_NON_BREAKING_HYPHEN ? HYPHEN : cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp];
  return { kind, folded, letter, lower: !(cp >= 0x41 && cp <= 0x5a) };
});
const ASCII_KIND = Uint8Array.from(ASCII, (info) => info.kind);
const ASCII_FOLDED = Uint16Array.from(ASCII, (info) => (info.kind === SPACE ? SPACE_UNIT : info.folded[0]));
const ASCII_LETTER = Uint8Array.from(ASCII, (info) => (info.letter ? 1 : 0));
const infoCache = new Map<number, CharInfo>();

/** What normalisation does with one code point; computed once per distinct character. */
function infoOf(cp: number): CharInfo {
  if (cp < 0x80) return ASCII[cp];
  let info = infoCache.get(cp);
  if (info === undefined) {
    const ch = String.fromCodePoint(cp);
    // C1 controls and format characters (U+00AD soft hyphen, zero-width and direction marks, U+FEFF,
    // which \s would count as space) first.
    const kind: CharClass =
      cp <= 0x9f || FORMAT_CHARACTER.test(ch) ? DROP : SPACE_CHARACTER.test(ch) ? SPACE : MARK_CHARACTER.test(ch) ? MARK : CHAR;
    // Decompose again after lower-casing: "İ" lowers to "i" plus a combining dot.
    const folded = ch.normalize("NFKD").replace(MARKS, "").toLowerCase().normalize("NFKD").replace(MARKS, "");
    const units: number[] = [];
    for (let u = 0; u < folded.length; u++) units.push(SPACE_CHARACTER.test(folded[u]) ? SPACE_UNIT : folded.charCodeAt(u));
    info = { kind, folded: units, letter: isLetter(ch), lower: ch === ch.toLowerCase() };
    infoCache.set(cp, info);
  }
  return info;
}

/** The code point at `i` (a surrogate pair as one) and where the next one starts. */
function codePointAt(text: string, i: number): { cp: number; next: number } {
  const high = text.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return { cp: ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000, next: i + 2 };
  }
  return { cp: high, next: i + 1 };
}

/**
 * Normalises `original` for matching, keeping a map back to it:
 * - case and accents folded per character ("Financiële" → "financiele"), compatibility forms
 *   decomposed ("CO₂" → "co2", "ĳ" → "ij", "…" → "...");
 * - every run of white space (spaces, NBSP, tabs, line, page and paragraph breaks, Word's vertical tab
 *   for a manual line break and form feed for a page break: they part words, so they are not dropped)
 *   becomes one space; leading and trailing space is kept, so that offsets map one to one;
 * - control and format characters are dropped: Word's comment mark (\x05, office-js#2114), field
 *   marks, the optional hyphen (\x1f, U+00AD), zero-width and direction marks;
 * - a word hyphenated at a line break is joined, by the rule of `joinLineBreakHyphens`.
 * A combining mark belongs to the character before it: the map covers both. Linear in the length of
 * `original`: one pass, and the only look-ahead (after a hyphen) skips white space the pass then jumps.
 */
export function normaliseForMatching(original: string): NormalisedText {
  const length = original.length;
  let capacity = length + 8;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  let spaceOpen = false;
  let afterLetter = false;

  let i = 0;
  while (i < length) {
    let cp = original.charCodeAt(i);
    // Fast path for ASCII, most of any nota: one unit in, at most one out.
    if (cp < 0x80 && cp !== HYPHEN) {
      const kind = ASCII_KIND[cp];
      if (kind === DROP || (kind === SPACE && spaceOpen)) {
        if (kind === SPACE) ends[count - 1] = i + 1;
        i++;
        continue;
      }
      if (count === capacity) {
        capacity = 2 * capacity;
        units = grow(units, new Uint16Array(capacity));
        starts = grow(starts, new Int32Array(capacity));
        ends = grow(ends, new Int32Array(capacity));
      }
      units[count] = ASCII_FOLDED[cp];
      starts[count] = i;
      ends[count] = i + 1;
      count++;
      spaceOpen = kind === SPACE;
      afterLetter = ASCII_LETTER[cp] === 1;
      i++;
      continue;
    }
    // The code point (as `codePointAt` below, inline: this loop is the hot path).
    let next = i + 1;
    if (cp >= 0xd800 && cp <= 0xdbff && next < length) {
      const low = original.charCodeAt(next);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        next++;
      }
    }
    const info = cp < 0x80 ? ASCII[cp] : infoOf(cp);
    if (info.kind === DROP) {
      i = next;
      continue;
    }
    if (info.kind === MARK) {
      // Extend the piece that ends right here (all its units: "ĳ" gave two).
      for (let k = count - 1; k >= 0 && ends[k] === i; k--) ends[k] = next;
      i = next;
      continue;
    }
    if (cp === HYPHEN && afterLetter) {
      const resume = lineBreakHyphenEnd(original, next);
      if (resume >= 0) {
        i = resume;
        continue;
      }
    }
    const folded = info.kind === SPACE ? null : info.folded;
    const size = folded === null ? 1 : folded.length;
    if (count + size > capacity) {
      capacity = 2 * capacity + size;
      units = grow(units, new Uint16Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
    }
    for (let u = 0; u < size; u++) {
      const out = folded === null ? SPACE_UNIT : folded[u];
      if (out === SPACE_UNIT && spaceOpen) {
        ends[count - 1] = next;
        continue;
      }
      units[count] = out;
      starts[count] = i;
      ends[count] = next;
      count++;
      spaceOpen = out === SPACE_UNIT;
    }
    afterLetter = info.letter;
    i = next;
  }
  return { text: fromUnits(units, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count), originalLength: length };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function fromUnits(units: Uint16Array, count: number): string {
  // In slices: String.fromCharCode takes its units as arguments, and engines limit their number.
  const CHUNK = 8192;
  let text = "";
  for (let at = 0; at < count; at += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(at + CHUNK, count)) as unknown as number[]);
  }
  return text;
}

/**
 * The original [start, end) that the normalised range [start, end) comes from: from the start of the
 * first unit's source to the end of the last one's. An empty range maps to an empty range where the
 * next unit's source starts (or at the end of the original). Throws a RangeError outside the text.
 */
export function originalRange(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const length = normalised.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`[${start}, ${end}) is not a range of a normalised text of ${length} characters`);
  }
  if (start === end) {
    const at = start < length ? normalised.starts[start] : normalised.originalLength;
    return { start: at, end: at };
  }
  return { start: normalised.starts[start], end: normalised.ends[end - 1] };
}

/**
 * After a hyphen that follows a letter: where reading resumes when it is a line-break hyphen (white
 * space, then a lower-case letter that does not start "en", "of", … as in "land- en tuinbouw"), else -1.
 */
function lineBreakHyphenEnd(text: string, from: number): number {
  let j = from;
  let sawSpace = false;
  while (j < text.length) {
    const { cp, next } = codePointAt(text, j);
    const kind = infoOf(cp).kind;
    if (kind === SPACE) sawSpace = true;
    else if (kind !== DROP) break;
    j = next;
  }
  if (!sawSpace || j >= text.length) return -1;
  const first = infoOf(codePointAt(text, j).cp);
  if (!first.letter || !first.lower) return -1;
  return ELISION_FOLLOWERS.has(wordAhead(text, j)) ? -1 : j;
}

/** Up to ELISION_LOOKAHEAD characters of the word at `start`, lower case, skipping dropped characters. */
function wordAhead(text: string, start: number): string {
  let word = "";
  let count = 0;
  let j = start;
  while (j < text.length && count < ELISION_LOOKAHEAD) {
    const { cp, next } = codePointAt(text, j);
    const kind = infoOf(cp).kind;
    const ch = String.fromCodePoint(cp);
    if (kind === SPACE || ",.;:".includes(ch)) break;
    j = next;
    if (kind === DROP) continue;
    word += ch.toLowerCase();
    count++;
  }
  return word;
}

// Printable ASCII and the Latin-1 letters, in which every character folds to exactly one unit.
const SIMPLE_TEXT = /^[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*$/;
const LATIN1_LETTER = /[\u00c0-\u00ff]/;

/**
 * `normaliseForMatching(original).text` when that text maps one to one onto `original` (unit k comes
 * from character k: printable ASCII and Latin-1 letters, no double space, no "- " that could be a
 * line-break hyphen), else null. A fast path for long documents: the common paragraph needs neither
 * the per-character pass nor the offset map.
 */
export function foldOneToOne(original: string): string | null {
  if (!SIMPLE_TEXT.test(original) || original.includes("  ") || original.includes("- ")) return null;
  const lower = original.toLowerCase();
  // A Latin-1 letter decomposes into its base letter and marks (none has a compatibility form).
  return LATIN1_LETTER.test(lower) ? lower.normalize("NFD").replace(COMBINING_MARKS, "") : lower;
}
