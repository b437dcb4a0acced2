// One shape for what a check reports about a document (issue 7, "One findings model"): the review
// checklist (issue 9), the co-signatory and procedure checks (issue 10) and the company paragraphs
// (issue 11) all report findings, and the task pane and `nota check` render them. The domain writes no
// UI sentences: a finding carries a message code and the data its text needs; the Dutch text of every
// code lives in src/config/findingMessages.ts, shared by the pane and the CLI.
import type { ChecklistMessageData } from "./checklist";
import type { CompanyMessageData } from "./companyParagraphs";
import { paragraphRef, type ParagraphRef } from "./placement";
import type { DocumentSnapshot } from "./snapshot";

/** Who asked for the rule: a review round (ACKE, FIN, IRF) or one of the add-in's own checks. */
export type FindingSource = "ACKE" | "FIN" | "IRF" | "Medeondertekening" | "Procedure" | "Bedrijven";

/** How much a failing finding matters; `nota check` exits 1 only on a failing `error` (issue 9). */
export type Severity = "error" | "warning" | "info";

/** `review`: a person has to judge (a manual rule, or one awaiting a reviewer). */
export type FindingStatus = "pass" | "fail" | "review";

/** What a message may carry: JSON values, so `nota check --json` can print a finding as it is. */
export type MessageValue = string | number | boolean | null | readonly MessageValue[];

/** Message codes with the data each one carries. */
export type MessageDataMap = { readonly [code: string]: { readonly [field: string]: MessageValue } };

/**
 * Every message code the checks report, with its data: `{ "<code>": { <field>: <type>, … } }`.
 * A check that needs new messages adds its codes here (as `& TheirMessageData`); the compiler then
 * asks for their Dutch texts in src/config/findingMessages.ts. Keep it a type alias: an interface has no
 * index signature and would not satisfy `MessageDataMap`.
 */
export type FindingMessageData = ChecklistMessageData & ProcedureMessageData & CompanyMessageData;

/** The co-signatory and procedure checks (issue 10, src/domain/procedureChecks.ts). */
export type ProcedureMessageData = {
  /** A rule of issue 10 (`ProcedureRule` in src/domain/procedureChecks.ts) that applied and found nothing wrong. */
  "procedure-rule-passed": { rule: string };
  /** `title`: the co-signatory's full title; `lineExists`: whether the nota has a "Met akkoord van" line at all. */
  "akkoord-line-missing": { title: string; lineExists: boolean };
  "medeondertekening-unmentioned": { title: string };
  /** `written`: the title as the text has it; `title`: its right spelling. */
  "signatory-misspelled": { written: string; title: string };
  /** Who signs is settled (state) but `text` still says it is unclear. */
  "unclear-who-signs-stale": { text: string };
  "unclear-who-signs-unmentioned": { sectionFound: boolean };
  /** `expected`: the stored date in Dutch ("17 juni", "23 juni t/m 27 juni"). */
  "step-date-differs-from-state": { step: string; written: string; expected: string };
  /** The dates the mentions of one step give, as written. */
  "step-dates-disagree": { step: string; written: readonly string[] };
  /** `date`: the written date in full ("2 juni 2025"), `actual`: its true weekday. */
  "weekday-mismatch": { written: string; weekday: string; actual: string; date: string };
  "steps-out-of-order": { earlier: string; earlierDate: string; later: string; laterDate: string };
  /** `date`: the MR's date with its weekday ("donderdag 19 juni"). */
  "mr-not-on-friday": { date: string; weekday: string };
};

/** A message: one code of `M` and exactly the data that code carries. */
export type Message<M extends MessageDataMap = FindingMessageData> = {
  [C in keyof M & string]: { code: C; data: M[C] };
}[keyof M & string];

/**
 * Matched text in a paragraph: offsets into the paragraph's own text as the snapshot has it (UTF-16
 * units, `end` exclusive), the text itself, and which occurrence of that text it is.
 */
export interface TextMatch {
  start: number;
  end: number;
  /** `paragraph.text.slice(start, end)`. */
  text: string;
  /**
   * 0-based: how many occurrences of `text` come before this one, counted as a search from the start
   * of the paragraph lists them (left to right, not overlapping) — so the Word side can pick the same
   * hit from `paragraph.search`. See `occurrenceStart` for the one case where that is not this match.
   */
  occurrence: number;
}

/** Where a finding is: a paragraph as the snapshot saw it, and the matched text in it (or the whole paragraph). */
export interface FindingLocation {
  paragraph: ParagraphRef;
  /** Null when the finding is about the paragraph as a whole (e.g. the heading of the section where a phrase was expected). */
  match: TextMatch | null;
  /** Id of the innermost section (src/config/sections.ts) holding the paragraph, or null outside every section (issue 9). */
  section: string | null;
}

/**
 * Where a finding's text was looked for and not found (issue 9: "for a fail of mentions/section, the
 * section where it was expected"): the section's id (null: the whole document) and its heading, or
 * null when the document lacks that section.
 */
export interface ExpectedPlace {
  section: string | null;
  heading: FindingLocation | null;
}

export interface Finding<M extends MessageDataMap = FindingMessageData> {
  /** The rule's id: a checklist item ("FIN-1"), a comment ("comment-3"), or a check of the add-in. */
  ruleId: string;
  source: FindingSource;
  severity: Severity;
  status: FindingStatus;
  message: Message<M>;
  /** Every place the finding points at, in document order; empty when it has no place (a missing section). */
  locations: FindingLocation[];
  /** The reviewer's comment the finding answers (a checklist item's comment, a Word comment's text); absent for the add-in's own checks. */
  comment?: string;
  /** For a `fail` of text that should be there: where it was expected. Absent otherwise. */
  expected?: ExpectedPlace;
}

/** A location that is a whole paragraph, in section `section` (an id, or null). */
export function paragraphLocation(snapshot: Pick<DocumentSnapshot, "paragraphs">, paragraph: number, section: string | null = null): FindingLocation {
  checkParagraph(snapshot, paragraph);
  return { paragraph: paragraphRef(snapshot, paragraph), match: null, section };
}

/**
 * A location that is the text at [start, end) of paragraph `paragraph`'s own text, in section
 * `section` (an id, or null). Throws a RangeError for a paragraph that does not exist or an empty or
 * out-of-bounds range.
 */
export function textLocation(
  snapshot: Pick<DocumentSnapshot, "paragraphs">,
  paragraph: number,
  start: number,
  end: number,
  section: string | null = null,
): FindingLocation {
  checkParagraph(snapshot, paragraph);
  const text = snapshot.paragraphs[paragraph].text;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`No text at [${start}, ${end}) in paragraph ${paragraph} of ${text.length} characters`);
  }
  const matched = text.slice(start, end);
  return { paragraph: paragraphRef(snapshot, paragraph), match: { start, end, text: matched, occurrence: occurrenceBefore(text, matched, start) }, section };
}

/**
 * `textLocation` for many ranges of one paragraph at once (e.g. every hit of a checklist's phrases):
 * the same locations, in the order of `ranges`, sharing one ParagraphRef; occurrences are counted in
 * one walk per distinct matched text, so a paragraph with k hits costs O(k log k), not O(k²).
 * Throws a RangeError like `textLocation`.
 */
export function textLocations(
  snapshot: Pick<DocumentSnapshot, "paragraphs">,
  paragraph: number,
  ranges: readonly { start: number; end: number }[],
  section: string | null = null,
): FindingLocation[] {
  checkParagraph(snapshot, paragraph);
  const text = snapshot.paragraphs[paragraph].text;
  const ref = paragraphRef(snapshot, paragraph);
  const byText = new Map<string, number[]>();
  ranges.forEach(({ start, end }, i) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new RangeError(`No text at [${start}, ${end}) in paragraph ${paragraph} of ${text.length} characters`);
    }
    const matched = text.slice(start, end);
    const group = byText.get(matched);
    if (group) group.push(i);
    else byText.set(matched, [i]);
  });
  const locations: FindingLocation[] = new Array<FindingLocation>(ranges.length);
  for (const [matched, indexes] of byText) {
    indexes.sort((a, b) => ranges[a].start - ranges[b].start);
    // Occurrences as a search lists them, walked once alongside the ranges in order of start.
    let count = 0;
    let at = text.indexOf(matched);
    for (const i of indexes) {
      const { start, end } = ranges[i];
      while (at >= 0 && at + matched.length <= start) {
        count++;
        at = text.indexOf(matched, at + matched.length);
      }
      locations[i] = { paragraph: ref, match: { start, end, text: matched, occurrence: count }, section };
    }
  }
  return locations;
}

/**
 * Where the `occurrence`-th (0-based) occurrence of `matched` starts in `text`, counting occurrences
 * left to right without overlap, as a search lists them; -1 when there are not that many. It differs
 * from a match's `start` only when the match overlaps an earlier occurrence of the same text ("a a" at
 * offset 2 of "a a a"): a search cannot reach such a match, and the Word side must not select by search.
 */
export function occurrenceStart(text: string, matched: string, occurrence: number): number {
  if (matched === "") return -1;
  let at = text.indexOf(matched);
  for (let n = 0; n < occurrence && at >= 0; n++) at = text.indexOf(matched, at + matched.length);
  return at;
}

/**
 * True when the document, as read now, still has the location where the snapshot saw it: the same
 * paragraph count and the same text at that index, so the match's offsets still hold. The Word side
 * checks this before selecting or commenting and re-reads otherwise; it never guesses.
 */
export function locationHolds(location: FindingLocation, now: ParagraphRef): boolean {
  const then = location.paragraph;
  return then.paragraph === now.paragraph && then.paragraphCount === now.paragraphCount && then.text === now.text;
}

function occurrenceBefore(text: string, matched: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(matched); at >= 0 && at + matched.length <= start; at = text.indexOf(matched, at + matched.length)) count++;
  return count;
}

function checkParagraph(snapshot: Pick<DocumentSnapshot, "paragraphs">, paragraph: number): void {
  if (!Number.isInteger(paragraph) || paragraph < 0 || paragraph >= snapshot.paragraphs.length) {
    throw new RangeError(`No paragraph ${paragraph} in a document of ${snapshot.paragraphs.length} paragraphs`);
  }
}
