// Bewindspersonen as a nota names them (issue 10): by full title ("Staatssecretaris van
// Infrastructuur en Waterstaat"), by a short form ("Stas IenW"), and misspelled ("Staatsecretaris").
// The catalogue itself is data (src/config/signatories.ts); this module only matches it in text.
import { foldOneToOne, normaliseForMatching, originalRange, type NormalisedText } from "./text";

export interface Ministry {
  /** The usual abbreviation: "IenW". */
  code: string;
  /** "Infrastructuur en Waterstaat" (without "ministerie van"). */
  name: string;
}

/** One bewindspersoon title in the catalogue. */
export interface Signatory {
  /** Stable id: "stas-ienw", "minister-kgg". */
  id: string;
  /** The full title as written in an akkoord line: "Staatssecretaris van Infrastructuur en Waterstaat". */
  title: string;
  /** Short forms drafters write: "Stas IenW", "StasIenW". */
  shortForms: string[];
  ministry: Ministry;
}

/** Where a signatory is named in a text: offsets into that text, and whether its title is misspelled. */
export interface SignatoryMention {
  signatory: Signatory;
  start: number;
  end: number;
  text: string;
  /** True when the title's first word is recognised but misspelled ("Staatsecretaris"). */
  misspelled: boolean;
}

/** How far a written title word may be from the right one and still be recognised (edits). */
const MAX_TITLE_EDITS = 2;

/**
 * Every signatory of `catalogue` named in `text`, in order: by full title (the words after the
 * title's first word must be exact, up to case, accents and white space; the first word may be up
 * to two edits off, which makes the mention `misspelled`) or by a short form (as a whole word).
 * Where two mentions overlap, the longer wins ("Minister van Economische Zaken en Klimaat" over
 * "Minister van Economische Zaken"). Linear in the text per catalogue entry.
 */
export function findSignatories(text: string, catalogue: readonly Signatory[]): SignatoryMention[] {
  // Most paragraphs name no one: one scan of the folded text for any title's or short form's words
  // decides that, and only a paragraph that has them gets the offset map and the per-entry search.
  const simple = foldOneToOne(text);
  const normalised = simple === null ? normaliseForMatching(text) : null;
  if (!preparedCatalogue(catalogue).trigger.test(simple ?? (normalised as NormalisedText).text)) return [];
  return searchSignatories(text, normalised ?? normaliseForMatching(text), catalogue);
}

/**
 * True when `folded` (text as `normaliseForMatching` gives it) holds, somewhere, the words every
 * mention of a `catalogue` entry needs: a title's words after its first (or the title itself when it
 * is one word) or a short form. A mention implies them, so false means `findSignatories` finds nothing.
 * One linear scan, the catalogue prepared once per catalogue array.
 */
export function mayNameSignatory(folded: string, catalogue: readonly Signatory[]): boolean {
  return preparedCatalogue(catalogue).trigger.test(folded);
}

function searchSignatories(text: string, normalised: NormalisedText, catalogue: readonly Signatory[]): SignatoryMention[] {
  const folded = normalised.text;
  const found: SignatoryMention[] = [];
  const add = (signatory: Signatory, start: number, end: number, misspelled: boolean) => {
    const range = originalRange(normalised, start, end);
    found.push({ signatory, start: range.start, end: range.end, text: text.slice(range.start, range.end), misspelled });
  };
  for (const signatory of catalogue) {
    const { first, rest, shortForms } = prepared(signatory);
    if (rest === "") {
      for (const at of wordOccurrences(folded, first)) add(signatory, at, at + first.length, false);
    } else {
      for (let at = folded.indexOf(rest); at >= 0; at = folded.indexOf(rest, at + 1)) {
        if (!isBoundary(folded, at + rest.length)) continue;
        const wordStart = previousWordStart(folded, at);
        const written = folded.slice(wordStart, at);
        if (written === "" || !isBoundary(folded, wordStart - 1)) continue;
        if (written === first) add(signatory, wordStart, at + rest.length, false);
        else if (isMisspelling(written, first)) add(signatory, wordStart, at + rest.length, true);
      }
    }
    for (const form of shortForms) {
      for (const at of wordOccurrences(folded, form)) add(signatory, at, at + form.length, false);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SignatoryMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

interface PreparedSignatory {
  /** The title's first word, folded ("staatssecretaris"), and the rest with its leading space. */
  first: string;
  rest: string;
  shortForms: string[];
}

// Folded once per catalogue entry, not once per paragraph.
const preparedCache = new WeakMap<Signatory, PreparedSignatory>();

function prepared(signatory: Signatory): PreparedSignatory {
  let entry = preparedCache.get(signatory);
  if (entry === undefined) {
    const title = normaliseForMatching(signatory.title).text.trim();
    const split = title.indexOf(" ");
    entry = {
      first: split < 0 ? title : title.slice(0, split),
      rest: split < 0 ? "" : title.slice(split),
      shortForms: signatory.shortForms.map((form) => normaliseForMatching(form).text.trim()),
    };
    preparedCache.set(signatory, entry);
  }
  return entry;
}

interface PreparedCatalogue {
  /** Matches where any rest of a title (or a one-word title) or any short form occurs, as a substring. */
  trigger: RegExp;
}

const catalogueCache = new WeakMap<readonly Signatory[], PreparedCatalogue>();

function preparedCatalogue(catalogue: readonly Signatory[]): PreparedCatalogue {
  let entry = catalogueCache.get(catalogue);
  if (entry === undefined) {
    const needles: string[] = [];
    for (const signatory of catalogue) {
      const { first, rest, shortForms } = prepared(signatory);
      needles.push(rest === "" ? first : rest, ...shortForms);
    }
    entry = { trigger: literalsPattern(needles.filter((needle) => needle !== "")) };
    catalogueCache.set(catalogue, entry);
  }
  return entry;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * One regular expression that matches where any of `literals` starts, built as a trie ("min(?:ister
 * (?:…)|…)") so that each position costs one path, not one try per literal. Literals are escaped:
 * configuration never supplies a pattern. An empty list gives a pattern that never matches.
 */
function literalsPattern(literals: readonly string[]): RegExp {
  if (literals.length === 0) return /(?!)/;
  const root: TrieNode = { next: new Map(), end: false };
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  // A literal that ends here is enough for a trigger: longer ones through this node add nothing.
  const source = (node: TrieNode): string => {
    if (node.end) return "";
    const branches = [...node.next].map(([ch, child]) => escapeLiteral(ch) + source(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  };
  return new RegExp(source(root), "u");
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

// Names folded once per ministry, not once per call.
const ministryNameCache = new WeakMap<Ministry, string>();

function foldedName(ministry: Ministry): string {
  let name = ministryNameCache.get(ministry);
  if (name === undefined) {
    name = normaliseForMatching(ministry.name).text.trim();
    ministryNameCache.set(ministry, name);
  }
  return name;
}

/**
 * Ministries named in `text` by name ("Infrastructuur en Waterstaat") or code ("IenW", as a whole
 * word, case as written), with offsets into `text`.
 */
export function findMinistries(text: string, ministries: readonly Ministry[]): { ministry: Ministry; start: number; end: number }[] {
  const normalised = normaliseForMatching(text);
  const found: { ministry: Ministry; start: number; end: number }[] = [];
  for (const ministry of ministries) {
    const name = foldedName(ministry);
    for (const at of wordOccurrences(normalised.text, name)) found.push({ ministry, ...originalRange(normalised, at, at + name.length) });
    for (let at = text.indexOf(ministry.code); at >= 0; at = text.indexOf(ministry.code, at + 1)) {
      if (isBoundary(text, at - 1) && isBoundary(text, at + ministry.code.length)) found.push({ ministry, start: at, end: at + ministry.code.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function wordOccurrences(text: string, word: string): number[] {
  const hits: number[] = [];
  if (word === "") return hits;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isBoundary(text, at - 1) && isBoundary(text, at + word.length)) hits.push(at);
  }
  return hits;
}

/** True when position `at` is outside `text` or not a letter or digit. */
function isBoundary(text: string, at: number): boolean {
  return at < 0 || at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);
}

/** The start of the word that ends right before `at` (where `text[at]` is the space before the rest of a title). */
function previousWordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1])) start--;
  return start;
}

/**
 * A word a few edits from the title's first word, with the same first letter, that does not merely
 * extend it: "ministerie van Financiën" and "ministers van …" are other words, not a misspelled title.
 */
function isMisspelling(written: string, title: string): boolean {
  return written[0] === title[0] && !written.startsWith(title) && editDistance(written, title, MAX_TITLE_EDITS) <= MAX_TITLE_EDITS;
}

/** Levenshtein distance, stopping early above `limit` (returns limit + 1 then). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
