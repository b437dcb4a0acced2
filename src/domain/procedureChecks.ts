// The co-signatory and procedure checks of issue 10, as findings (sources "Medeondertekening" and
// "Procedure"): per rule that applies to the document, its failures, or one `pass` when it has none
// (a rule with nothing to check, such as the order of steps in a nota without dates, reports nothing).
import { mentionDays, WEEKDAY_NAMES, weekdayMismatch, weekdayOfDate } from "./dateMentions";
import { formatDutchDate, parseIsoDate } from "./dutchDates";
import { paragraphLocation, textLocation, type Finding, type FindingLocation, type Severity } from "./findings";
import { readTextProcedure, STEP_LABELS, type StepId, type StepMention, type TextProcedure } from "./procedure";
import { sectionsByParagraph, type DetectedSection } from "./sections";
import type { Ministry, Signatory } from "./signatories";
import type { DocumentSnapshot } from "./snapshot";
import { isRemoved, liveEntries, MILESTONE_KEYS, type Milestone } from "./stateModel";

/** What the checks need besides the document: the signatory catalogue (src/config/signatories.ts). */
export interface SignatoryCatalogues {
  signatories: readonly Signatory[];
  ministries: readonly Ministry[];
}

/** The rules of issue 10, by rule id. */
export type ProcedureRule =
  | "medeondertekening-akkoordregel"
  | "medeondertekening-kamerbrief"
  | "medeondertekening-spelling"
  | "medeondertekening-wie-tekent"
  | "procedure-datum"
  | "procedure-weekdag"
  | "procedure-volgorde"
  | "procedure-mr-vrijdag";

interface Context {
  snapshot: DocumentSnapshot;
  sections: readonly DetectedSection[];
  sectionOf: (string | null)[];
}

const FRIDAY = 5;
// "Unless marked otherwise": an MR on another day is expected when the text or the stored label says so.
const OFF_DAY_MARK = /extra|ingelast|uitzonder|afwijk|bijzonder/i;

/**
 * The findings of issue 10's checks on one document (its sections as `detectSections` found them):
 * per rule, in the order of `ProcedureRule`, its failures in document order or one pass.
 */
export function procedureFindings(snapshot: DocumentSnapshot, catalogues: SignatoryCatalogues, sections: readonly DetectedSection[]): Finding[] {
  const text = readTextProcedure(snapshot, catalogues.signatories, catalogues.ministries);
  const context: Context = { snapshot, sections, sectionOf: sectionsByParagraph(sections, snapshot.paragraphs.length).map((section) => section?.id ?? null) };
  const findings = [...cosignatoryFindings(context, text, catalogues), ...unclearFindings(context, text), ...dateFindings(context, text)];
  return findings.filter((finding) => finding.status === "fail" || !findings.some((other) => other.ruleId === finding.ruleId && other.status === "fail"));
}

/** How much a failure of each rule matters (issue 10: wrong dates and a missing akkoord are errors). */
const RULE_SEVERITY: Record<ProcedureRule, Severity> = {
  "medeondertekening-akkoordregel": "error",
  "medeondertekening-kamerbrief": "warning",
  "medeondertekening-spelling": "warning",
  "medeondertekening-wie-tekent": "error",
  "procedure-datum": "error",
  "procedure-weekdag": "error",
  "procedure-volgorde": "error",
  "procedure-mr-vrijdag": "warning",
};

/** The pass of `rule`: reported when the rule applied and nothing failed. */
function passed(rule: ProcedureRule): Finding {
  return {
    ruleId: rule,
    source: rule.startsWith("procedure") ? "Procedure" : "Medeondertekening",
    severity: RULE_SEVERITY[rule],
    status: "pass",
    message: { code: "procedure-rule-passed", data: { rule } },
    locations: [],
  };
}

function spanLocation(context: Context, span: { paragraph: number; start: number; end: number }): FindingLocation {
  return textLocation(context.snapshot, span.paragraph, span.start, span.end, context.sectionOf[span.paragraph]);
}

function mentionLocation(context: Context, mention: { paragraph: number; date: { start: number; end: number } }): FindingLocation {
  return textLocation(context.snapshot, mention.paragraph, mention.date.start, mention.date.end, context.sectionOf[mention.paragraph]);
}

function wholeParagraph(context: Context, paragraph: number): FindingLocation {
  return paragraphLocation(context.snapshot, paragraph, context.sectionOf[paragraph]);
}

function cosignatoryFindings(context: Context, text: TextProcedure, catalogues: SignatoryCatalogues): Finding[] {
  const { snapshot } = context;
  const findings: Finding[] = [];
  const stored = snapshot.state.status === "ok" ? liveEntries(snapshot.state.model.cosignatories) : [];
  // Required: the stored co-signatories; without them, those the text says co-sign the Kamerbrief.
  const required =
    stored.length > 0
      ? stored.map(([id, entry]) => ({ id, title: catalogues.signatories.find((s) => s.id === id)?.title ?? id, roles: entry.roles }))
      : text.cosignatories.map(({ signatory, roles }) => ({ id: signatory.id, title: signatory.title, roles }));
  const inAkkoordLine = new Set(text.signatories.filter((m) => text.akkoordLines.includes(m.paragraph)).map((m) => m.signatory.id));
  for (const cosignatory of required) {
    if (!inAkkoordLine.has(cosignatory.id)) {
      findings.push({
        ruleId: "medeondertekening-akkoordregel",
        source: "Medeondertekening",
        severity: "error",
        status: "fail",
        message: { code: "akkoord-line-missing", data: { title: cosignatory.title, lineExists: text.akkoordLines.length > 0 } },
        locations: text.akkoordLines.map((paragraph) => wholeParagraph(context, paragraph)),
      });
    }
    if (cosignatory.roles.includes("medeondertekening") && text.medeondertekening.length === 0) {
      findings.push({
        ruleId: "medeondertekening-kamerbrief",
        source: "Medeondertekening",
        severity: "warning",
        status: "fail",
        message: { code: "medeondertekening-unmentioned", data: { title: cosignatory.title } },
        locations: [],
      });
    }
  }
  for (const mention of text.signatories.filter((m) => m.misspelled)) {
    findings.push({
      ruleId: "medeondertekening-spelling",
      source: "Medeondertekening",
      severity: "warning",
      status: "fail",
      message: { code: "signatory-misspelled", data: { written: mention.text, title: mention.signatory.title } },
      locations: [spanLocation(context, mention)],
    });
  }
  if (required.length > 0) findings.push(passed("medeondertekening-akkoordregel"));
  if (required.some((cosignatory) => cosignatory.roles.includes("medeondertekening"))) findings.push(passed("medeondertekening-kamerbrief"));
  if (text.signatories.length > 0) findings.push(passed("medeondertekening-spelling"));
  return findings;
}

function unclearFindings(context: Context, text: TextProcedure): Finding[] {
  const { snapshot } = context;
  if (snapshot.state.status !== "ok") return [];
  const { procedure, cosignatories } = snapshot.state.model;
  const flag = procedure.unclearWhoSigns !== undefined && !isRemoved(procedure.unclearWhoSigns) ? procedure.unclearWhoSigns.value : null;
  // Settled: the flag says so, or (without a flag) a co-signatory of the Kamerbrief has signed.
  const signed = liveEntries(cosignatories).some(([, entry]) => entry.roles.includes("medeondertekening") && entry.status === "getekend");
  if (flag === false || (flag === null && signed)) {
    const stale = text.unclearWhoSigns.map((span) => ({
      ruleId: "medeondertekening-wie-tekent",
      source: "Medeondertekening" as const,
      severity: "error" as const,
      status: "fail" as const,
      message: { code: "unclear-who-signs-stale" as const, data: { text: span.text } },
      locations: [spanLocation(context, span)],
    }));
    return [...stale, passed("medeondertekening-wie-tekent")];
  }
  if (flag !== true) return [];
  const section = context.sections.find((s) => s.id === "demissionair");
  const saysSo = section !== undefined && text.unclearWhoSigns.some((span) => span.paragraph >= section.start && span.paragraph <= section.end);
  if (saysSo) return [passed("medeondertekening-wie-tekent")];
  return [
    {
      ruleId: "medeondertekening-wie-tekent",
      source: "Medeondertekening",
      severity: "error",
      status: "fail",
      message: { code: "unclear-who-signs-unmentioned", data: { sectionFound: section !== undefined } },
      locations: section !== undefined ? [wholeParagraph(context, section.start)] : [],
    },
  ];
}

interface Span {
  from: string;
  to: string;
}

function storedMilestones(snapshot: DocumentSnapshot): Map<StepId, Milestone> {
  const result = new Map<StepId, Milestone>();
  if (snapshot.state.status !== "ok") return result;
  for (const [key, milestone] of liveEntries(snapshot.state.model.procedure.milestones)) {
    if ((MILESTONE_KEYS as readonly string[]).includes(key)) result.set(key as StepId, milestone);
  }
  return result;
}

function milestoneSpan(milestone: Milestone): Span {
  return "date" in milestone ? { from: milestone.date, to: milestone.date } : { from: milestone.from, to: milestone.to };
}

/** "17 juni" or "23 t/m 27 juni" (the year left out: the text usually leaves it out too). */
function dutchSpan(span: Span): string {
  return span.from === span.to ? formatDutchDate(span.from, "short") : `${formatDutchDate(span.from, "short")} t/m ${formatDutchDate(span.to, "short")}`;
}

/** A written date agrees with a step's date when it is that day, or a day (or range) within the step's week. */
function agrees(written: Span, expected: Span): boolean {
  return written.from >= expected.from && written.to <= expected.to;
}

function dateFindings(context: Context, text: TextProcedure): Finding[] {
  const { snapshot } = context;
  const findings: Finding[] = [];
  const yearKnown = text.year !== null;
  const stored = storedMilestones(snapshot);
  const effective = new Map<StepId, { span: Span; mentions: StepMention[] }>();

  for (const step of MILESTONE_KEYS) {
    const mentions = text.steps.filter((m) => m.step === step && mentionDays(m.date, text.year) !== null);
    const milestone = stored.get(step);
    const label = milestone?.label ?? mentions[0]?.label ?? STEP_LABELS[step];
    if (milestone !== undefined) {
      const expected = milestoneSpan(milestone);
      for (const mention of mentions) {
        if (agrees(mentionDays(mention.date, text.year) as Span, expected)) continue;
        findings.push({
          ruleId: "procedure-datum",
          source: "Procedure",
          severity: "error",
          status: "fail",
          message: { code: "step-date-differs-from-state", data: { step: label, written: mention.date.text, expected: dutchSpan(expected) } },
          locations: [mentionLocation(context, mention)],
        });
      }
      effective.set(step, { span: expected, mentions });
    } else if (mentions.length > 0) {
      const spans = mentions.map((m) => mentionDays(m.date, text.year) as Span);
      const distinct = new Set(spans.map((s) => `${s.from}/${s.to}`));
      if (distinct.size > 1) {
        findings.push({
          ruleId: "procedure-datum",
          source: "Procedure",
          severity: "error",
          status: "fail",
          message: { code: "step-dates-disagree", data: { step: label, written: mentions.map((m) => m.date.text) } },
          locations: mentions.map((m) => mentionLocation(context, m)),
        });
      }
      effective.set(step, { span: spans[0], mentions });
    }
  }

  if (text.steps.some((mention) => mention.step !== "event")) findings.push(passed("procedure-datum"));

  // Weekdays only against a year the nota or its state gives; a guessed year proves nothing.
  if (yearKnown && text.dates.some(({ date }) => date.kind !== "week" && date.weekday !== null)) findings.push(passed("procedure-weekdag"));
  if (yearKnown) {
    for (const { paragraph, date } of text.dates) {
      const mismatch = weekdayMismatch(date, text.year);
      if (mismatch === null) continue;
      findings.push({
        ruleId: "procedure-weekdag",
        source: "Procedure",
        severity: "error",
        status: "fail",
        message: {
          code: "weekday-mismatch",
          data: { written: date.text, weekday: WEEKDAY_NAMES[mismatch.written], actual: WEEKDAY_NAMES[mismatch.actual], date: formatDutchDate(mismatch.date, "long") },
        },
        locations: [mentionLocation(context, { paragraph, date })],
      });
    }
  }

  // ACKE ≤ onderraad < MR ≤ verzending (issue 10), between the steps that have a date.
  const present = MILESTONE_KEYS.filter((step) => effective.has(step));
  if (present.length >= 2) findings.push(passed("procedure-volgorde"));
  for (let i = 0; i + 1 < present.length; i++) {
    const earlier = present[i];
    const later = present[i + 1];
    const a = effective.get(earlier) as { span: Span; mentions: StepMention[] };
    const b = effective.get(later) as { span: Span; mentions: StepMention[] };
    const strict = earlier === "onderraad" && later === "mr";
    const inOrder = strict ? a.span.from < b.span.from : a.span.from <= b.span.from;
    if (inOrder) continue;
    findings.push({
      ruleId: "procedure-volgorde",
      source: "Procedure",
      severity: "error",
      status: "fail",
      message: {
        code: "steps-out-of-order",
        data: { earlier: labelOf(stored, earlier, a.mentions), earlierDate: dutchSpan(a.span), later: labelOf(stored, later, b.mentions), laterDate: dutchSpan(b.span) },
      },
      locations: [...a.mentions, ...b.mentions].sort((x, y) => x.paragraph - y.paragraph || x.date.start - y.date.start).map((m) => mentionLocation(context, m)),
    });
  }

  const mr = effective.get("mr");
  if (mr !== undefined && mr.span.from === mr.span.to) {
    const date = parseIsoDate(mr.span.from);
    findings.push(passed("procedure-mr-vrijdag"));
    const marked = OFF_DAY_MARK.test(stored.get("mr")?.label ?? "") || mr.mentions.some((m) => OFF_DAY_MARK.test(snapshot.paragraphs[m.paragraph].text));
    if (date !== null && weekdayOfDate(date) !== FRIDAY && !marked) {
      findings.push({
        ruleId: "procedure-mr-vrijdag",
        source: "Procedure",
        severity: "warning",
        status: "fail",
        message: { code: "mr-not-on-friday", data: { date: formatDutchDate(mr.span.from, "weekday"), weekday: WEEKDAY_NAMES[weekdayOfDate(date)] } },
        locations: mr.mentions.map((m) => mentionLocation(context, m)),
      });
    }
  }
  return findings;
}

function labelOf(stored: Map<StepId, Milestone>, step: StepId, mentions: readonly StepMention[]): string {
  return stored.get(step)?.label ?? mentions[0]?.label ?? STEP_LABELS[step];
}
