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
