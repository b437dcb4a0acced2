// Maps a document's paragraphs to the nota's sections. The sections themselves (ids, titles,
// aliases, nesting) are configuration (src/config/sections.ts); this module only knows how to
// recognise them: by the add-in's content controls, by heading paragraphs, or — for the
// "Met akkoord van …" line — by the start of a line. One pass over the paragraphs.
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
/** The "Met akkoord van de …" line is one short sentence. */
const LINE_MAX_WORDS = 20;
// Cheap guard before normalising: longer paragraphs can never be headings or lines.
const CANDIDATE_MAX_CHARS = 300;

type Via = DetectedSection["via"];

interface Catalogue {
  byId: Map<string, SectionDefinition>;
  /** Heading text with its parenthesised suffix → section; tried first, so an alias may include "(…)". */
  exact: Map<string, SectionDefinition>;
  /** Heading text without the suffix → section. */
  core: Map<string, SectionDefinition>;
  lines: { prefix: string; def: SectionDefinition }[];
  depth: Map<string, number>;
}

interface OpenSection {
  result: DetectedSection;
  depth: number;
  /** Heading level of the section's first paragraph, when it has one. */
  level: number | null;
}

/** Recognises the catalogue's sections in a document; results are ordered by start, outer first. */
export function detectSections(
  doc: Pick<DocumentSnapshot, "paragraphs" | "contentControls">,
  catalogue: readonly SectionDefinition[],
): DetectedSection[] {
  const cat = indexCatalogue(catalogue);
  const controlStarts = blockControlsByStart(doc.contentControls, cat.byId);
  const taggedIds = new Set<string>();
  for (const controls of controlStarts.values()) for (const { def } of controls) taggedIds.add(def.id);

  const results: DetectedSection[] = [];
  const stack: OpenSection[] = [];
  const close = (until: (open: OpenSection) => boolean, lastParagraph: number) => {
    while (stack.length > 0 && !until(stack[stack.length - 1])) {
      stack.pop()!.result.end = lastParagraph;
    }
  };

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

  // The header runs until the first section that comes after the header's lines in nota order.
  const headerOrder = Math.max(-Infinity, ...cat.lines.map(({ def }) => def.order));
  let headerArea = true;
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const controls = controlStarts.get(i);
    if (controls) {
      for (const { def, control } of controls) {
        if (def.order > headerOrder) headerArea = false;
        const heading = def.linePrefix === undefined && matchHeading(cat, paragraph)?.id === def.id ? i : null;
        open(def, i, def.linePrefix === undefined ? null : control.end, "content-control", heading, paragraph.headingLevel);
      }
      continue;
    }
    if (paragraph.text.trim().length === 0) continue;
    // The "Met akkoord van …" line and headings in a table (a Parafenroute table) belong to the nota's
    // header: past the first body section the same words are just a sentence or a table cell.
    const line = headerArea ? matchLine(cat, paragraph) : null;
    if (line && !taggedIds.has(line.id)) {
      open(line, i, i, "line", null, null);
      continue;
    }
    const known = headingMatch(cat, paragraph, headerArea);
    if (known && !taggedIds.has(known.id)) {
      open(known, i, null, "heading", i, paragraph.headingLevel);
      if (known.order > headerOrder) headerArea = false;
    } else if (paragraph.headingLevel !== null || isBoldHeadingLine(paragraph)) {
      // A heading that names no section (e.g. "Kernpunten van de brief" under Toelichting) is not a
      // section, but it ends the sub-section before it.
      const level = paragraph.headingLevel;
      close((top) => (top.level !== null && level !== null ? top.level < level : top.depth === 0), i - 1);
    }
  }
  close(() => false, paragraphs.length - 1);
  return results;
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

function indexCatalogue(catalogue: readonly SectionDefinition[]): Catalogue {
  const cat: Catalogue = { byId: new Map(), exact: new Map(), core: new Map(), lines: [], depth: new Map() };
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
    // Bounded walk: a malformed catalogue with a parent cycle must not hang detection.
    for (let parent = def.parent; parent !== null && depth < catalogue.length; depth++) {
      parent = cat.byId.get(parent)?.parent ?? null;
    }
    cat.depth.set(def.id, depth);
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

function headingMatch(cat: Catalogue, paragraph: ParagraphSnapshot, headerArea: boolean): SectionDefinition | null {
  if (paragraph.inTable && !headerArea) return null;
  // Numbered headings made with Word's list numbering are list paragraphs; those count when bold, since
  // the snapshot cannot tell a numbered heading from a bullet that happens to read "Communicatie".
  if (paragraph.headingLevel === null && paragraph.listLevel !== null && !paragraph.bold) return null;
  return matchHeading(cat, paragraph);
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
  if (!paragraph.bold || paragraph.inTable || paragraph.listLevel !== null) return false;
  const text = paragraph.text.trim();
  if (text.length === 0 || text.length > HEADING_MAX_CHARS || countWords(text) > HEADING_MAX_WORDS) return false;
  return !".;,!?".includes(text[text.length - 1]);
}
