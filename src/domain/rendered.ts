// A block rendered from the catalogue with its parameter values: what both writers (Word and
// .docx) put into a document. Parameter segments become nested plain-text content controls
// tagged `nota:param:<name>` so that a later update can find every occurrence.

export type Segment =
  | { kind: "text"; text: string }
  | { kind: "param"; name: string; text: string };

export interface RenderedParagraph {
  /** "heading" uses the document's built-in heading style at the block's level. */
  kind: "heading" | "body" | "bullet";
  /** 0-based bullet nesting level; only for bullets. */
  listLevel: number;
  segments: Segment[];
}

/**
 * A table of plain text, written after the block's paragraphs inside the block's control (issue 10:
 * the parafenroute). `rows[0]` is the header row; every row has one string per column, "" for an empty cell.
 */
export interface RenderedTable {
  rows: string[][];
}

export interface RenderedBlock {
  /** Section id of the document model, e.g. "aanleiding". */
  blockId: string;
  /** Content-control tag: `nota:<blockId>`. */
  tag: string;
  /** Dutch title, also the content control's title. */
  title: string;
  /** 1–9: the heading level of the block's heading paragraph. */
  headingLevel: number;
  paragraphs: RenderedParagraph[];
  /** A table after the paragraphs, inside the same control; absent for blocks without one. */
  table?: RenderedTable;
  /**
   * The parameters' values as data (ISO dates, "true"/"false", text; "" when empty), which the writers
   * record in the state part next to the text shown. Absent for blocks not made by `renderBlock`.
   */
  values?: Readonly<Record<string, string>>;
}

export const BLOCK_TAG_PREFIX = "nota:";
export const PARAM_TAG_PREFIX = "nota:param:";

export function blockTag(blockId: string): string {
  return BLOCK_TAG_PREFIX + blockId;
}

export function paramTag(name: string): string {
  return PARAM_TAG_PREFIX + name;
}

/** The block id of a tag `nota:<id>`, or null for parameter tags and foreign tags. */
export function blockIdFromTag(tag: string): string | null {
  if (!tag.startsWith(BLOCK_TAG_PREFIX) || tag.startsWith(PARAM_TAG_PREFIX)) return null;
  const id = tag.slice(BLOCK_TAG_PREFIX.length);
  return id.length > 0 ? id : null;
}

/** The parameter name of a tag `nota:param:<name>`, or null. */
export function paramNameFromTag(tag: string): string | null {
  if (!tag.startsWith(PARAM_TAG_PREFIX)) return null;
  const name = tag.slice(PARAM_TAG_PREFIX.length);
  return name.length > 0 ? name : null;
}
