// The parts of a .docx the reader did not read (issue 8: `snapshot.warnings`), named for the reports of
// `nota inspect` and `nota check`: a phrase in a text box or a footer is not checked, and must not pass silently.
import type { ReaderWarning } from "../domain/snapshot";

/** The English name of each kind of part not read. */
export const WARNING_NAMES: Record<ReaderWarning["kind"], string> = {
  textBoxes: "text boxes",
  headers: "headers",
  footers: "footers",
  footnotes: "footnotes",
  endnotes: "endnotes",
  embeddedObjects: "embedded objects",
  altChunks: "merged parts in a format not read",
};

/** "1, 1 paragraph with text" or "2" (when the reader cannot tell the paragraphs): the figures of one warning. */
export function warningFigures(warning: ReaderWarning): string {
  const paragraphs = warning.paragraphs === null ? "" : `, ${warning.paragraphs} paragraph${warning.paragraphs === 1 ? "" : "s"} with text`;
  return `${warning.count}${paragraphs}`;
}

/** "text boxes (1, 1 paragraph with text), footers (2, 3 paragraphs with text)": every warning on one line. */
export function notCheckedLine(warnings: readonly ReaderWarning[]): string {
  return warnings.map((warning) => `${WARNING_NAMES[warning.kind]} (${warningFigures(warning)})`).join(", ");
}
