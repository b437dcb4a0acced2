// .docx → DocumentSnapshot. Refuses what is not a readable Word document with a DocxError.
//
// Parts are found as the package says (package.ts); a w:altChunk is read in its place (a .docx
// chunk by this same reader, nested at most MAX_CHUNK_DEPTH deep, all nested packages together
// within the zip limits of the outer one); what is not read is reported in `warnings`.
import type { CommentSnapshot, DocumentSnapshot, ParagraphSnapshot, ReaderWarning } from "../domain/snapshot";
import { ChunkFormat, ChunkParagraph, chunkFormat, htmlParagraphs, textParagraphs } from "./altChunk";
import { ChunkContent, Formatting, Story, StoryReader, readStories } from "./body";
import { buildComments, parseComments, parseCommentsExtended } from "./comments";
import { readState } from "./customXml";
import { DocxError } from "./errors";
import { W_NS } from "./namespaces";
import { NumberingTable, parseNumbering } from "./numbering";
import { OpcPackage, REL, RelationshipType } from "./package";
import { StyleTable, parseStyles } from "./styles";
import { decodeXml, parseXml } from "./xml";
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipLimits } from "./zip";

export { DocxError } from "./errors";
export type { DocxErrorCode } from "./errors";
export { DEFAULT_ZIP_LIMITS } from "./zip";
export type { ZipLimits } from "./zip";

export interface ReadDocxOptions {
  limits?: Partial<ZipLimits>;
}

// Encrypted .docx files and Word 97-2003 .doc files are both OLE compound files.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * How deep .docx chunks may nest (a chunk holding a chunk …). Assembled documents nest one or two
 * levels; a package that contains itself (a zip quine) would otherwise never end.
 */
export const MAX_CHUNK_DEPTH = 8;

function isOleCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** What one read may still spend, shared by a document and every chunk nested in it. */
interface Budget {
  limits: ZipLimits;
  /** Declared uncompressed bytes left for further packages. */
  bytes: number;
  /** Zip entries left for further packages. */
  entries: number;
}

/**
 * Reads a .docx into a snapshot. Throws a DocxError (one line, see errors.ts) for a file that is
 * not a zip, is damaged, encrypted, over the zip limits (`options.limits`, defaults in zip.ts),
 * Strict Open XML, malformed XML, or has no main document part.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentSnapshot {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  return readPackage(bytes, { limits, bytes: limits.maxTotalBytes, entries: limits.maxEntries }, 0);
}

function readPackage(bytes: Uint8Array, budget: Budget, depth: number): DocumentSnapshot {
  if (depth > MAX_CHUNK_DEPTH) {
    throw new DocxError("zip-bomb", `refused as a possible zip bomb: merged documents (altChunk) nest more than ${MAX_CHUNK_DEPTH} deep`);
  }
  if (isOleCompoundFile(bytes)) {
    throw new DocxError(
      "encrypted",
      "password-protected or an old Word 97-2003 .doc file; remove the password or save it as .docx in Word, then try again",
    );
  }
  const zip = new ZipArchive(bytes, { ...budget.limits, maxTotalBytes: budget.bytes, maxEntries: budget.entries });
  budget.bytes -= zip.declaredBytes;
  budget.entries -= zip.entryCount;
  const pkg = new OpcPackage(zip);
  const main = pkg.mainPart();
  // The first part of a type the main part relates to; by its fixed name without relationships.
  const related = (type: RelationshipType, fixedName: string): string | undefined => pkg.related(main, type, [fixedName])[0];
  const parsed = <T>(part: string | undefined, parse: (xml: string, part: string) => T): T | null => {
    const data = part === undefined ? null : zip.read(part);
    return data === null || part === undefined ? null : parse(decodeXml(data), part);
  };

  const formatting: Formatting = {
    styles: parsed(related(REL.styles, "word/styles.xml"), parseStyles) ?? StyleTable.empty(),
    numbering: parsed(related(REL.numbering, "word/numbering.xml"), parseNumbering) ?? NumberingTable.empty(),
  };

  const chunks = new ChunkReader(pkg, main, budget, depth);
  const body = new StoryReader(formatting, { altChunk: (id, at) => chunks.read(id, at) });
  const root = parsed(main, (xml, part) => parseXml(xml, part, body));
  if (root === null || root.uri !== W_NS || root.local !== "document") {
    throw new DocxError("no-document", `not a Word document (its main part ${main} is not a Word document body)`);
  }
  const story = body.finish();

  const stored = parsed(related(REL.comments, "word/comments.xml"), (xml, part) => parseComments(xml, part, formatting));
  const states = parsed(related(REL.commentsExtended, "word/commentsExtended.xml"), parseCommentsExtended);
  const comments = stored === null ? [] : buildComments(stored, states ?? new Map(), story.anchors, story.paragraphs);

  const customXml = pkg.relationships(main) === null ? null : pkg.related(main, REL.customXml);
  return {
    source: "docx",
    paragraphs: story.paragraphs,
    contentControls: story.contentControls,
    comments: [...comments, ...chunks.comments],
    state: readState(zip, customXml),
    warnings: mergeWarnings([...unreadParts(pkg, main, formatting, story), ...chunks.warnings]),
  };
}

/**
 * Reads the chunks the body's w:altChunk elements name (relationship type aFChunk). A .docx chunk
 * gives its paragraphs, controls and comments; HTML and text chunks their paragraphs (style
 * unknown); a chunk in another format, or one that is missing, is counted in a warning.
 */
class ChunkReader {
  /** Comments of .docx chunks, with paragraph indexes in the enclosing document. */
  readonly comments: CommentSnapshot[] = [];
  /** Chunks not read, and what .docx chunks did not read. */
  readonly warnings: ReaderWarning[] = [];

  constructor(
    private readonly pkg: OpcPackage,
    private readonly main: string,
    private readonly budget: Budget,
    private readonly depth: number,
  ) {}

  read(relationshipId: string, at: number): ChunkContent | null {
    const relationship = this.pkg.relationship(this.main, relationshipId);
    const bytes = relationship !== undefined && REL.altChunk.includes(relationship.type) ? this.pkg.zip.read(relationship.part) : null;
    const format: ChunkFormat | null =
      relationship === undefined || bytes === null ? null : chunkFormat(this.pkg.contentType(relationship.part), relationship.part);
    if (relationship === undefined || bytes === null || format === null) {
      this.warnings.push({ kind: "altChunks", count: 1, paragraphs: null });
      return null;
    }
    if (format === "html") return plainChunk(htmlParagraphs(bytes));
    if (format === "text") return plainChunk(textParagraphs(bytes));
    let chunk: DocumentSnapshot;
    try {
      chunk = readPackage(bytes, this.budget, this.depth + 1);
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      throw new DocxError(error.code, `${relationship.part}, a document merged into this one: ${error.message}`);
    }
    for (const comment of chunk.comments ?? []) {
      this.comments.push({ ...comment, paragraph: comment.paragraph === null ? null : at + comment.paragraph });
    }
    this.warnings.push(...chunk.warnings);
    return { paragraphs: chunk.paragraphs, contentControls: chunk.contentControls };
  }
}

function plainChunk(paragraphs: ChunkParagraph[]): ChunkContent {
  return {
    paragraphs: paragraphs.map(
      (paragraph, index): ParagraphSnapshot => ({
        index,
        text: paragraph.text,
        styleId: null,
        styleName: null,
        headingLevel: paragraph.headingLevel,
        listLevel: paragraph.listLevel,
        inTable: paragraph.inTable,
        bold: paragraph.bold,
        contentControlTags: [],
      }),
    ),
    contentControls: [],
  };
}

/** Paragraphs with text in a story, its text boxes' included. */
function textParagraphCount(story: Story): number {
  let count = story.textBoxes.paragraphs;
  for (const paragraph of story.paragraphs) if (paragraph.text.trim() !== "") count++;
  return count;
}

/**
 * What the reader does not read, as far as it holds text: the body's text boxes; header and footer
 * parts and footnotes and endnotes (parsed only to count their paragraphs with text); embedded
 * objects (counted by their relationships).
 */
function unreadParts(pkg: OpcPackage, main: string, formatting: Formatting, body: Story): ReaderWarning[] {
  const warnings: ReaderWarning[] = [];
  if (body.textBoxes.count > 0) warnings.push({ kind: "textBoxes", ...body.textBoxes });
  const stories = (kind: ReaderWarning["kind"], type: RelationshipType, storyElement: string): void => {
    const warning: ReaderWarning = { kind, count: 0, paragraphs: 0 };
    for (const part of pkg.related(main, type)) {
      const bytes = pkg.zip.read(part);
      if (bytes === null) continue;
      readStories(decodeXml(bytes), part, formatting, storyElement, (_element, story) => {
        const paragraphs = textParagraphCount(story);
        if (paragraphs === 0) return;
        warning.count++;
        warning.paragraphs = (warning.paragraphs ?? 0) + paragraphs;
      });
    }
    if (warning.count > 0) warnings.push(warning);
  };
  stories("headers", REL.header, "hdr");
  stories("footers", REL.footer, "ftr");
  stories("footnotes", REL.footnotes, "footnote");
  stories("endnotes", REL.endnotes, "endnote");
  const objects = pkg.related(main, REL.oleObject).length + pkg.related(main, REL.package).length;
  if (objects > 0) warnings.push({ kind: "embeddedObjects", count: objects, paragraphs: null });
  return warnings;
}

const WARNING_ORDER: ReaderWarning["kind"][] = ["textBoxes", "headers", "footers", "footnotes", "endnotes", "embeddedObjects", "altChunks"];

/** One warning per kind, in a fixed order; counts added up (paragraphs unknown when one is). */
function mergeWarnings(warnings: ReaderWarning[]): ReaderWarning[] {
  const byKind = new Map<ReaderWarning["kind"], ReaderWarning>();
  for (const warning of warnings) {
    const seen = byKind.get(warning.kind);
    if (seen === undefined) byKind.set(warning.kind, { ...warning });
    else {
      seen.count += warning.count;
      seen.paragraphs = seen.paragraphs === null || warning.paragraphs === null ? null : seen.paragraphs + warning.paragraphs;
    }
  }
  return WARNING_ORDER.flatMap((kind) => byKind.get(kind) ?? []);
}
