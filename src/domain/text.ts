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
 * so that "land- en tuinbouw" and "Noord- Nederland" keep their meaning.
 */
export function joinLineBreakHyphens(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "-" && i > 0 && isLetter(text[i - 1])) {
      let j = i + 1;
      while (j < text.length && isSpace(text[j])) j++;
      if (j > i + 1 && j < text.length && isLowerLetter(text[j]) && !ELISION_FOLLOWERS.has(wordAt(text, j))) {
        i = j;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function isSpace(ch: string): boolean {
  return ch.trim() === "";
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isLowerLetter(ch: string): boolean {
  return isLetter(ch) && ch === ch.toLowerCase();
}

function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && !isSpace(text[end]) && !",.;:".includes(text[end])) end++;
  return text.slice(start, end).toLowerCase();
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
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly originalLength: number;
}

const DROP = 0;
const SPACE = 1;
const MARK = 2;
const CHAR = 3;
type CharClass = typeof DROP | typeof SPACE | typeof MARK | typeof CHAR;

const FORMAT_CHARACTER = /^\p{Cf}$/u;
const SPACE_CHARACTER = /^\s$/u;
const MARK_CHARACTER = /^\p{M}$/u;
const MARKS = /\p{M}/gu;
const HYPHEN = 0x2d;
// Word's non-breaking hyphen in `paragraph.text`; the .docx reader already gives "-" for it.
const WORD_NON_BREAKING_HYPHEN = 0x1e;
// The longest word after which a line-break hyphen is kept ("en/of") is 5 characters; one more tells it apart.
const ELISION_LOOKAHEAD = 6;

const classCache = new Map<number, CharClass>();
const foldCache = new Map<number, string>();

/**
 * Normalises `original` for matching, keeping a map back to it:
 * - case and accents folded per character ("Financiële" → "financiele"), compatibility forms
 *   decomposed ("CO₂" → "co2", "ĳ" → "ij", "…" → "...");
 * - every run of white space (spaces, NBSP, tabs, line, page and paragraph breaks, Word's vertical tab)
 *   becomes one space; leading and trailing space is kept, so that offsets map one to one;
 * - control and format characters are dropped: Word's comment mark (\x05, office-js#2114), field
 *   marks, the optional hyphen (\x1f, U+00AD), zero-width and direction marks;
 * - a word hyphenated at a line break is joined, by the rule of `joinLineBreakHyphens`.
 * A combining mark belongs to the character before it: the map covers both. Linear in the length of
 * `original`: one pass, and the only look-ahead (after a hyphen) skips white space the pass then jumps.
 */
export function normaliseForMatching(original: string): NormalisedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let spaceOpen = false;
  let afterLetter = false;
  const space = (start: number, end: number) => {
    if (spaceOpen) {
      ends[ends.length - 1] = end;
      return;
    }
    units.push(" ");
    starts.push(start);
    ends.push(end);
    spaceOpen = true;
  };

  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) as number;
    const next = i + (cp > 0xffff ? 2 : 1);
    const kind = classOf(cp);
    if (kind === DROP) {
      i = next;
      continue;
    }
    if (kind === MARK) {
      // Extend the piece that ends right here (all its units: "ĳ" gave two).
      for (let k = ends.length - 1; k >= 0 && ends[k] === i; k--) ends[k] = next;
      i = next;
      continue;
    }
    if (kind === SPACE) {
      space(i, next);
      afterLetter = false;
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
    const folded = foldCodePoint(cp);
    // By UTF-16 unit, so that `starts` and `ends` index `text` (a folded emoji keeps two units).
    for (let u = 0; u < folded.length; u++) {
      const unit = folded[u];
      if (SPACE_CHARACTER.test(unit)) {
        space(i, next);
      } else {
        units.push(unit);
        starts.push(i);
        ends.push(next);
        spaceOpen = false;
      }
    }
    afterLetter = isLetterCodePoint(cp);
    i = next;
  }
  return { text: units.join(""), starts, ends, originalLength: original.length };
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
    const cp = text.codePointAt(j) as number;
    const kind = classOf(cp);
    if (kind === SPACE) sawSpace = true;
    else if (kind !== DROP) break;
    j += cp > 0xffff ? 2 : 1;
  }
  if (!sawSpace || j >= text.length) return -1;
  const first = text.codePointAt(j) as number;
  if (!isLetterCodePoint(first) || !isLowerCodePoint(first)) return -1;
  return ELISION_FOLLOWERS.has(wordAhead(text, j)) ? -1 : j;
}

/** Up to ELISION_LOOKAHEAD characters of the word at `start`, lower case, skipping dropped characters. */
function wordAhead(text: string, start: number): string {
  let word = "";
  let count = 0;
  let j = start;
  while (j < text.length && count < ELISION_LOOKAHEAD) {
    const cp = text.codePointAt(j) as number;
    const kind = classOf(cp);
    const ch = String.fromCodePoint(cp);
    if (kind === SPACE || ",.;:".includes(ch)) break;
    j += ch.length;
    if (kind === DROP) continue;
    word += ch.toLowerCase();
    count++;
  }
  return word;
}

function classOf(cp: number): CharClass {
  if (cp < 0x80) {
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return SPACE;
    if (cp === WORD_NON_BREAKING_HYPHEN) return CHAR;
    return cp < 0x20 || cp === 0x7f ? DROP : CHAR;
  }
  let kind = classCache.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    // C1 controls and format characters (U+00AD soft hyphen, zero-width and direction marks, U+FEFF,
    // which \s would count as space) first.
    if (cp <= 0x9f || FORMAT_CHARACTER.test(ch)) kind = DROP;
    else if (SPACE_CHARACTER.test(ch)) kind = SPACE;
    else if (MARK_CHARACTER.test(ch)) kind = MARK;
    else kind = CHAR;
    classCache.set(cp, kind);
  }
  return kind;
}

/** One character, folded: compatibility-decomposed, marks removed, lower case. */
function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp === WORD_NON_BREAKING_HYPHEN) return "-";
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 0x20) : String.fromCharCode(cp);
  }
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    // Decompose again after lower-casing: "İ" lowers to "i" plus a combining dot.
    folded = String.fromCodePoint(cp).normalize("NFKD").replace(MARKS, "").toLowerCase().normalize("NFKD").replace(MARKS, "");
    foldCache.set(cp, folded);
  }
  return folded;
}

function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return isLetter(String.fromCodePoint(cp));
}

function isLowerCodePoint(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch === ch.toLowerCase();
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
