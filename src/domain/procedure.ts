// What a nota's text says about its co-signatories and its procedure (issue 10): the "Met akkoord van
// de …" line, "medeondertekend door …" / "mede-indiener", the steps ACKE → onderraad → MR →
// verzending with the dates written at them, free events ("ondertekening van de JLoI met Cosun op
// maandag 23 juni"), and "nog niet duidelijk wie tekent". Used to infer the status of a document
// without stored state, and by the checks (procedureChecks.ts) to compare text and state.
import { findDateMentions, mentionDays, type DateMention } from "./dateMentions";
import { parseIsoDate } from "./dutchDates";
import { findMinistries, findSignatories, type Ministry, type Signatory, type SignatoryMention } from "./signatories";
import type { DocumentSnapshot } from "./snapshot";
import { isRemoved, liveEntries, MILESTONE_KEYS, type CosignatoryRole, type StoredState } from "./stateModel";
import { foldText } from "./text";

export type StepId = (typeof MILESTONE_KEYS)[number];

/** Default labels of the steps, when neither the state nor the text gives one. */
export const STEP_LABELS: Record<StepId, string> = {
  acke: "Ambtelijk voorportaal",
  onderraad: "Onderraad",
  mr: "MR",
  verzending: "Verzending",
};

interface StepTerm {
  step: StepId;
  pattern: RegExp;
  /** The label of the step named this way; null: the step's default label. */
  label: string | null;
}

// Abbreviations match in capitals only ("MR", not "mr." before a name); words in any case.
// The onderraden listed by name are those these notas use; "onderraad" catches any other.
const STEP_TERMS: StepTerm[] = [
  { step: "acke", pattern: /(?<![\p{L}\p{N}])ACKE(?![\p{L}\p{N}])/gu, label: "ACKE" },
  { step: "acke", pattern: /(?<![\p{L}\p{N}])ambtelijke?\s+voorportaal(?![\p{L}\p{N}])/giu, label: null },
  { step: "onderraad", pattern: /(?<![\p{L}\p{N}])RFL(?![\p{L}\p{N}])/gu, label: "RFL" },
  { step: "onderraad", pattern: /(?<![\p{L}\p{N}])Raad\s+(?:voor\s+(?:de\s+)?)?Fysieke\s+Leefomgeving(?![\p{L}\p{N}])/giu, label: "RFL" },
  { step: "onderraad", pattern: /(?<![\p{L}\p{N}])RIEA(?![\p{L}\p{N}])/gu, label: "RIEA" },
  { step: "onderraad", pattern: /(?<![\p{L}\p{N}])onderraad(?![\p{L}\p{N}])/giu, label: null },
  { step: "mr", pattern: /(?<![\p{L}\p{N}])MR(?![\p{L}\p{N}])/gu, label: "MR" },
  { step: "mr", pattern: /(?<![\p{L}\p{N}])ministerraad(?![\p{L}\p{N}])/giu, label: "MR" },
  { step: "verzending", pattern: /(?<![\p{L}\p{N}])(?:verzend\p{L}*|verzonden|versturen|verstuurd)(?![\p{L}\p{N}])/giu, label: null },
];

// "ondertekening van de JLoI met Cosun", "JLoI-ondertekening Cosun": label "JLoI-ondertekening Cosun".
const EVENT_PATTERNS = [
  /(?<![\p{L}\p{N}])ondertekening\s+van\s+(?:de|het)\s+(?<what>[\p{L}\p{N}-]+)(?:\s+met\s+(?<with>\p{Lu}[\p{L}\p{N}-]*))?/gu,
  /(?<![\p{L}\p{N}])(?<what>[\p{L}\p{N}]+)-ondertekening(?:\s+(?:met\s+)?(?<with>\p{Lu}[\p{L}\p{N}-]*))?/gu,
];

/** A dated mention of a step or event: the date as written and the words that name the step. */
export interface StepMention {
  step: StepId | "event";
  label: string;
  paragraph: number;
  date: DateMention;
}

/** A date written anywhere in the nota. */
export interface ParagraphDate {
  paragraph: number;
  date: DateMention;
}

/** A piece of a paragraph's text: offsets into it. */
export interface ParagraphSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface InferredCosignatory {
  signatory: Signatory;
  roles: CosignatoryRole[];
}

/** Everything the checks and `nota status` read from a nota's text. */
export interface TextProcedure {
  /** The year of dates written without one; null when neither state nor text gives a year. */
  year: number | null;
  /** Paragraphs that start with "Met akkoord van". */
  akkoordLines: number[];
  /** Signatories named anywhere, with the paragraph. */
  signatories: (SignatoryMention & { paragraph: number })[];
  /** Where the text speaks of medeondertekening or a mede-indiener. */
  medeondertekening: ParagraphSpan[];
  cosignatories: InferredCosignatory[];
  dates: ParagraphDate[];
  steps: StepMention[];
  /** Where the text says it is not yet clear who signs ("nog niet duidelijk welke bewindspersoon zal tekenen"). */
  unclearWhoSigns: ParagraphSpan[];
}

const AKKOORD_LINE = "met akkoord van";
const MEDE = /(?<![\p{L}\p{N}])(?:mede-?\s?onderteken\p{L}*|mede[-\s]?indiener\p{L}*)/giu;
const UNCLEAR = /(?<![\p{L}\p{N}])(?:(?:nog\s+)?niet\s+duidelijk|(?:nog\s+)?onduidelijk)(?![\p{L}\p{N}])/giu;
// The same patterns without the global flag, for a stateless "anywhere in the paragraph?" test.
const MEDE_ANYWHERE = new RegExp(MEDE.source, "iu");
const UNCLEAR_ANYWHERE = new RegExp(UNCLEAR.source, "iu");
const ABOUT_SIGNING = /teken|bewindspersoon/i;
// A sentence ends at . ! ? ; followed by white space and a capital or a digit, or at a semicolon.
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}\p{N}])|;/gu;
/** How far a step's name and its date may be apart and still belong together (characters). */
const NAME_THEN_DATE = 30;
const DATE_THEN_NAME = 40;

/**
 * The year for dates written without one: from the stored state (its first date), else the latest
 * year of a full date in the text ("3 juni 2025"), else null. Issue 10: "the year taken from the state
 * or from a full date in the nota".
 */
export function notaYear(snapshot: DocumentSnapshot, dates: readonly ParagraphDate[]): number | null {
  if (snapshot.state.status === "ok") {
    const stored = storedDates(snapshot.state.model)[0];
    if (stored !== undefined) return Number(stored.slice(0, 4));
  }
  let latest: number | null = null;
  for (const { date } of dates) {
    const year = date.kind === "day" ? date.date.year : date.kind === "range" ? date.to.year : date.year;
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

function storedDates(state: StoredState): string[] {
  const dates: string[] = [];
  for (const [, milestone] of liveEntries(state.procedure.milestones)) dates.push("date" in milestone ? milestone.date : milestone.from);
  for (const [, event] of liveEntries(state.procedure.events)) dates.push(event.date);
  for (const [, cosignatory] of liveEntries(state.cosignatories)) if (cosignatory.date !== null) dates.push(cosignatory.date);
  return dates.filter((date) => parseIsoDate(date) !== null);
}

/** Reads co-signatories, procedure steps, dates and "unclear who signs" from the nota's text. */
export function readTextProcedure(snapshot: DocumentSnapshot, catalogue: readonly Signatory[], ministries: readonly Ministry[]): TextProcedure {
  const result: TextProcedure = { year: null, akkoordLines: [], signatories: [], medeondertekening: [], cosignatories: [], dates: [], steps: [], unclearWhoSigns: [] };
  const cosignatories = new Map<string, InferredCosignatory>();
  const addRole = (signatory: Signatory, role: CosignatoryRole) => {
    const entry = cosignatories.get(signatory.id) ?? { signatory, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    cosignatories.set(signatory.id, entry);
  };
  const medeSentences: { paragraph: number; text: string; start: number; end: number; mention: ParagraphSpan }[] = [];

  for (const paragraph of snapshot.paragraphs) {
    const text = paragraph.text;
    const at = paragraph.index;
    const isAkkoordLine = mayStartWithM(text) && foldText(text).startsWith(AKKOORD_LINE);
    if (isAkkoordLine) result.akkoordLines.push(at);
    const signatories = findSignatories(text, catalogue);
    for (const mention of signatories) {
      result.signatories.push({ ...mention, paragraph: at });
      if (isAkkoordLine) addRole(mention.signatory, "akkoord");
    }
    const dates = findDateMentions(text);
    for (const date of dates) result.dates.push({ paragraph: at, date });
    result.steps.push(...stepMentions(text, at, dates));
    // Only a paragraph with either phrase somewhere is split into sentences: a match inside a sentence
    // is a match in the paragraph (sentences part at punctuation, which the patterns' edges allow).
    const unclear = UNCLEAR_ANYWHERE.test(text);
    if (!unclear && !MEDE_ANYWHERE.test(text)) continue;
    for (const sentence of sentences(text)) {
      const part = text.slice(sentence.start, sentence.end);
      for (const match of part.matchAll(UNCLEAR)) {
        if (ABOUT_SIGNING.test(part)) {
          result.unclearWhoSigns.push(span(text, at, sentence.start + match.index, sentence.start + match.index + match[0].length));
        }
      }
      for (const match of part.matchAll(MEDE)) {
        const mention = span(text, at, sentence.start + match.index, sentence.start + match.index + match[0].length);
        result.medeondertekening.push(mention);
        medeSentences.push({ paragraph: at, text, ...sentence, mention });
      }
    }
  }

  // After the akkoord lines, so that a ministry named as mede-indiener finds the signatory named there.
  for (const { text, start, end, mention } of medeSentences) {
    const named = findSignatories(text.slice(start, end), catalogue);
    if (named.length > 0) {
      for (const found of named) addRole(found.signatory, "medeondertekening");
      continue;
    }
    if (!/indiener/i.test(mention.text)) continue;
    for (const { ministry } of findMinistries(text.slice(start, end), ministries)) {
      const known = [...cosignatories.values()].find((entry) => entry.signatory.ministry.code === ministry.code);
      const signatory = known?.signatory ?? catalogue.find((entry) => entry.id === `minister-${ministry.code.toLowerCase()}`);
      if (signatory) addRole(signatory, "medeondertekening");
    }
  }

  result.cosignatories = [...cosignatories.values()];
  result.year = notaYear(snapshot, result.dates);
  return result;
}

const LEADING_SPACE_OR_MARK = /^[\s\u0300-\u036f]*/u;

/**
 * False when `foldText(text)` cannot start with "m" (so not with "met akkoord van"): `foldText` drops
 * leading white space and combining marks, and its first character is the fold of the first character
 * left. Saves folding the whole of every paragraph.
 */
function mayStartWithM(text: string): boolean {
  const at = (LEADING_SPACE_OR_MARK.exec(text) as RegExpExecArray)[0].length;
  const first = text.codePointAt(at);
  if (first === undefined) return false;
  if (first < 0x80) return first === 0x4d || first === 0x6d;
  const folded = foldText(String.fromCodePoint(first));
  return folded === "" || folded.startsWith("m");
}

function span(text: string, paragraph: number, start: number, end: number): ParagraphSpan {
  return { paragraph, start, end, text: text.slice(start, end) };
}

/** The sentences of a paragraph as [start, end) offsets. */
function sentences(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + 1;
    result.push({ start, end });
    start = match.index + match[0].length;
  }
  result.push({ start, end: text.length });
  return result;
}

interface Keyword {
  step: StepId | "event";
  label: string;
  start: number;
  end: number;
}

function keywordsOf(text: string): Keyword[] {
  const found: Keyword[] = [];
  for (const term of STEP_TERMS) {
    for (const match of text.matchAll(term.pattern)) {
      found.push({ step: term.step, label: term.label ?? STEP_LABELS[term.step], start: match.index, end: match.index + match[0].length });
    }
  }
  for (const pattern of EVENT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const what = match.groups?.what ?? "";
      const withWhom = match.groups?.with;
      found.push({ step: "event", label: `${what}-ondertekening${withWhom ? ` ${withWhom}` : ""}`, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // One name of a step written twice in a row is one mention: "Raad Fysieke Leefomgeving (RFL)".
  const merged: Keyword[] = [];
  for (const keyword of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && keyword.start < last.end) continue;
    if (last !== undefined && last.step === keyword.step && /^[\s(]*$/.test(text.slice(last.end, keyword.start))) {
      last.end = keyword.end;
      continue;
    }
    merged.push({ ...keyword });
  }
  return merged;
}

/**
 * Which dates belong to which step, in three passes: a step's name followed closely by a date ("RFL
 * (17 juni)", "de MR van 20 juni"); a date followed closely by a step's name ("op maandag 2 juni in de
 * ACKE"); and in a sentence with exactly one step left without a date and one date left without a
 * step, those two ("de beoogde verzenddatum … is in de week van 23-27 juni"). Never across a sentence end
 * or over another step's name.
 */
function stepMentions(text: string, paragraph: number, dates: readonly DateMention[]): StepMention[] {
  if (dates.length === 0) return [];
  const keywords = keywordsOf(text);
  if (keywords.length === 0) return [];
  const claimedBy = new Map<DateMention, Keyword>();
  const keywordHasDate = new Set<Keyword>();
  const claim = (keyword: Keyword, date: DateMention) => {
    claimedBy.set(date, keyword);
    keywordHasDate.add(keyword);
  };
  const clearGap = (from: number, to: number, limit: number) =>
    to - from <= limit && !hasSentenceEnd(text.slice(from, to)) && !keywords.some((k) => k.start >= from && k.end <= to);

  for (const keyword of keywords) {
    const date = dates.find((candidate) => candidate.start >= keyword.end);
    if (date && !claimedBy.has(date) && clearGap(keyword.end, date.start, NAME_THEN_DATE)) claim(keyword, date);
  }
  for (const date of dates) {
    if (claimedBy.has(date)) continue;
    const keyword = keywords.find((candidate) => candidate.start >= date.end);
    if (keyword && keyword.step !== "event" && !keywordHasDate.has(keyword) && clearGap(date.end, keyword.start, DATE_THEN_NAME)) claim(keyword, date);
  }
  for (const sentence of sentences(text)) {
    const inside = (item: { start: number; end: number }) => item.start >= sentence.start && item.end <= sentence.end;
    const openKeywords = keywords.filter((k) => inside(k) && k.step !== "event" && !keywordHasDate.has(k));
    const openDates = dates.filter((d) => inside(d) && !claimedBy.has(d));
    if (openKeywords.length === 1 && openDates.length === 1) claim(openKeywords[0], openDates[0]);
  }
  return dates
    .filter((date) => claimedBy.has(date))
    .map((date) => {
      const keyword = claimedBy.get(date) as Keyword;
      return { step: keyword.step, label: keyword.label, paragraph, date };
    });
}

function hasSentenceEnd(gap: string): boolean {
  return /[.!?]\s+[\p{Lu}\p{N}]|;/u.test(gap);
}

/** A procedure step or event with its date or week, as `nota status` prints it (ISO dates). */
export type ProcedureItem = { step: StepId | "event"; label: string } & ({ date: string } | { from: string; to: string });

/** The co-signatories and procedure of a nota, from its stored state or inferred from its text (issue 10). */
export interface ProcedureStatus {
  source: "stored" | "inferred";
  cosignatories: { signatory: string; title: string; roles: CosignatoryRole[]; status: string | null }[];
  procedure: ProcedureItem[];
  unclearWhoSigns: boolean;
}

/** True when the state part holds co-signatories or procedure data: then that is the status. */
export function hasStoredProcedure(snapshot: DocumentSnapshot): boolean {
  if (snapshot.state.status !== "ok") return false;
  const { cosignatories, procedure } = snapshot.state.model;
  return (
    liveEntries(cosignatories).length > 0 ||
    liveEntries(procedure.milestones).length > 0 ||
    liveEntries(procedure.events).length > 0 ||
    (procedure.unclearWhoSigns !== undefined && !isRemoved(procedure.unclearWhoSigns))
  );
}

/**
 * The status `nota status` reports: the stored state's co-signatories and procedure when it has any,
 * else what the text says (`status` null). Steps in procedure order, then events by date. A step
 * mentioned with different dates is reported with its first mention's date (the checks report the
 * disagreement). Dates without a year and no year in state or text are left out.
 */
export function procedureStatus(snapshot: DocumentSnapshot, catalogue: readonly Signatory[], ministries: readonly Ministry[]): ProcedureStatus {
  const titleOf = (id: string) => catalogue.find((entry) => entry.id === id)?.title ?? id;
  if (snapshot.state.status === "ok" && hasStoredProcedure(snapshot)) {
    const { cosignatories, procedure } = snapshot.state.model;
    const items: ProcedureItem[] = [];
    for (const step of MILESTONE_KEYS) {
      const entry = procedure.milestones[step];
      if (entry === undefined || isRemoved(entry)) continue;
      const milestone = entry;
      const label = milestone.label ?? STEP_LABELS[step];
      items.push("date" in milestone ? { step, label, date: milestone.date } : { step, label, from: milestone.from, to: milestone.to });
    }
    const events = liveEntries(procedure.events).sort((a, b) => a[1].date.localeCompare(b[1].date));
    for (const [, event] of events) items.push({ step: "event", label: event.label, date: event.date });
    const flag = procedure.unclearWhoSigns;
    return {
      source: "stored",
      cosignatories: liveEntries(cosignatories).map(([id, entry]) => ({ signatory: id, title: titleOf(id), roles: entry.roles, status: entry.status })),
      procedure: items,
      unclearWhoSigns: flag !== undefined && !isRemoved(flag) ? flag.value : false,
    };
  }
  const text = readTextProcedure(snapshot, catalogue, ministries);
  const items: ProcedureItem[] = [];
  for (const step of MILESTONE_KEYS) {
    const first = text.steps.find((mention) => mention.step === step && mentionDays(mention.date, text.year) !== null);
    if (first) items.push(item(step, first.label, first.date, text.year));
  }
  const events = text.steps.filter((mention) => mention.step === "event" && mentionDays(mention.date, text.year) !== null);
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.label)) continue;
    seen.add(event.label);
    items.push(item("event", event.label, event.date, text.year));
  }
  return {
    source: "inferred",
    cosignatories: text.cosignatories.map(({ signatory, roles }) => ({ signatory: signatory.id, title: signatory.title, roles, status: null })),
    procedure: items,
    unclearWhoSigns: text.unclearWhoSigns.length > 0,
  };
}

function item(step: StepId | "event", label: string, date: DateMention, year: number | null): ProcedureItem {
  const days = mentionDays(date, year) as { from: string; to: string };
  return days.from === days.to ? { step, label, date: days.from } : { step, label, from: days.from, to: days.to };
}
