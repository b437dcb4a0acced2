// Maps a document's paragraphs to the nota's sections. The sections themselves (ids, titles,
// aliases, nesting) are configuration (src/config/sections.ts); this module only knows how to
// recognise them: by the add-in's content controls, by heading paragraphs, or — for the
// "Met akkoord van …" line — by the start of a line; and when heading text alone is not enough.
import { blockIdFromTag } from "./rendered";
import type { ContentControlSnapshot, DocumentSnapshot, ParagraphSnapshot } from "./snapshot";
import { countWords, foldText, headingCore, normaliseHeading } from "./text";

export interface SectionDefinition {
  id: string;
  /** Dutch title as it appears in a nota. */
  title: string;
  /** Other titles ministries use for the same section. */
  aliases: string[];
  /** Id of the section this one nests under, or null for a top-level section. */
  parent: string | null;
  /** Place in the nota's order (ascending). */
  order: number;
  /** For a one-line section such as "Met akkoord van …": the phrase the line starts with. */
  linePrefix?: string;
  /**
   * True for a part of the nota's header (Parafenroute, the akkoord line): found in the header only,
   * where a table cell may name it too. Header sections come before every body section.
   */
  header?: boolean;
}

export interface DetectedSection {
  id: string;
  title: string;
  /** First and last paragraph index (inclusive); `start` is the heading paragraph when there is one. */
  start: number;
  end: number;
  /** Id of the detected section this one sits in, or null. */
  parent: string | null;
  headingParagraph: number | null;
  via: "content-control" | "heading" | "line";
}

/** A stand-alone paragraph counts as a heading only when it is this short (numbering not counted). */
export const HEADING_MAX_WORDS = 8;
export const HEADING_MAX_CHARS = 80;
/** The "Met akkoord van de …" line is one short sentence; a longer paragraph is running text. */
const LINE_MAX_WORDS = 20;
// Cheap guard before normalising: longer paragraphs can never be headings or lines.
const CANDIDATE_MAX_CHARS = 300;

/**
 * The nota's header is at most its first this many non-empty paragraphs. NOTA-STRUCTUUR.md lists
 * what a header holds: about ten label–value fields (Aan, Van, Datum, Kenmerk, Kopie aan, Bijlagen,
 * often a two-column table), the title, the parafenroute (a small table of officials) and the
 * akkoord line — all on the first page, well within 60 paragraphs (issue 8, item 3).
 */
export const HEADER_MAX_LINES = 60;
/** Evidence a document without a tagged section needs to be read as a nota (see `detectSections`). */
const NOTA_EVIDENCE = 3;
/** Weight of one header part (Parafenroute, the akkoord line): distinctive of a nota, unlike a body heading. */
const HEADER_EVIDENCE = 2;

type Via = DetectedSection["via"];

interface Catalogue {
  byId: Map<string, SectionDefinition>;
  /** Heading text with its parenthesised suffix → section; tried first, so an alias may include "(…)". */
  exact: Map<string, SectionDefinition>;
  /** Heading text without the suffix → section. */
  core: Map<string, SectionDefinition>;
  lines: { prefix: string; def: SectionDefinition }[];
  depth: Map<string, number>;
  /** Order of the section's top-level ancestor (its own for a top-level section): its place in the nota. */
  place: Map<string, number>;
}

/** A heading or line that names a section by its text; whether it is one is decided for the whole document. */
interface Candidate {
  def: SectionDefinition;
  paragraph: number;
  via: "heading" | "line";
  level: number | null;
  /** Heading-styled or a bold title line: ends a sub-section even when it is not taken as a section. */
  headingLike: boolean;
  /** Written as a label: no heading style, ending in a colon ("Toelichting:"). */
  label: boolean;
}

type Event =
  | { kind: "control"; paragraph: number; def: SectionDefinition; control: ContentControlSnapshot; heading: number | null; level: number | null }
  | { kind: "candidate"; candidate: Candidate }
  /** A heading that names no section (or one not taken as a section): ends the sub-section before it. */
  | { kind: "heading"; paragraph: number; level: number | null }
  /** The first bijlage heading after the body: the nota's sections end here. */
  | { kind: "annex"; paragraph: number };

interface Scan {
  events: Event[];
  /** Number of content controls tagged with a section of the catalogue. */
  tagged: number;
  /** True when one label line (short, ending in a colon) occurs more than once: the document writes labels. */
  labelPattern: boolean;
}

interface OpenSection {
  result: DetectedSection;
  depth: number;
  /** Heading level of the section's first paragraph, when it has one. */
  level: number | null;
}

/**
 * Recognises the catalogue's sections in a document; results are ordered by start, outer first.
 *
 * Rules (issue 8, items 3 and 4; the structure of a nota from NOTA-STRUCTUUR.md):
 * - Every section in a content control tagged `nota:<sectionId>` is a section, whatever its text.
 * - The header is the document's first lines: it ends at the first body section (heading or tagged),
 *   at the first running-text paragraph outside a table (more than 20 words), or after
 *   `HEADER_MAX_LINES` non-empty paragraphs. Header sections (Parafenroute, the "Met akkoord van …"
 *   line) are found in the header only, and only they may be a table cell; a body section's name in
 *   a table cell is never a heading.
 * - Headings found by text are candidates. A body section occurs once and in nota order: an id found
 *   more than once, or written as a label where the document repeats label lines, is not a section;
 *   of the rest, the longest run in nota order (sub-sections take their parent's place) is kept.
 *   A bijlage heading after the body ends the nota: what follows is not counted.
 * - Candidates are sections only when the document is a nota: it has a tagged section, or its
 *   evidence reaches 3, where each header part found counts 2 and each body section of that run 1
 *   (so: the header with one body section, or three body sections in order).
 */
export function detectSections(
  doc: Pick<DocumentSnapshot, "paragraphs" | "contentControls">,
  catalogue: readonly SectionDefinition[],
): DetectedSection[] {
  const cat = indexCatalogue(catalogue);
  const scan = scanParagraphs(doc, cat);
  return buildSections(scan.events, keptCandidates(scan, cat), cat, doc.paragraphs.length);
}

/** The innermost detected section containing the paragraph, or null. */
export function innermostSection(sections: readonly DetectedSection[], paragraph: number): DetectedSection | null {
  let best: DetectedSection | null = null;
  for (const section of sections) {
    // Ranges nest, so among the sections containing the paragraph the innermost starts last;
    // on equal starts the later one in `sections` (outer first) is the inner one.
    if (section.start <= paragraph && paragraph <= section.end && (!best || section.start >= best.start)) best = section;
  }
  return best;
}

/** For every paragraph index its innermost section (or null); for checks that walk all paragraphs. */
export function sectionsByParagraph(sections: readonly DetectedSection[], paragraphCount: number): (DetectedSection | null)[] {
  const owners: (DetectedSection | null)[] = new Array<DetectedSection | null>(paragraphCount).fill(null);
  const ordered = [...sections].sort((a, b) => a.start - b.start || b.end - a.end);
  // Outer sections first, inner ones overwrite: the cost is the paragraphs times the nesting depth.
  for (const section of ordered) {
    for (let i = Math.max(0, section.start); i <= Math.min(section.end, paragraphCount - 1); i++) owners[i] = section;
  }
  return owners;
}

/** One pass over the paragraphs: tagged sections, candidates, other headings, where the header and the nota end. */
function scanParagraphs(doc: Pick<DocumentSnapshot, "paragraphs" | "contentControls">, cat: Catalogue): Scan {
  const controlStarts = blockControlsByStart(doc.contentControls, cat.byId);
  const taggedIds = new Set<string>();
  let tagged = 0;
  for (const controls of controlStarts.values()) {
    for (const { def } of controls) taggedIds.add(def.id);
    tagged += controls.length;
  }

  const events: Event[] = [];
  const labels = new Map<string, number>();
  let labelPattern = false;
  let inHeader = true;
  let headerLines = 0;
  let bodyBegun = false;
  let annex = false;
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const controls = controlStarts.get(i);
    if (controls) {
      for (const { def, control } of controls) {
        if (!def.header) {
          inHeader = false;
          bodyBegun = true;
        }
        const heading = def.linePrefix === undefined && matchHeading(cat, paragraph)?.id === def.id ? i : null;
        events.push({ kind: "control", paragraph: i, def, control, heading, level: paragraph.headingLevel });
      }
      continue;
    }
    const text = paragraph.text;
    if (text.trim().length === 0) continue;
    if (inHeader && ++headerLines > HEADER_MAX_LINES) inHeader = false;
    if (!paragraph.inTable && text.length <= CANDIDATE_MAX_CHARS && isLabelLine(paragraph)) {
      const key = normaliseHeading(text);
      const seen = (labels.get(key) ?? 0) + 1;
      labels.set(key, seen);
      if (seen > 1) labelPattern = true;
    }
    if (inHeader && !paragraph.inTable && (text.length > CANDIDATE_MAX_CHARS || countWords(text) > LINE_MAX_WORDS)) inHeader = false;
    const headingLike = paragraph.headingLevel !== null || isBoldHeadingLine(paragraph);
    const def = (inHeader ? matchLine(cat, paragraph) : null) ?? headingMatch(cat, paragraph, inHeader);
    if (def) {
      if (!def.header) {
        inHeader = false;
        bodyBegun = true;
      }
      if (taggedIds.has(def.id) || annex) {
        // A copy of a tagged section's heading, or a heading in a bijlage: not a section, still a heading.
        if (headingLike) events.push({ kind: "heading", paragraph: i, level: paragraph.headingLevel });
        continue;
      }
      const via = def.linePrefix === undefined ? "heading" : "line";
      const label = paragraph.headingLevel === null && text.trimEnd().endsWith(":");
      events.push({ kind: "candidate", candidate: { def, paragraph: i, via, level: paragraph.headingLevel, headingLike, label } });
    } else if (bodyBegun && !annex && isAnnexHeading(paragraph)) {
      annex = true;
      events.push({ kind: "annex", paragraph: i });
    } else if (headingLike) {
      events.push({ kind: "heading", paragraph: i, level: paragraph.headingLevel });
    }
  }
  return { events, tagged, labelPattern };
}

/** Which candidates are sections: those in nota order, once, in a document that is a nota (see `detectSections`). */
function keptCandidates(scan: Scan, cat: Catalogue): Set<Candidate> {
  const header: Candidate[] = [];
  const headerIds = new Set<string>();
  const body: Candidate[] = [];
  const found = new Map<string, number>();
  for (const event of scan.events) {
    if (event.kind !== "candidate") continue;
    const candidate = event.candidate;
    if (candidate.def.header) {
      // One parafenroute ("Lijnparaaf" and "Medeparaaf" side by side), but every akkoord line: a nota may have two.
      if (candidate.via === "line" || !headerIds.has(candidate.def.id)) header.push(candidate);
      headerIds.add(candidate.def.id);
    } else {
      body.push(candidate);
      found.set(candidate.def.id, (found.get(candidate.def.id) ?? 0) + 1);
    }
  }
  const eligible = body.filter((c) => found.get(c.def.id) === 1 && !(scan.labelPattern && c.label));
  const run = longestRunInOrder(eligible, cat);
  const evidence = HEADER_EVIDENCE * headerIds.size + run.length;
  if (scan.tagged === 0 && evidence < NOTA_EVIDENCE) return new Set();
  return new Set([...header, ...run]);
}

/** The longest subsequence (document order) whose places in the nota never decrease; O(n²) on at most one candidate per id. */
function longestRunInOrder(candidates: readonly Candidate[], cat: Catalogue): Candidate[] {
  const place = (c: Candidate) => cat.place.get(c.def.id) ?? c.def.order;
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  candidates.forEach((candidate, j) => {
    length[j] = 1;
    previous[j] = -1;
    for (let i = 0; i < j; i++) {
      if (place(candidates[i]) <= place(candidate) && length[i] + 1 > length[j]) {
        length[j] = length[i] + 1;
        previous[j] = i;
      }
    }
    if (best < 0 || length[j] > length[best]) best = j;
  });
  const run: Candidate[] = [];
  for (let j = best; j >= 0; j = previous[j]) run.unshift(candidates[j]);
  return run;
}

/** Nests tagged sections and kept candidates into ranges; other headings and a bijlage heading end sections. */
function buildSections(events: readonly Event[], kept: Set<Candidate>, cat: Catalogue, paragraphCount: number): DetectedSection[] {
  const results: DetectedSection[] = [];
  const stack: OpenSection[] = [];
  const close = (until: (open: OpenSection) => boolean, lastParagraph: number) => {
    while (stack.length > 0 && !until(stack[stack.length - 1])) {
      stack.pop()!.result.end = lastParagraph;
    }
  };
  // A heading that names no section (e.g. "Kernpunten van de brief" under Toelichting) is not a section,
  // but it ends the sub-section before it.
  const closeAtHeading = (paragraph: number, level: number | null) =>
    close((top) => (top.level !== null && level !== null ? top.level < level : top.depth === 0), paragraph - 1);

  const open = (def: SectionDefinition, start: number, end: number | null, via: Via, heading: number | null, level: number | null) => {
    const depth = cat.depth.get(def.id) ?? 0;
    // A section stays inside an open one only when the catalogue nests it there and, when both are
    // heading-styled, its heading is deeper: a "Financiële gevolgen" styled like "Toelichting" is its sibling.
    close((top) => isAncestor(cat, top.result.id, def.id) && !(top.level !== null && level !== null && top.level >= level), start - 1);
    const result: DetectedSection = {
      id: def.id,
      title: def.title,
      start,
      end: end ?? start,
      parent: stack.length > 0 ? stack[stack.length - 1].result.id : null,
      headingParagraph: heading,
      via,
    };
    results.push(result);
    if (def.linePrefix === undefined) stack.push({ result, depth, level });
  };

  for (const event of events) {
    switch (event.kind) {
      case "control": {
        const { def, control } = event;
        open(def, event.paragraph, def.linePrefix === undefined ? null : control.end, "content-control", event.heading, event.level);
        break;
      }
      case "candidate": {
        const c = event.candidate;
        if (kept.has(c)) open(c.def, c.paragraph, c.via === "line" ? c.paragraph : null, c.via, c.via === "line" ? null : c.paragraph, c.level);
        else if (c.headingLike) closeAtHeading(c.paragraph, c.level);
        break;
      }
      case "heading":
        closeAtHeading(event.paragraph, event.level);
        break;
      case "annex":
        close(() => false, event.paragraph - 1);
        break;
    }
  }
  close(() => false, paragraphCount - 1);
  return results;
}

function indexCatalogue(catalogue: readonly SectionDefinition[]): Catalogue {
  const cat: Catalogue = { byId: new Map(), exact: new Map(), core: new Map(), lines: [], depth: new Map(), place: new Map() };
  for (const def of catalogue) {
    cat.byId.set(def.id, def);
    if (def.linePrefix !== undefined) {
      cat.lines.push({ prefix: foldText(def.linePrefix), def });
      continue;
    }
    for (const name of [def.title, ...def.aliases]) {
      // First entry wins; the configuration rejects names that collide.
      if (!cat.exact.has(normaliseHeading(name))) cat.exact.set(normaliseHeading(name), def);
      if (!cat.core.has(headingCore(name))) cat.core.set(headingCore(name), def);
    }
  }
  for (const def of catalogue) {
    let depth = 0;
    let top = def;
    // Bounded walk: a malformed catalogue with a parent cycle must not hang detection.
    for (let parent = def.parent; parent !== null && depth < catalogue.length; depth++) {
      const parentDef = cat.byId.get(parent);
      if (parentDef) top = parentDef;
      parent = parentDef?.parent ?? null;
    }
    cat.depth.set(def.id, depth);
    cat.place.set(def.id, top.order);
  }
  return cat;
}

function isAncestor(cat: Catalogue, ancestorId: string, id: string): boolean {
  let parent = cat.byId.get(id)?.parent ?? null;
  for (let steps = 0; parent !== null && steps < cat.byId.size; steps++) {
    if (parent === ancestorId) return true;
    parent = cat.byId.get(parent)?.parent ?? null;
  }
  return false;
}

function blockControlsByStart(
  controls: readonly ContentControlSnapshot[],
  byId: Map<string, SectionDefinition>,
): Map<number, { def: SectionDefinition; control: ContentControlSnapshot }[]> {
  const starts = new Map<number, { def: SectionDefinition; control: ContentControlSnapshot }[]>();
  for (const control of controls) {
    const id = blockIdFromTag(control.tag);
    const def = id === null ? undefined : byId.get(id);
    if (!def) continue;
    const list = starts.get(control.start) ?? [];
    list.push({ def, control });
    starts.set(control.start, list);
  }
  // Controls starting at the same paragraph: the outer (longer) one opens first.
  for (const list of starts.values()) list.sort((a, b) => b.control.end - a.control.end);
  return starts;
}

function headingMatch(cat: Catalogue, paragraph: ParagraphSnapshot, inHeader: boolean): SectionDefinition | null {
  if (paragraph.inTable && !inHeader) return null;
  // Numbered headings made with Word's list numbering are list paragraphs; those count when bold, since
  // the snapshot cannot tell a numbered heading from a bullet that happens to read "Communicatie".
  if (paragraph.headingLevel === null && paragraph.listLevel !== null && !paragraph.bold) return null;
  const def = matchHeading(cat, paragraph);
  // In a nota only the header is laid out in tables (NOTA-STRUCTUUR.md): a cell names a header part at most.
  if (def === null || (def.header ? !inHeader : paragraph.inTable)) return null;
  return def;
}

function matchHeading(cat: Catalogue, paragraph: ParagraphSnapshot): SectionDefinition | null {
  if (paragraph.text.length > CANDIDATE_MAX_CHARS) return null;
  const heading = normaliseHeading(paragraph.text);
  if (heading.length === 0) return null;
  const styled = paragraph.headingLevel !== null;
  if (!styled && (heading.length > HEADING_MAX_CHARS || countWords(heading) > HEADING_MAX_WORDS)) return null;
  return cat.exact.get(heading) ?? cat.core.get(headingCore(paragraph.text)) ?? null;
}

function matchLine(cat: Catalogue, paragraph: ParagraphSnapshot): SectionDefinition | null {
  if (cat.lines.length === 0 || paragraph.listLevel !== null || paragraph.text.length > CANDIDATE_MAX_CHARS) return null;
  const folded = foldText(paragraph.text);
  if (countWords(folded) > LINE_MAX_WORDS) return null;
  for (const { prefix, def } of cat.lines) {
    if (folded.startsWith(prefix) && (folded.length === prefix.length || folded[prefix.length] === " ")) return def;
  }
  return null;
}

// A bold short line that reads like a title (no closing punctuation) is a drafter's own heading.
function isBoldHeadingLine(paragraph: ParagraphSnapshot): boolean {
  return paragraph.bold && isTitleLine(paragraph);
}

// Short, on its own, outside tables and lists, no closing punctuation.
function isTitleLine(paragraph: ParagraphSnapshot): boolean {
  if (paragraph.inTable || paragraph.listLevel !== null) return false;
  const text = paragraph.text.trim();
  if (text.length === 0 || text.length > HEADING_MAX_CHARS || countWords(text) > HEADING_MAX_WORDS) return false;
  return !".;,!?".includes(text[text.length - 1]);
}

// "Toelichting:" on a line of its own, not in a heading style: how forms and lists label an item.
function isLabelLine(paragraph: ParagraphSnapshot): boolean {
  if (paragraph.headingLevel !== null) return false;
  const text = paragraph.text;
  // Runs on every paragraph: find the last visible character without copying the text.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  return end > 0 && end <= HEADING_MAX_CHARS && text[end - 1] === ":" && countWords(text) <= HEADING_MAX_WORDS;
}

const ANNEX_HEADING = /^bijlagen?(?:$|[\s:])/;

// "Bijlage", "Bijlagen", "Bijlage 1: Stand van zaken" as a heading: the annexes begin.
function isAnnexHeading(paragraph: ParagraphSnapshot): boolean {
  if (paragraph.inTable || paragraph.text.length > HEADING_MAX_CHARS) return false;
  if (paragraph.headingLevel === null && !isTitleLine(paragraph)) return false;
  return ANNEX_HEADING.test(normaliseHeading(paragraph.text));
}
