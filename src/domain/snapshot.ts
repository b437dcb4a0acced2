// The one plain data model of a document. Both readers (Word and .docx) produce it; every
// check and the CLI work on it alone. Paragraph indexes are 0-based positions in `paragraphs`.
import type { StoredState } from "./stateModel";

export interface ParagraphSnapshot {
  /** Position in the document's body, 0-based. */
  index: number;
  /** Text as it reads after accepting all tracked changes (insertions in, deletions out). */
  text: string;
  /** Style id as stored in the document (e.g. "Heading1", "Kop1"), or null when unknown. */
  styleId: string | null;
  /** Display name of the style (e.g. "heading 1", "Kop 1"), or null when unknown. */
  styleName: string | null;
  /** 1–9 for a heading (built-in heading style or outline level), null for body text. */
  headingLevel: number | null;
  /** 0-based list level for a list paragraph (bullet or numbered), null otherwise. */
  listLevel: number | null;
  /** True when the paragraph sits inside a table cell. */
  inTable: boolean;
  /** True when all of the paragraph's text is bold (a common stand-in for a heading). */
  bold: boolean;
  /** Tags of the content controls containing this paragraph, outermost first. */
  contentControlTags: string[];
}

export interface ContentControlSnapshot {
  tag: string;
  title: string;
  /** First and last paragraph index the control spans (inclusive). */
  start: number;
  end: number;
  /** Tag of the directly enclosing content control, or null at top level. */
  parentTag: string | null;
  /** The control's text (for parameter controls: the parameter's value). */
  text: string;
  /** Block-level (spans paragraphs) or inline (inside one paragraph). */
  kind: "block" | "inline";
}

export interface CommentSnapshot {
  author: string;
  /** ISO 8601 date-time, or null when the document does not record one. */
  date: string | null;
  text: string;
  resolved: boolean;
  /** Index of the paragraph the comment is anchored to, or null when it cannot be placed. */
  paragraph: number | null;
  /** The document text the comment is anchored to. */
  quotedText: string;
}

/** Namespace of the add-in's own custom XML part (see docs/ARCHITECTURE.md). */
export const STATE_NAMESPACE = "urn:nota-assistent:state";

export type StoredStatePart =
  | { status: "absent" }
  /** The host cannot read custom XML parts (neither WordApi 1.4 nor the common API). */
  | { status: "unavailable"; reason: string }
  /** Understood: `model` is the part's content (src/domain/stateModel.ts); a newer version is read-only. */
  | { status: "ok"; version: number; xml: string; model: StoredState }
  /** Present but not understood: kept as is and reported, never dropped or overwritten. */
  | { status: "unreadable"; xml: string; problem: string };

/**
 * A kind of content the reader saw but did not read into `paragraphs` (issue 8): no check sees
 * it, and a report must say so.
 */
export interface ReaderWarning {
  kind: "textBoxes" | "headers" | "footers" | "footnotes" | "endnotes" | "embeddedObjects" | "altChunks";
  /** How many: text boxes, header or footer parts, notes, objects or merged chunks. */
  count: number;
  /** Their paragraphs that hold text, or null when the reader cannot tell (objects, chunks in a format it does not read). */
  paragraphs: number | null;
}

export interface DocumentSnapshot {
  source: "word" | "docx";
  paragraphs: ParagraphSnapshot[];
  contentControls: ContentControlSnapshot[];
  /** Null when the host cannot read comments (Word without WordApi 1.4). */
  comments: CommentSnapshot[] | null;
  state: StoredStatePart;
  /** What was not read, one entry per kind that occurs; [] from the Word reader. */
  warnings: ReaderWarning[];
}
