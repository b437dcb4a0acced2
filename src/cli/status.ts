// `nota status`: the co-signatories and the procedure of one or more .docx files (issue 10), from the
// add-in's stored state or, for a document never opened with the add-in, inferred from its text.
import { basename } from "node:path";
import { ministries, signatoryCatalogue } from "../config/signatories";
import { formatDutchDate } from "../domain/dutchDates";
import { oneLine } from "../domain/oneLine";
import { procedureStatus, type ProcedureStatus } from "../domain/procedure";
import { DocxError, readDocx } from "../docx/readDocx";
import { helpText } from "./help";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, readFailure, UsageError } from "./io";

/** One file's status as `--json` prints it: issue 10's shape (ISO dates, `status` null when inferred). */
export type StatusReport = { file: string } & ProcedureStatus;

export const statusUsage = helpText("status", {
  usage: "FILE.docx... [--json]",
  description: [
    "Prints the co-signatories and the procedure (ACKE, onderraad, MR, verzending and other events) of each beslisnota: as " +
      "the add-in stored them in the document, or, when it has none, as its text says (\"Met akkoord van de …\", " +
      "\"medeondertekend door …\", \"RFL (17 juni)\", \"de MR van 20 juni\"). Dates without a year take the year of a full " +
      "date in the nota.",
  ],
  options: [
    [
      "--json",
      "one JSON object per file (an array when several files are given):\n" +
        '{ "file", "source": "stored" | "inferred", "cosignatories": [ { "signatory", "title", "roles", "status" } ], ' +
        '"procedure": [ { "step", "label", "date" } or { "step", "label", "from", "to" } ], "unclearWhoSigns" }',
    ],
  ],
  notes: ["A file that cannot be read gets one line on stderr; the others are still reported, and the exit code is 2."],
});

/** Reports every readable file; an unreadable one gets its line on stderr and makes the exit code 2. */
export function runStatus(files: string[], json: boolean, io: CliIo): number {
  if (files.length === 0) throw new UsageError("status needs at least one .docx file");
  const reports: StatusReport[] = [];
  let unusable = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.err(`nota: ${oneLine(file)}: ${readFailure(error)}`);
      unusable = true;
      continue;
    }
    try {
      reports.push({ file, ...procedureStatus(readDocx(bytes), signatoryCatalogue, ministries) });
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      io.err(`nota: ${oneLine(file)}: ${error.message}`);
      unusable = true;
    }
  }
  if (reports.length > 0) {
    io.out(json ? JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2) : reports.map(formatStatus).join("\n"));
  }
  return unusable ? EXIT_UNUSABLE : EXIT_OK;
}

const ROLE_TEXT = { akkoord: "akkoord op de nota", medeondertekening: "medeondertekening Kamerbrief" } as const;

function formatStatus(report: StatusReport): string {
  const lines = [`${oneLine(basename(report.file))}: ${report.source === "stored" ? "stored in the document" : "inferred from the text"}`];
  lines.push("Co-signatories:");
  if (report.cosignatories.length === 0) lines.push("  (none)");
  for (const c of report.cosignatories) {
    lines.push(`  ${c.title} [${c.signatory}]: ${c.roles.map((role) => ROLE_TEXT[role]).join(", ")}${c.status !== null ? ` — ${c.status}` : ""}`);
  }
  if (report.unclearWhoSigns) lines.push("  Nog onduidelijk wie tekent");
  lines.push("Procedure:");
  if (report.procedure.length === 0) lines.push("  (none)");
  for (const item of report.procedure) {
    const when = "date" in item ? formatDutchDate(item.date, "weekday-long") : `week van ${formatDutchDate(item.from, "short")} t/m ${formatDutchDate(item.to, "long")}`;
    lines.push(`  ${oneLine(item.label).padEnd(26)}${when}`);
  }
  return lines.join("\n") + "\n";
}
