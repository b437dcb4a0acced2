// The review checklist (issue 9): the ACKE and FIN/IRF comments of a review round as rules, and the
// engine that checks a document against them. The file format is validated in src/config/checklist.ts
// (zod); this module holds the model, the checks that need the matcher (phrases, examples) and the
// engine. Problems and findings are codes with data; their Dutch texts live in src/config.
import type { ExpectedPlace, Finding, FindingLocation, MessageValue, Severity } from "./findings";
import { paragraphLocation, textLocation, textLocations } from "./findings";
import { compilePhrase, type CompiledPhrase, PhraseSet, type PhraseProblem } from "./phraseMatcher";
import type { DetectedSection } from "./sections";
import type { DocumentSnapshot } from "./snapshot";
import { foldOneToOne, normaliseForMatching, type NormalisedText, originalRange } from "./text";

/** The checklist file format version this code reads. */
export const CHECKLIST_VERSION = 1;

/** The review rounds a checklist item or a review comment comes from. */
export const CHECKLIST_SOURCES = ["ACKE", "FIN", "IRF"] as const;
export type ChecklistSource = (typeof CHECKLIST_SOURCES)[number];

export const RULE_TYPES = ["mentions", "avoids", "section", "manual"] as const;

/**
 * What an item asks of the text (issue 9):
 * - `mentions`: at least one phrase of `anyOf` and every phrase of `allOf` (either may be left out,
 *   not both) occur, in `section` and its sub-sections when given, else anywhere;
 * - `avoids`: none of the phrases occurs (in `section` when given);
 * - `section`: the section is present and has text besides its heading;
 * - `manual`: a reviewer judges.
 */
export type ChecklistRule =
  | { type: "mentions"; anyOf?: string[]; allOf?: string[]; section?: string }
  | { type: "avoids"; anyOf: string[]; section?: string }
  | { type: "section"; section: string }
  | { type: "manual" };

export interface ChecklistItem {
  id: string;
  source: ChecklistSource;
  severity: Severity;
  /** The reviewer's comment, as they wrote it. */
  comment: string;
  rule: ChecklistRule;
  /** Sentences that must pass / fail the rule: checked when the checklist is loaded. */
  examples?: { pass?: string[]; fail?: string[] };
}

export interface Checklist {
  version: typeof CHECKLIST_VERSION;
  name: string;
  items: ChecklistItem[];
}

/** Every problem a checklist file can have, with the data its (Dutch) text needs. */
export type ChecklistProblemData = {
  /** The file is not JSON. */
  "not-json": { detail: string };
  "unsupported-version": { found: MessageValue; supported: number };
  /** A required field is missing. */
  missing: Record<never, never>;
  "wrong-type": { expected: string };
  "unknown-field": { fields: string[] };
  /** A value outside a fixed list (source, severity). */
  "invalid-value": { allowed: string[] };
  "unknown-rule-type": { found: MessageValue; allowed: string[] };
  /** An item id that is not letters, digits and '-' (so `comment-<n>` and JUnit names stay unambiguous). */
  "invalid-id": Record<never, never>;
  /** An empty text or list where one is needed. */
  empty: Record<never, never>;
  "duplicate-id": { id: string };
  "unknown-section": { section: string; known: string[] };
  /** A `mentions` rule without `anyOf` and `allOf`. */
  "no-phrases": Record<never, never>;
  "empty-phrase": { phrase: string };
  "star-inside": { phrase: string };
  "star-not-after-word": { phrase: string };
  "example-does-not-pass": { example: string };
  "example-does-not-fail": { example: string };
  /** Examples on a `section` or `manual` rule, which no sentence can pass or fail. */
  "examples-not-applicable": { type: string };
  /** Anything else the schema refuses (zod's issue code). */
  invalid: { issue: string };
};

/** Where in the file a problem is: the item (by id, else by 1-based position) and the field. */
export interface ProblemPlace {
  /** The item's id when it has a usable one, else null. */
  item: string | null;
  /** 1-based position in `items`, or null for a problem of the file as a whole. */
  position: number | null;
  /** Path of the field inside the item (or the file), e.g. "rule.anyOf[1]"; null for the item as a whole. */
  field: string | null;
}

export type ChecklistProblem = {
  [C in keyof ChecklistProblemData]: ProblemPlace & { code: C; data: ChecklistProblemData[C] };
}[keyof ChecklistProblemData];

const PHRASE_PROBLEM_CODES: Record<PhraseProblem, "empty-phrase" | "star-inside" | "star-not-after-word"> = {
  empty: "empty-phrase",
  "star-inside": "star-inside",
  "star-not-after-word": "star-not-after-word",
};

/**
 * The checks of a well-formed checklist that need the domain (issue 9): unique ids, known section
 * ids, usable phrases, a `mentions` rule with phrases, and examples that behave. Every problem is
 * returned, in item order; an empty list means the checklist can be compiled. `positions` gives the
 * items' 1-based positions in the file when `checklist` holds only some of its items.
 */
export function checklistProblems(checklist: Checklist, sectionIds: ReadonlySet<string>, positions?: readonly number[]): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  const seen = new Set<string>();
  checklist.items.forEach((item, index) => {
    const at = (field: string | null): ProblemPlace => ({ item: item.id, position: positions?.[index] ?? index + 1, field });
    if (seen.has(item.id)) problems.push({ ...at("id"), code: "duplicate-id", data: { id: item.id } });
    seen.add(item.id);
    const rule = item.rule;
    if ((rule.type === "mentions" || rule.type === "avoids" || rule.type === "section") && rule.section !== undefined && !sectionIds.has(rule.section)) {
      problems.push({ ...at("rule.section"), code: "unknown-section", data: { section: rule.section, known: [...sectionIds] } });
    }
    if (rule.type === "mentions" && rule.anyOf === undefined && rule.allOf === undefined) {
      problems.push({ ...at("rule"), code: "no-phrases", data: {} });
    }
    let phrasesUsable = true;
    for (const [list, phrases] of ruleLists(rule)) {
      phrases.forEach((phrase, k) => {
        const compiled = compilePhrase(phrase);
        if ("problem" in compiled) {
          phrasesUsable = false;
          problems.push({ ...at(`rule.${list}[${k}]`), code: PHRASE_PROBLEM_CODES[compiled.problem], data: { phrase } });
        }
      });
    }
    const examples = item.examples;
    if (examples === undefined) return;
    if (rule.type === "section" || rule.type === "manual") {
      problems.push({ ...at("examples"), code: "examples-not-applicable", data: { type: rule.type } });
      return;
    }
    if (!phrasesUsable) return;
    const compiled = compileItem(item, 0);
    const set = new PhraseSet(compiled.phrases);
    (["pass", "fail"] as const).forEach((expected) => {
      (examples[expected] ?? []).forEach((example, k) => {
        const found = new Set<number>();
        set.scan(normaliseForMatching(example).text, (hit) => found.add(hit.phrase));
        const passes = ruleHolds(compiled, (phrase) => found.has(phrase));
        if (passes !== (expected === "pass")) {
          const code = expected === "pass" ? "example-does-not-pass" : "example-does-not-fail";
          problems.push({ ...at(`examples.${expected}[${k}]`), code, data: { example } });
        }
      });
    });
  });
  return problems;
}

/** The phrase lists of a rule with their field names. */
function ruleLists(rule: ChecklistRule): [string, string[]][] {
  if (rule.type === "mentions") {
    const lists: [string, string[]][] = [];
    if (rule.anyOf !== undefined) lists.push(["anyOf", rule.anyOf]);
    if (rule.allOf !== undefined) lists.push(["allOf", rule.allOf]);
    return lists;
  }
  return rule.type === "avoids" ? [["anyOf", rule.anyOf]] : [];
}

interface CompiledItem {
  item: ChecklistItem;
  /** The index of `phrases[0]` in the set it was compiled for. */
  first: number;
  phrases: CompiledPhrase[];
  /** Indexes into the checklist's phrase set (or, for examples, the item's own). */
  anyOf: number[];
  allOf: number[];
}

/** An item's phrases compiled, numbered from `first`. Throws an Error for an unusable phrase. */
function compileItem(item: ChecklistItem, first: number): CompiledItem {
  const compiled: CompiledItem = { item, first, phrases: [], anyOf: [], allOf: [] };
  for (const [list, phrases] of ruleLists(item.rule)) {
    for (const phrase of phrases) {
      const result = compilePhrase(phrase);
      if ("problem" in result) throw new Error(`Checklist item '${item.id}': unusable phrase '${phrase}' (${result.problem})`);
      (list === "allOf" ? compiled.allOf : compiled.anyOf).push(first + compiled.phrases.length);
      compiled.phrases.push(result);
    }
  }
  return compiled;
}

/** Whether a `mentions` or `avoids` rule holds, given which of its phrases were found. */
function ruleHolds(compiled: CompiledItem, found: (phrase: number) => boolean): boolean {
  if (compiled.item.rule.type === "avoids") return !compiled.anyOf.some(found);
  return (compiled.anyOf.length === 0 || compiled.anyOf.some(found)) && compiled.allOf.every(found);
}

/** A checklist ready to run: all items' phrases in one automaton, so a document is scanned once. */
export interface CompiledChecklist {
  checklist: Checklist;
  readonly items: readonly CompiledItem[];
  readonly phrases: PhraseSet;
}

/**
 * Compiles a checklist that `checklistProblems` accepted. Throws an Error for an unusable phrase
 * (a checklist that was not checked first).
 */
export function compileChecklist(checklist: Checklist): CompiledChecklist {
  const items: CompiledItem[] = [];
  const phrases: CompiledPhrase[] = [];
  for (const item of checklist.items) {
    const compiled = compileItem(item, phrases.length);
    items.push(compiled);
    phrases.push(...compiled.phrases);
  }
  return { checklist, items, phrases: new PhraseSet(phrases) };
}

/** The findings' message codes of the checklist and review comments, with their data (see findings.ts). */
export type ChecklistMessageData = {
  /** `mentions` passed: the phrases found. */
  "checklist-found": { found: string[] };
  /** `mentions` failed: `anyOf` when none of it was found (else empty), and the `allOf` phrases not found. */
  "checklist-not-found": { missingAnyOf: string[]; missingAllOf: string[]; section: string | null; sectionPresent: boolean };
  /** `avoids` passed. */
  "checklist-avoided": { section: string | null };
  /** `avoids` failed: the phrases found. */
  "checklist-used": { found: string[] };
  "checklist-section-present": { section: string };
  "checklist-section-missing": { section: string };
  "checklist-section-empty": { section: string };
  "checklist-manual": Record<never, never>;
  /** A Word comment with a review prefix ("FIN: …"), resolved or open. */
  "comment-resolved": { author: string; date: string | null };
  "comment-open": { author: string; date: string | null };
};

/** What every check gets: the snapshot, its sections found once, and each paragraph's innermost section. */
export interface CheckContext {
  snapshot: DocumentSnapshot;
  sections: readonly DetectedSection[];
  /** For every paragraph index its innermost section's id, or null. */
  sectionOf: readonly (string | null)[];
}

interface HitAt {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * One finding per checklist item, in checklist order (issue 9). Each paragraph is normalised once and
 * scanned once for all phrases: linear in the document's length whatever the checklist holds.
 * Evidence: the matched text (paragraph, section, offsets into the paragraph's own text) for a pass of
 * `mentions` and for an `avoids` violation; the section's heading for `section`; for a fail of
 * `mentions`/`section` `expected` names the section (with its heading, or null when it is missing).
 */
export function checklistFindings(compiled: CompiledChecklist, context: CheckContext): Finding[] {
  const { snapshot } = context;
  const hits: HitAt[][] = compiled.phrases.phrases.map(() => []);
  // The offset maps of paragraphs with hits; a paragraph folded one to one needs none.
  const maps = new Map<number, NormalisedText>();
  if (compiled.phrases.phrases.length > 0) {
    snapshot.paragraphs.forEach((paragraph, index) => {
      if (paragraph.text === "") return;
      const simple = foldOneToOne(paragraph.text);
      const normalised = simple === null ? normaliseForMatching(paragraph.text) : null;
      let kept = false;
      compiled.phrases.scan(simple ?? (normalised as NormalisedText).text, (hit) => {
        hits[hit.phrase].push({ paragraph: index, start: hit.start, end: hit.end });
        kept = true;
      });
      if (kept && normalised !== null) maps.set(index, normalised);
    });
  }
  // Hits in document order → locations, one paragraph at a time.
  const locate = (ordered: readonly HitAt[]): FindingLocation[] => {
    const locations: FindingLocation[] = [];
    for (let i = 0; i < ordered.length; ) {
      const paragraph = ordered[i].paragraph;
      const map = maps.get(paragraph);
      const ranges: { start: number; end: number }[] = [];
      for (; i < ordered.length && ordered[i].paragraph === paragraph; i++) {
        ranges.push(map === undefined ? ordered[i] : originalRange(map, ordered[i].start, ordered[i].end));
      }
      locations.push(...textLocations(snapshot, paragraph, ranges, context.sectionOf[paragraph] ?? null));
    }
    return locations;
  };
  return compiled.items.map((entry) => itemFinding(entry, context, hits, locate));
}

function itemFinding(entry: CompiledItem, context: CheckContext, hits: HitAt[][], locate: (ordered: readonly HitAt[]) => FindingLocation[]): Finding {
  const { item } = entry;
  const base = { ruleId: item.id, source: item.source, severity: item.severity, comment: item.comment };
  const rule = item.rule;
  if (rule.type === "manual") return { ...base, status: "review", message: { code: "checklist-manual", data: {} }, locations: [] };
  const sectionId = rule.section ?? null;
  const scope = sectionId === null ? null : sectionScope(context, sectionId);
  if (rule.type === "section") {
    const heading = scope === null || scope.ranges.length === 0 ? null : headingLocation(context, scope, rule.section);
    if (heading === null) {
      return { ...base, status: "fail", message: { code: "checklist-section-missing", data: { section: rule.section } }, locations: [], expected: { section: rule.section, heading: null } };
    }
    const filled = (scope as Scope).ranges.some(([start, end]) => {
      for (let i = start; i <= end; i++) if (context.snapshot.paragraphs[i].text.trim() !== "") return true;
      return false;
    });
    return filled
      ? { ...base, status: "pass", message: { code: "checklist-section-present", data: { section: rule.section } }, locations: [heading] }
      : { ...base, status: "fail", message: { code: "checklist-section-empty", data: { section: rule.section } }, locations: [heading], expected: { section: rule.section, heading } };
  }
  const inScope = (hit: HitAt) => scope === null || scope.ranges.some(([start, end]) => start <= hit.paragraph && hit.paragraph <= end);
  const found = new Map<number, HitAt[]>();
  for (const phrase of [...entry.anyOf, ...entry.allOf]) {
    const here = hits[phrase].filter(inScope);
    if (here.length > 0) found.set(phrase, here);
  }
  const evidence = () =>
    locate(
      [...found.values()].flat().sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end),
    );
  const phraseText = (phrase: number) => entry.phrases[phrase - entry.first].phrase;
  const foundPhrases = [...found.keys()].sort((a, b) => a - b).map(phraseText);
  if (rule.type === "avoids") {
    return found.size === 0
      ? { ...base, status: "pass", message: { code: "checklist-avoided", data: { section: sectionId } }, locations: [] }
      : { ...base, status: "fail", message: { code: "checklist-used", data: { found: foundPhrases } }, locations: evidence() };
  }
  if (ruleHolds(entry, (phrase) => found.has(phrase))) {
    return { ...base, status: "pass", message: { code: "checklist-found", data: { found: foundPhrases } }, locations: evidence() };
  }
  const missingAnyOf = entry.anyOf.some((phrase) => found.has(phrase)) ? [] : entry.anyOf.map(phraseText);
  const missingAllOf = entry.allOf.filter((phrase) => !found.has(phrase)).map(phraseText);
  const present = scope === null || scope.ranges.length > 0;
  const expected: ExpectedPlace = { section: sectionId, heading: scope !== null && present ? headingLocation(context, scope, sectionId as string) : null };
  return {
    ...base,
    status: "fail",
    message: { code: "checklist-not-found", data: { missingAnyOf, missingAllOf, section: sectionId, sectionPresent: present } },
    locations: [],
    expected,
  };
}

interface Scope {
  sections: DetectedSection[];
  /** Paragraph ranges (inclusive) of the sections' text, headings left out. */
  ranges: [number, number][];
}

/** The paragraphs of every detected section `id` (with its sub-sections), without the heading. */
function sectionScope(context: CheckContext, id: string): Scope {
  const sections = context.sections.filter((section) => section.id === id);
  const ranges = sections.map((section): [number, number] => [section.headingParagraph === section.start ? section.start + 1 : section.start, section.end]);
  return { sections, ranges };
}

function headingLocation(context: CheckContext, scope: Scope, id: string): FindingLocation | null {
  const section = scope.sections[0];
  if (section === undefined) return null;
  return paragraphLocation(context.snapshot, section.headingParagraph ?? section.start, id);
}

const REVIEW_PREFIX = /^\s*(ACKE|FIN|IRF)\s*:/i;

/**
 * The document's Word comments that start with a review round's prefix ("ACKE:", "FIN:", "IRF:",
 * any case) as findings (issue 9): id `comment-<n>` (n: 1-based position in the snapshot's comments),
 * source from the prefix, `pass` when resolved and `review` when open, with the comment's paragraph
 * (and its anchored text when that is found there). None when the host cannot read comments.
 */
export function reviewCommentFindings(context: CheckContext): Finding[] {
  const { snapshot } = context;
  const findings: Finding[] = [];
  (snapshot.comments ?? []).forEach((comment, index) => {
    const prefix = REVIEW_PREFIX.exec(comment.text);
    if (!prefix) return;
    const data = { author: comment.author, date: comment.date };
    const locations: FindingLocation[] = [];
    const paragraph = comment.paragraph;
    if (paragraph !== null && paragraph >= 0 && paragraph < snapshot.paragraphs.length) {
      const section = context.sectionOf[paragraph] ?? null;
      const at = comment.quotedText === "" ? -1 : snapshot.paragraphs[paragraph].text.indexOf(comment.quotedText);
      locations.push(at >= 0 ? textLocation(snapshot, paragraph, at, at + comment.quotedText.length, section) : paragraphLocation(snapshot, paragraph, section));
    }
    findings.push({
      ruleId: `comment-${index + 1}`,
      source: prefix[1].toUpperCase() as ChecklistSource,
      severity: "warning",
      status: comment.resolved ? "pass" : "review",
      message: comment.resolved ? { code: "comment-resolved", data } : { code: "comment-open", data },
      locations,
      comment: comment.text,
    });
  });
  return findings;
}
