// `nota inspect`: the outline of one or more .docx files, as text or JSON.
import { basename } from "node:path";
import { sectionCatalogue } from "../config/sections";
import { paramNameFromTag } from "../domain/rendered";
import { detectSections } from "../domain/sections";
import { oneLine } from "../domain/oneLine";
import type { DocumentSnapshot, ReaderWarning } from "../domain/snapshot";
import { currentParameterData } from "../domain/storedState";
import { liveEntries, type Entry, type Milestone, type Stamped, type StoredState } from "../domain/stateModel";
import { DocxError, readDocx } from "../docx/readDocx";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from "./io";

export interface InspectReport {
  file: string;
  paragraphs: number;
  sections: { id: string; title: string; start: number; end: number; parent: string | null }[];
  contentControls: { tag: string; title: string; start: number; end: number; parent: string | null; value?: string }[];
  comments: { author: string; date: string | null; text: string; resolved: boolean; paragraph: number | null }[];
  /**
   * `model`: the stored state as data (src/domain/stateModel.ts), removed entries included;
   * `parameters`: the stored parameter values that still hold (the document shows the recorded text).
   */
  state: {
    status: DocumentSnapshot["state"]["status"];
    version?: number;
    problem?: string;
    model?: StoredState;
    parameters?: Record<string, string>;
  };
  /** What the reader did not read (text boxes, headers …): not checked. */
  warnings: ReaderWarning[];
}

export const inspectUsage = `Usage: nota inspect FILE.docx... [--json]

Prints the outline of each beslisnota: the sections found (with paragraph ranges, 0-based and
inclusive), the add-in's content controls, the comments, the add-in's stored state, and what was
not read (text boxes, headers, footers, footnotes, endnotes, embedded objects: not checked).

Options:
  --json   one JSON object per file (an array when several files are given)

A file that cannot be read gets one line on stderr; the others are still reported, and the exit
code is 2.
  --help   this text`;

export function inspectSnapshot(file: string, snapshot: DocumentSnapshot): InspectReport {
  const sections = detectSections(snapshot, sectionCatalogue);
  const state = snapshot.state;
  return {
    file,
    paragraphs: snapshot.paragraphs.length,
    sections: sections.map(({ id, title, start, end, parent }) => ({ id, title, start, end, parent })),
    contentControls: snapshot.contentControls.map((control) => ({
      tag: control.tag,
      title: control.title,
      start: control.start,
      end: control.end,
      parent: control.parentTag,
      ...(paramNameFromTag(control.tag) !== null ? { value: control.text } : {}),
    })),
    comments: (snapshot.comments ?? []).map(({ author, date, text, resolved, paragraph }) => ({
      author,
      date,
      text,
      resolved,
      paragraph,
    })),
    state: {
      status: state.status,
      ...(state.status === "ok" ? { version: state.version, model: state.model, parameters: currentParameterData(snapshot) } : {}),
      ...(state.status === "unreadable" ? { problem: state.problem } : {}),
    },
    warnings: snapshot.warnings,
  };
}

/** Reports every readable file; an unreadable one gets its line on stderr and makes the exit code 2. */
export function runInspect(files: string[], json: boolean, io: CliIo): number {
  if (files.length === 0) throw new UsageError("inspect needs at least one .docx file");
  const reports: InspectReport[] = [];
  let unusable = false;
  for (const file of files) {
    const problem = readProblem(file, io, reports);
    if (problem !== null) {
      io.err(`nota: ${oneLine(file)}: ${problem}`);
      unusable = true;
    }
  }
  if (reports.length > 0) {
    io.out(json ? JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2) : reports.map(formatReport).join("\n"));
  }
  return unusable ? EXIT_UNUSABLE : EXIT_OK;
}

function readProblem(file: string, io: CliIo, reports: InspectReport[]): string | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    return `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`;
  }
  try {
    reports.push(inspectSnapshot(file, readDocx(bytes)));
    return null;
  } catch (error) {
    if (error instanceof DocxError) return error.message;
    throw error;
  }
}

function formatReport(report: InspectReport): string {
  const lines = [`${oneLine(basename(report.file))}: ${report.paragraphs} paragraph${report.paragraphs === 1 ? "" : "s"}`];
  lines.push("Sections:");
  if (report.sections.length === 0) lines.push("  (none found)");
  const depth = sectionDepths(report.sections);
  for (const section of report.sections) {
    const indent = "  ".repeat(1 + (depth.get(section) ?? 0));
    lines.push(`${indent}${section.title} [${section.id}]  ¶${range(section)}`);
  }
  lines.push("Content controls:");
  if (report.contentControls.length === 0) lines.push("  (none)");
  for (const control of report.contentControls) {
    const value = control.value !== undefined ? ` = "${control.value}"` : "";
    lines.push(`  ${control.tag}${control.title ? ` "${control.title}"` : ""}  ¶${range(control)}${value}`);
  }
  lines.push("Comments:");
  if (report.comments.length === 0) lines.push("  (none)");
  for (const comment of report.comments) {
    const where = comment.paragraph === null ? "?" : String(comment.paragraph);
    lines.push(`  ¶${where} ${comment.author}${comment.resolved ? " (resolved)" : ""}: ${comment.text}`);
  }
  if (report.state.status !== "absent") {
    const detail = report.state.version !== undefined ? ` version ${report.state.version}` : report.state.problem ? `: ${report.state.problem}` : "";
    lines.push(`Stored state: ${report.state.status}${detail}`);
    if (report.state.model) lines.push(...stateLines(report.state.model, report.state.parameters ?? {}));
  }
  if (report.warnings.length > 0) lines.push("Not read (not checked):");
  for (const warning of report.warnings) {
    const paragraphs = warning.paragraphs === null ? "" : `, ${warning.paragraphs} paragraph${warning.paragraphs === 1 ? "" : "s"} with text`;
    lines.push(`  ${WARNING_NAMES[warning.kind]}: ${warning.count}${paragraphs}`);
  }
  return lines.join("\n") + "\n";
}

/** The stored state, one line per live entry, grouped; nothing for an empty group. */
function stateLines(model: StoredState, holding: Record<string, string>): string[] {
  const lines: string[] = [];
  const group = <T extends Stamped>(title: string, section: Record<string, Entry<T>>, line: (key: string, entry: T) => string) => {
    const live = liveEntries(section);
    if (live.length === 0) return;
    lines.push(`  ${title}:`);
    for (const [key, entry] of live) lines.push(`    ${line(key, entry)}`);
  };
  const note = (text: string) => (text ? ` — ${text}` : "");
  group("Parameters", model.parameters, (name, { value, text }) => {
    const shown = text !== value ? ` (shown as "${text}")` : "";
    return `${name} = ${value}${shown}${Object.hasOwn(holding, name) ? "" : " — stale: the document shows other text"}`;
  });
  group("Dispositions", model.dispositions, (id, d) => `${id}: ${d.state} by ${d.by} at ${d.at}${note(d.note)}`);
  group(
    "Co-signatories",
    model.cosignatories,
    (id, c) => `${id}: ${c.status} (${c.roles.join(", ")})${c.date ? ` ${c.date}` : ""}${note(c.note)}`,
  );
  const flag = model.procedure.unclearWhoSigns;
  if (flag && "value" in flag) lines.push(`  Unclear who signs: ${flag.value ? "yes" : "no"}`);
  group("Procedure", model.procedure.milestones, (step, m) => `${step}${m.label ? ` (${m.label})` : ""}: ${when(m)}`);
  group("Events", model.procedure.events, (id, e) => `${id}: ${e.label} ${e.date}`);
  group("Company paragraphs", model.companies, (id, c) => `${id}: inserted ${c.insertedAt}${c.detached ? ", detached" : ""}`);
  return lines;
}

function when(milestone: Milestone): string {
  return "date" in milestone ? milestone.date : `week of ${milestone.from} to ${milestone.to}`;
}

const WARNING_NAMES: Record<ReaderWarning["kind"], string> = {
  textBoxes: "text boxes",
  headers: "headers",
  footers: "footers",
  footnotes: "footnotes",
  endnotes: "endnotes",
  embeddedObjects: "embedded objects",
  altChunks: "merged parts in a format not read",
};

function range({ start, end }: { start: number; end: number }): string {
  return start === end ? String(start) : `${start}–${end}`;
}

function sectionDepths(sections: InspectReport["sections"]): Map<object, number> {
  const byId = new Map<string, InspectReport["sections"][number]>();
  const depths = new Map<object, number>();
  for (const section of sections) {
    const parent = section.parent !== null ? byId.get(section.parent) : undefined;
    depths.set(section, parent ? (depths.get(parent) ?? 0) + 1 : 0);
    byId.set(section.id, section);
  }
  return depths;
}
