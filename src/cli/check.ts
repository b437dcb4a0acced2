// `nota check` (issue 9): runs the document checks (src/domain/checks.ts: the checklist, the review
// comments, and whatever later issues add to that list) on .docx files and reports per file as text,
// JSON or JUnit XML; `nota checklist validate` checks a checklist file without a document.
import { basename, join } from "node:path";
import { loadChecklistText } from "../config/checklist";
import { checklistProblemText } from "../config/checklistMessages";
import { defaultCompanyList } from "../config/companies";
import { defaultChecklist } from "../config/defaultChecklist";
import { renderMessage } from "../config/findingMessages";
import { sectionCatalogue } from "../config/sections";
import { ministries, signatoryCatalogue } from "../config/signatories";
import type { CompiledChecklist } from "../domain/checklist";
import { documentChecks, type DispositionView, type ReviewedFinding, runChecks, summarise } from "../domain/checks";
import type { Finding, FindingLocation } from "../domain/findings";
import { DocxError, readDocx } from "../docx/readDocx";
import { el, text, xmlPart, type Xml } from "../docx/writeXml";
import { readCompanyList } from "./companies";
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, InputError, UsageError } from "./io";

export const checkUsage = `Usage: nota check FILE.docx|DIR... [--checklist FILE.json] [--company-data FILE.json] [--json] [--junit OUT.xml]

Checks each beslisnota against the review checklist (the ACKE and FIN/IRF comments as rules) and
lists its Word comments that start with ACKE:, FIN: or IRF: (passed when resolved), then the
co-signatory and procedure rules (Medeondertekening, Procedure: akkoord line, dates, weekdays, order
of ACKE, onderraad, MR and verzending), then each company paragraph against the company list (source
Bedrijven: pass when current, fail when the data changed, severity warning, review when edited by
hand; a company not yet "voorgelegd aan bedrijf" is an ACKE review item ACKE-bedrijf-<id>). A
directory checks every .docx in it and in its sub-directories, except hidden ones; Word's lock files
(~$…) are skipped. Paragraph numbers are 0-based, as in 'nota inspect'.

Options:
  --checklist FILE.json  the checklist to use (default: the built-in ACKE/FIN checklist)
  --company-data FILE.json
                         the company list (default: the bundled list; see 'nota companies')
  --json                 one JSON object per file (an array when several files are checked)
  --junit OUT.xml        also write a JUnit report: a testsuite per file, a testcase per item,
                         <failure> for a failing item, <skipped> for one awaiting review
  --help                 this text

Exit codes: 0 when no item of severity error fails (a failing item that a reviewer marked
afgehandeld or niet van toepassing does not count; it is still shown as failing), 1 when one does,
2 for an unusable file or checklist (one line on stderr per problem; the readable files are still
reported).`;

export const checklistUsage = `Usage: nota checklist validate FILE.json

Checks a checklist file, including its example sentences, without a document. Prints each problem
on its own line on stderr (in Dutch, named by item and field) and exits 2, or exits 0 when the file
is valid.

Options:
  --help   this text`;

export interface CheckOptions {
  checklist?: string;
  /** A company list file (default: the bundled list). */
  companyData?: string;
  json: boolean;
  junit?: string;
}

/** One item of a file's report, as `--json` prints it (issue 9's shape plus `message` and `expected`). */
export interface CheckItemReport {
  id: string;
  source: Finding["source"];
  severity: Finding["severity"];
  status: Finding["status"];
  /** The reviewer's comment (a checklist item's, a Word comment's text), else the message. */
  comment: string;
  /** The result in Dutch. */
  message: string;
  disposition: DispositionView | null;
  /** The matched text (or the paragraph, for a whole-paragraph location) with its paragraph and section. */
  evidence: { paragraph: number; section: string | null; text: string }[];
  /** For a failing item whose text was expected in a section: that section and its heading's paragraph (null when it is missing). */
  expected: { section: string | null; paragraph: number | null } | null;
}

export interface CheckReport {
  file: string;
  checklist: string;
  summary: { pass: number; fail: number; review: number };
  items: CheckItemReport[];
}

/** The report of one document's findings. */
export function checkReport(file: string, checklist: CompiledChecklist, findings: readonly ReviewedFinding[]): CheckReport {
  return {
    file,
    checklist: checklist.checklist.name,
    summary: summarise(findings),
    items: findings.map((finding) => {
      const message = renderMessage(finding.message);
      return {
        id: finding.ruleId,
        source: finding.source,
        severity: finding.severity,
        status: finding.status,
        comment: finding.comment ?? message,
        message,
        disposition: finding.disposition,
        evidence: finding.locations.map(evidence),
        expected: finding.expected ? { section: finding.expected.section, paragraph: finding.expected.heading?.paragraph.paragraph ?? null } : null,
      };
    }),
  };
}

function evidence(location: FindingLocation): CheckItemReport["evidence"][number] {
  return { paragraph: location.paragraph.paragraph, section: location.section, text: location.match?.text ?? location.paragraph.text };
}

/** Runs `nota check`; see `checkUsage`. */
export function runCheck(targets: string[], options: CheckOptions, io: CliIo): number {
  if (targets.length === 0) throw new UsageError("check needs at least one .docx file or directory");
  const checklist = options.checklist === undefined ? defaultChecklist : readChecklist(options.checklist, io);
  if (checklist === null) return EXIT_UNUSABLE;
  const companies = options.companyData === undefined ? defaultCompanyList : readCompanyList(options.companyData, io);
  const checks = documentChecks(checklist, { signatories: signatoryCatalogue, ministries }, companies);
  const reports: CheckReport[] = [];
  let unusable = false;
  const problem = (line: string) => {
    io.err(`nota: ${line}`);
    unusable = true;
  };
  for (const file of expandTargets(targets, io, problem)) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      problem(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    try {
      reports.push(checkReport(file, checklist, runChecks(readDocx(bytes), checks, sectionCatalogue)));
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      problem(`${file}: ${error.message}`);
    }
  }
  if (reports.length > 0) {
    io.out(options.json ? JSON.stringify(reports.length === 1 && targets.length === 1 && io.kind(targets[0]) !== "directory" ? reports[0] : reports, null, 2) : reports.map(formatReport).join("\n"));
  }
  if (options.junit !== undefined) {
    try {
      io.writeFile(options.junit, new TextEncoder().encode(junitXml(reports)), true);
    } catch (error) {
      throw new InputError(`${options.junit}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  if (unusable) return EXIT_UNUSABLE;
  return reports.some((report) => report.items.some(failsTheRun)) ? EXIT_FINDINGS : EXIT_OK;
}

/** A failing error-severity item that no reviewer has disposed of. */
function failsTheRun(item: CheckItemReport): boolean {
  return item.status === "fail" && item.severity === "error" && item.disposition === null;
}

/** Runs `nota checklist validate FILE.json`. */
export function runChecklistValidate(args: string[], io: CliIo): number {
  const [action, file, ...rest] = args;
  if (action !== "validate") throw new UsageError(action === undefined ? "checklist needs an action: validate" : `unknown action '${action}'; use validate`);
  if (file === undefined) throw new UsageError("checklist validate needs a FILE.json");
  if (rest.length > 0) throw new UsageError(`checklist validate takes one file (got '${rest[0]}' too)`);
  const checklist = readChecklist(file, io);
  if (checklist === null) return EXIT_UNUSABLE;
  io.out(`${file}: geldig — “${checklist.checklist.name}”, ${checklist.checklist.items.length} items`);
  return EXIT_OK;
}

/** The checklist in `file`, or null after one stderr line per problem. */
function readChecklist(file: string, io: CliIo): CompiledChecklist | null {
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(io.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`nota: ${file}: ${code !== undefined ? `cannot read the file (${code})` : "not UTF-8 text"}`);
    return null;
  }
  const load = loadChecklistText(source);
  if (load.ok) return load.checklist;
  for (const problem of load.problems) io.err(`nota: ${file}: ${checklistProblemText(problem)}`);
  return null;
}

/**
 * The files to check, in argument order: a file as given; a directory's .docx files, sorted, and
 * those of its sub-directories except hidden ones (".git"), without Word's lock files ("~$…").
 */
function expandTargets(targets: readonly string[], io: CliIo, problem: (line: string) => void): string[] {
  const files: string[] = [];
  for (const target of targets) {
    if (io.kind(target) !== "directory") {
      files.push(target);
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string) => {
      let entries: { name: string; directory: boolean }[];
      try {
        entries = io.readDir(dir);
      } catch (error) {
        problem(`${dir}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        return;
      }
      for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith(".")) continue;
        if (entry.directory) walk(join(dir, entry.name));
        else if (entry.name.toLowerCase().endsWith(".docx") && !entry.name.startsWith("~$")) found.push(join(dir, entry.name));
      }
    };
    walk(target);
    if (found.length === 0) problem(`${target}: no .docx files in the directory`);
    files.push(...found);
  }
  return files;
}

const MARKS: Record<Finding["status"], string> = { pass: "✓", fail: "✗", review: "?" };

/** The text report of one file: a summary line, then the items grouped by source (in order of first appearance). */
function formatReport(report: CheckReport): string {
  const { pass, fail, review } = report.summary;
  const lines = [`${basename(report.file)} — ${report.checklist}: ${pass} ✓, ${fail} ✗, ${review} ?`];
  const sources = [...new Set(report.items.map((item) => item.source))];
  for (const source of sources) {
    lines.push(`  ${source}`);
    for (const item of report.items.filter((candidate) => candidate.source === source)) {
      const where = paragraphList(item.evidence.map((entry) => entry.paragraph));
      lines.push(`    ${MARKS[item.status]} ${item.id} [${item.severity}] ${oneLine(item.comment)}${where ? `  ${where}` : ""}`);
      const heading = item.expected?.paragraph ?? null;
      if (item.message !== item.comment) lines.push(`        ${oneLine(item.message)}${heading !== null ? ` (kop ¶${heading})` : ""}`);
      if (item.disposition) {
        const { state, by, at, note } = item.disposition;
        lines.push(`        ${state === "afgehandeld" ? "afgehandeld" : "niet van toepassing"} door ${by} op ${at}${note ? `: ${oneLine(note)}` : ""}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** Shown paragraph numbers per item; a phrase found in hundreds of paragraphs stays one readable line. */
const MAX_PARAGRAPHS_SHOWN = 12;

/** "¶3 ¶8 ¶12", the first MAX_PARAGRAPHS_SHOWN distinct numbers, then "… (+N)". */
function paragraphList(paragraphs: readonly number[]): string {
  const distinct = [...new Set(paragraphs)];
  const shown = distinct.slice(0, MAX_PARAGRAPHS_SHOWN).map((paragraph) => `¶${paragraph}`).join(" ");
  return distinct.length > MAX_PARAGRAPHS_SHOWN ? `${shown} … (+${distinct.length - MAX_PARAGRAPHS_SHOWN})` : shown;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The JUnit XML of all reports: a testsuite per file, a testcase per item. */
export function junitXml(reports: readonly CheckReport[]): string {
  const suites = reports.map((report) => {
    const cases = report.items.map((item) => {
      const detail = [
        item.message,
        ...item.evidence.map((entry) => `¶${entry.paragraph}${entry.section ? ` [${entry.section}]` : ""}: ${entry.text}`),
        ...(item.disposition ? [`${item.disposition.state} door ${item.disposition.by} op ${item.disposition.at}: ${item.disposition.note}`] : []),
      ].join("\n");
      const outcome: Xml[] =
        item.status === "fail"
          ? [el("failure", { message: item.message, type: item.severity }, text(detail))]
          : item.status === "review"
            ? [el("skipped", { message: item.message })]
            : [];
      return el("testcase", { classname: `${basename(report.file)}.${item.source}`, name: `${item.id}: ${oneLine(item.comment)}` }, ...outcome);
    });
    return el(
      "testsuite",
      { name: report.file, tests: report.items.length, failures: report.summary.fail, errors: 0, skipped: report.summary.review },
      ...cases,
    );
  });
  const total = (key: "pass" | "fail" | "review") => reports.reduce((sum, report) => sum + report.summary[key], 0);
  return xmlPart(
    el("testsuites", { name: "nota check", tests: total("pass") + total("fail") + total("review"), failures: total("fail"), errors: 0, skipped: total("review") }, ...suites),
  );
}
