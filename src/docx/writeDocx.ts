// Writes a new beslisnota .docx from rendered blocks (`nota new`). Each block becomes a
// block-level rich-text content control tagged `nota:<id>`, each parameter a nested plain-text
// control tagged `nota:param:<name>`: the same shape the add-in inserts, so Word with the add-in
// and the .docx reader both find every block and parameter again. With a state, the add-in's state
// part goes in customXml/ with its properties and relationships, as Word writes custom XML parts.

import { strToU8, zipSync } from "fflate";
import { paramTag, type RenderedBlock, type RenderedParagraph, type RenderedTable, type Segment } from "../domain/rendered";
import type { StoredState } from "../domain/stateModel";
import { statePartXml } from "../domain/storedState";
import { W_NS } from "./namespaces";
import {
  appPropsXml,
  BULLET_LEVELS,
  BULLET_NUM_ID,
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  HEADING_LEVELS,
  numberingXml,
  packageRelsXml,
  settingsXml,
  STATE_ITEM_PATH,
  statePropsParts,
  stylesXml,
  val,
} from "./writeParts";
import { el, text, xmlPart, type Xml } from "./writeXml";

export interface WriteDocxOptions {
  /** Document title (core properties). */
  title?: string;
  /** Creator and last modifier (core properties). */
  author?: string;
  /** Creation time; defaults to now. */
  created?: Date;
  /** The add-in's stored state (e.g. the parameter values used); no state part without it. */
  state?: StoredState;
}

/** Paragraphs written without a content control around them, such as the heading above the company paragraphs. */
export interface PlainParagraphs {
  kind: "plain";
  /** The level of any "heading" paragraph among them (1–9). */
  headingLevel: number;
  paragraphs: RenderedParagraph[];
}

/** Blocks (each a tagged control) and plain paragraphs, in document order. */
export function writeDocx(blocks: ReadonlyArray<RenderedBlock | PlainParagraphs>, options: WriteDocxOptions = {}): Uint8Array {
  const created = options.created ?? new Date();
  if (Number.isNaN(created.getTime())) throw new RangeError("writeDocx: 'created' is not a valid date.");
  // Insertion order is zip order; [Content_Types].xml first, as Word itself writes it.
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypesXml(options.state !== undefined),
    "_rels/.rels": packageRelsXml(),
    "docProps/core.xml": corePropsXml({ title: options.title, author: options.author, created }),
    "docProps/app.xml": appPropsXml(),
    "word/document.xml": documentXml(blocks),
    "word/_rels/document.xml.rels": documentRelsXml(options.state !== undefined),
    "word/styles.xml": stylesXml(),
    "word/numbering.xml": numberingXml(),
    "word/settings.xml": settingsXml(),
    ...(options.state ? { [STATE_ITEM_PATH]: statePartXml(options.state), ...statePropsParts() } : {}),
  };
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

function documentXml(blocks: ReadonlyArray<RenderedBlock | PlainParagraphs>): string {
  let lastId = 0;
  // Content-control ids must be unique within the document; a counter keeps the output reproducible.
  const nextId = (): number => ++lastId;
  const body = blocks.flatMap((block) =>
    "tag" in block ? [blockControl(block, nextId)] : block.paragraphs.map((p) => paragraph(p, { blockId: "(plain)", headingLevel: block.headingLevel }, nextId)),
  );
  return xmlPart(
    el(
      "w:document",
      { "xmlns:w": W_NS },
      el(
        "w:body",
        {},
        ...body,
        // A paragraph after the last control, so the drafter can type below it (and an empty
        // nota still has its one paragraph).
        el("w:p"),
        el(
          "w:sectPr",
          {},
          el("w:pgSz", { "w:w": 11906, "w:h": 16838 }), // A4
          el("w:pgMar", { "w:top": 1417, "w:right": 1417, "w:bottom": 1417, "w:left": 1417, "w:header": 708, "w:footer": 708, "w:gutter": 0 }),
        ),
      ),
    ),
  );
}

function blockControl(block: RenderedBlock, nextId: () => number): Xml {
  const level = block.headingLevel;
  if (!Number.isInteger(level) || level < 1 || level > HEADING_LEVELS) {
    throw new RangeError(`Block "${block.blockId}": heading level ${level} is not between 1 and ${HEADING_LEVELS}.`);
  }
  const id = nextId(); // before the parameters inside, so ids follow document order
  const paragraphs = block.paragraphs.map((p) => paragraph(p, block, nextId));
  if (block.table) paragraphs.push(tableXml(block.table));
  return el(
    "w:sdt",
    {},
    // No type element: a rich-text control, which may hold whole paragraphs.
    el("w:sdtPr", {}, val("w:alias", block.title), val("w:tag", block.tag), val("w:id", id)),
    // Word rejects a block-level control without content.
    el("w:sdtContent", {}, ...(paragraphs.length > 0 ? paragraphs : [el("w:p")])),
  );
}

// The text width of the A4 page below (11906 twips less both 1417 margins), shared by the columns.
const TEXT_WIDTH = 11906 - 2 * 1417;
const BORDER = { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "auto" };

/** A bordered table of plain text; its first row is bold and repeats as header row on a new page. */
function tableXml(table: RenderedTable): Xml {
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const borders = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map((side) => el(side, BORDER));
  const cell = (value: string, header: boolean): Xml =>
    el(
      "w:tc",
      {},
      el("w:tcPr", {}, el("w:tcW", { "w:w": width, "w:type": "dxa" })),
      el("w:p", {}, ...(value === "" ? [] : [header ? boldRun(value) : run(value)])),
    );
  const rows = table.rows.map((row, i) =>
    el(
      "w:tr",
      {},
      ...(i === 0 ? [el("w:trPr", {}, el("w:tblHeader"))] : []),
      ...Array.from({ length: columns }, (_, c) => cell(row[c] ?? "", i === 0)),
    ),
  );
  return el(
    "w:tbl",
    {},
    el("w:tblPr", {}, el("w:tblW", { "w:w": width * columns, "w:type": "dxa" }), el("w:tblBorders", {}, ...borders)),
    el("w:tblGrid", {}, ...Array.from({ length: columns }, () => el("w:gridCol", { "w:w": width }))),
    ...rows,
  );
}

type Owner = Pick<RenderedBlock, "blockId" | "headingLevel">;

function paragraph(p: RenderedParagraph, block: Owner, nextId: () => number): Xml {
  const runs = p.segments.flatMap((segment) => segmentXml(segment, nextId));
  return el("w:p", {}, ...paragraphProperties(p, block), ...runs);
}

function paragraphProperties(p: RenderedParagraph, block: Owner): Xml[] {
  switch (p.kind) {
    case "heading":
      if (!Number.isInteger(block.headingLevel) || block.headingLevel < 1 || block.headingLevel > HEADING_LEVELS) {
        throw new RangeError(`Block "${block.blockId}": heading level ${block.headingLevel} is not between 1 and ${HEADING_LEVELS}.`);
      }
      return [el("w:pPr", {}, val("w:pStyle", `Heading${block.headingLevel}`))];
    case "bullet": {
      const level = p.listLevel;
      if (!Number.isInteger(level) || level < 0 || level >= BULLET_LEVELS) {
        throw new RangeError(`Block "${block.blockId}": list level ${level} is not between 0 and ${BULLET_LEVELS - 1}.`);
      }
      return [
        el(
          "w:pPr",
          {},
          val("w:pStyle", "ListParagraph"),
          el("w:numPr", {}, val("w:ilvl", level), val("w:numId", BULLET_NUM_ID)),
        ),
      ];
    }
    case "body":
      return [];
  }
}

function segmentXml(segment: Segment, nextId: () => number): Xml[] {
  if (segment.kind === "text") return segment.text === "" ? [] : [run(segment.text)];
  const multiLine = /[\r\n]/.test(segment.text);
  return [
    el(
      "w:sdt",
      {},
      el(
        "w:sdtPr",
        {},
        val("w:alias", segment.name),
        val("w:tag", paramTag(segment.name)),
        val("w:id", nextId()),
        // Plain text, so a parameter update replaces exactly the value and nothing around it.
        el("w:text", { "w:multiLine": multiLine ? 1 : undefined }),
      ),
      el("w:sdtContent", {}, run(segment.text)),
    ),
  ];
}

function boldRun(value: string): Xml {
  return el("w:r", {}, el("w:rPr", {}, el("w:b"), el("w:bCs")), el("w:t", { "xml:space": "preserve" }, text(value)));
}

function run(value: string): Xml {
  // Tabs and line ends are elements of their own in WordprocessingML; inside w:t Word would
  // show them as spaces.
  const content = value
    .split(/(\t|\r\n|\r|\n)/)
    .filter((piece) => piece !== "")
    .map((piece) => (piece === "\t" ? el("w:tab") : /^[\r\n]/.test(piece) ? el("w:br") : el("w:t", { "xml:space": "preserve" }, text(piece))));
  // An empty parameter still needs a run for the control to hold.
  return el("w:r", {}, ...(content.length > 0 ? content : [el("w:t", { "xml:space": "preserve" })]));
}
