// Reads a story (the document body, or one comment) from its XML events into snapshot paragraphs
// and content controls, in one pass with an explicit stack: no recursion, no second walk.
//
// Paragraphs are Word's paragraphs as they are now, one per w:p: the ones Word lists in
// body.paragraphs, so that paragraph indexes agree with the task pane's reader. Each paragraph's
// text is its reviewed text, as after accepting its tracked changes: w:ins and w:moveTo count,
// w:del and w:moveFrom do not. A paragraph whose mark is a tracked deletion stays a paragraph of
// its own (with "" or what remains of its text) rather than joining the next one, and the
// paragraphs of a tracked-deleted table row stay with the text "": until the change is accepted
// Word keeps them in body.paragraphs too. w:tab is "\t"; w:br and w:cr are "\n" (a line break
// inside the paragraph). Field codes are not text, field results are. Drawings, text boxes and
// math are not part of the paragraph's text; the paragraphs of text boxes are counted, so the
// reader can say what it did not read.
//
// Content that is not read (deleted and moved-away text, drawings, text boxes …) is still walked
// for comment markers: a comment on a phrase that was later deleted with track changes on is
// anchored where the phrase was (issue 8). A w:altChunk is read in its place through the
// `altChunk` option: Word merges such a chunk into the body when it opens the file.
import type { ContentControlSnapshot, ParagraphSnapshot } from "../domain/snapshot";
import type { NumberingTable } from "./numbering";
import { ParagraphStyleInfo, StyleTable, outlineToHeading } from "./styles";
import { DocxError } from "./errors";
import { MC_NS, R_NS, STRICT_W_NS, W14_NS, W_NS } from "./namespaces";
import { XmlElement, XmlHandler, attr, onOff, parseLevel, parseXml, wVal } from "./xml";

export interface Formatting {
  styles: StyleTable;
  numbering: NumberingTable;
}

/** A place in the story's text: paragraph index and character offset. */
export interface TextPosition {
  paragraph: number;
  offset: number;
}

export interface CommentAnchor {
  start?: TextPosition;
  end?: TextPosition;
  /** Where w:commentReference sits: the fallback for a comment without a range. */
  reference?: TextPosition;
}

export interface Story {
  paragraphs: ParagraphSnapshot[];
  contentControls: ContentControlSnapshot[];
  /** Comment id → where its range starts and ends. */
  anchors: Map<string, CommentAnchor>;
  /** w14:paraId of the last paragraph (comments are matched to commentsExtended.xml by it). */
  lastParagraphId: string | undefined;
  /** Text boxes with text in them, and their paragraphs that have text (neither is read). */
  textBoxes: { count: number; paragraphs: number };
}

/** What a w:altChunk contributes in its place: paragraphs and controls numbered from 0. */
export interface ChunkContent {
  paragraphs: ParagraphSnapshot[];
  contentControls: ContentControlSnapshot[];
}

export interface StoryOptions {
  /**
   * Reads the chunk a w:altChunk names by its relationship id (r:id); `at` is the index its first
   * paragraph will have. Null when the chunk adds nothing the reader can read. Without this
   * option a w:altChunk is ignored.
   */
  altChunk?: (relationshipId: string, at: number) => ChunkContent | null;
}

/**
 * What an open element means for its children. "content" holds paragraphs, runs or both
 * (body, cells, w:ins, w:hyperlink, w:sdtContent …); the others are property or run containers.
 */
type Context = "content" | "p" | "pPr" | "numPr" | "trPr" | "r" | "rPr" | "t" | "sdt" | "sdtPr";

interface ParagraphBuilder {
  index: number;
  text: string;
  styleId: string | undefined;
  style: ParagraphStyleInfo;
  numId: string | undefined;
  ilvl: number | undefined;
  outlineLevel: number | undefined;
  hasBoldText: boolean;
  hasPlainText: boolean;
  inTable: boolean;
  tags: string[];
}

interface RunState {
  bold: boolean | undefined;
  styleId: string | undefined;
  resolvedBold: boolean | undefined;
}

interface OpenControl {
  control: ContentControlSnapshot;
  /** Offset in the paragraph's text where an inline control starts. */
  offset: number;
  /** Whether its tag was pushed on the block tag stack. */
  taggedBlock: boolean;
}

// Elements whose children are read as ordinary content.
const TRANSPARENT = new Set([
  "document",
  "body",
  "tc",
  "ins",
  "moveTo",
  "hyperlink",
  "smartTag",
  "customXml",
  "fldSimple",
  "sdtContent",
  "dir",
  "bdo",
]);

const RUN_TEXT: Record<string, string> = {
  tab: "\t",
  ptab: "\t",
  br: "\n",
  cr: "\n",
  noBreakHyphen: "-",
};

export class StoryReader implements XmlHandler {
  private readonly styles: StyleTable;
  private readonly numbering: NumberingTable;
  /** Properties of a paragraph without w:pStyle. */
  private readonly defaultStyle: ParagraphStyleInfo;
  private readonly paragraphs: ParagraphSnapshot[] = [];
  private readonly controls: ContentControlSnapshot[] = [];
  private readonly anchors = new Map<string, CommentAnchor>();
  private lastParagraphId: string | undefined;

  private readonly contexts: Context[] = ["content"];
  /** Depth inside an element being ignored with everything in it. */
  private skipDepth = 0;
  /** One entry per open mc:AlternateContent: whether a branch was taken already. */
  private readonly alternateTaken: boolean[] = [];
  /**
   * skipDepth at which an mc:Choice or mc:Fallback that is not taken began, or 0. Such a branch
   * repeats what the taken one holds, so nothing in it counts, not even comment markers.
   */
  private duplicateDepth = 0;
  /** Whether the skipped content is still there after accepting changes (not w:del, w:moveFrom, a deleted row). */
  private skippedContentStays = false;
  /** Open w:txbxContent elements in skipped content that stays. */
  private textBoxDepth = 0;
  /** Per open w:p inside a text box: whether it has text yet. */
  private readonly textBoxParagraphs: boolean[] = [];
  /** Inside a w:t of a text box. */
  private inTextBoxText = false;
  private readonly textBoxes = { count: 0, paragraphs: 0 };
  /** textBoxes.paragraphs when the outermost open text box began. */
  private textBoxStart = 0;
  private readonly readChunk: StoryOptions["altChunk"];

  private current: ParagraphBuilder | null = null;
  private run: RunState = { bold: undefined, styleId: undefined, resolvedBold: undefined };
  private tableDepth = 0;
  /** One entry per open w:tr: whether its w:trPr marks it as a tracked deletion. */
  private readonly rows: boolean[] = [];
  /** Open rows that are tracked deletions: while any is open, no text is read. */
  private deletedRows = 0;

  /** Per open complex field: true while still in its instructions (before w:fldChar separate). */
  private readonly fields: boolean[] = [];
  private fieldCodeDepth = 0;

  private readonly openControls: OpenControl[] = [];
  private readonly blockTags: string[] = [];

  constructor(formatting: Formatting, options: StoryOptions = {}) {
    this.readChunk = options.altChunk;
    this.styles = formatting.styles;
    this.numbering = formatting.numbering;
    this.defaultStyle = this.styles.paragraphStyle(this.styles.defaultParagraphStyleId ?? "");
  }

  open(element: XmlElement): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      if (this.duplicateDepth === 0) this.openSkipped(element);
      return;
    }
    const parent = this.contexts[this.contexts.length - 1];
    let context: Context | null = null;
    if (element.uri === W_NS) context = this.openWordElement(element, parent);
    else if (element.uri === MC_NS) context = this.openAlternate(element, parent);
    else if (element.uri === STRICT_W_NS) throw strictOoxml();
    if (context !== null) this.contexts.push(context);
    else {
      this.skipDepth = 1;
      // openAlternate refuses only a branch that is not taken.
      if (element.uri === MC_NS) this.duplicateDepth = 1;
      this.skippedContentStays =
        this.deletedRows === 0 && !(element.uri === W_NS && (element.local === "del" || element.local === "moveFrom"));
    }
  }

  close(element: XmlElement): void {
    if (this.skipDepth > 0) {
      if (this.duplicateDepth === this.skipDepth) this.duplicateDepth = 0;
      else if (this.duplicateDepth === 0 && this.skipDepth > 1) this.closeSkipped(element);
      this.skipDepth--;
      return;
    }
    const context = this.contexts.pop();
    if (element.uri === MC_NS) {
      if (element.local === "AlternateContent") this.alternateTaken.pop();
      return;
    }
    if (element.uri !== W_NS) return;
    switch (element.local) {
      case "p":
        if (context === "p") this.endParagraph();
        break;
      case "pPr":
        if (context === "pPr") this.endParagraphProperties();
        break;
      case "tbl":
        this.tableDepth--;
        break;
      case "tr":
        if (this.rows.pop()) this.deletedRows--;
        break;
      case "sdtPr":
        this.endControlProperties();
        break;
      case "sdt":
        this.endControl();
        break;
    }
  }

  text(text: string): void {
    if (this.skipDepth === 0) {
      if (this.contexts[this.contexts.length - 1] === "t") this.append(text);
    } else if (this.inTextBoxText && text.trim() !== "") {
      this.textBoxParagraphs[this.textBoxParagraphs.length - 1] = true;
    }
  }

  /** Ends the story and returns what it holds. */
  finish(): Story {
    const last = Math.max(0, this.paragraphs.length - 1);
    for (const control of this.controls) {
      control.start = Math.min(control.start, last);
      control.end = Math.min(Math.max(control.end, control.start), last);
    }
    return {
      paragraphs: this.paragraphs,
      contentControls: this.controls,
      anchors: this.anchors,
      lastParagraphId: this.lastParagraphId,
      textBoxes: this.textBoxes,
    };
  }

  /**
   * An element inside skipped content (below the element that started the skip): comment
   * markers still place their comment, text boxes are counted, and mc:AlternateContent still
   * gives one branch only.
   */
  private openSkipped(element: XmlElement): void {
    if (element.uri === MC_NS) {
      const taken = this.alternateTaken;
      if (element.local === "AlternateContent") taken.push(false);
      else if (element.local === "Choice" || element.local === "Fallback") {
        if (taken.length === 0 || taken[taken.length - 1]) this.duplicateDepth = this.skipDepth;
        else taken[taken.length - 1] = true;
      }
      return;
    }
    if (element.uri !== W_NS) return;
    switch (element.local) {
      case "commentRangeStart":
      case "commentRangeEnd":
      case "commentReference":
        this.marker(element);
        break;
      case "txbxContent":
        if (this.skippedContentStays && this.textBoxDepth++ === 0) this.textBoxStart = this.textBoxes.paragraphs;
        break;
      case "p":
        if (this.textBoxDepth > 0) this.textBoxParagraphs.push(false);
        break;
      case "t":
        this.inTextBoxText = this.textBoxParagraphs.length > 0;
        break;
    }
  }

  private closeSkipped(element: XmlElement): void {
    if (element.uri === MC_NS) {
      if (element.local === "AlternateContent") this.alternateTaken.pop();
      return;
    }
    if (element.uri !== W_NS) return;
    switch (element.local) {
      case "txbxContent":
        if (this.skippedContentStays && --this.textBoxDepth === 0 && this.textBoxes.paragraphs > this.textBoxStart) this.textBoxes.count++;
        break;
      case "p":
        if (this.textBoxDepth > 0 && this.textBoxParagraphs.pop()) this.textBoxes.paragraphs++;
        break;
      case "t":
        this.inTextBoxText = false;
        break;
    }
  }

  private openWordElement(element: XmlElement, parent: Context): Context | null {
    const name = element.local;
    switch (parent) {
      case "pPr":
        return this.paragraphProperty(element);
      case "numPr":
        if (this.current !== null && name === "numId") this.current.numId = wVal(element);
        else if (this.current !== null && name === "ilvl") this.current.ilvl = parseLevel(wVal(element));
        return null;
      case "trPr":
        if (name === "del" && this.rows.length > 0 && !this.rows[this.rows.length - 1]) {
          this.rows[this.rows.length - 1] = true;
          this.deletedRows++;
        }
        return null;
      case "r":
        return this.runChild(element);
      case "rPr":
        if (name === "b") this.run.bold = onOff(element);
        else if (name === "rStyle") this.run.styleId = wVal(element);
        return null;
      case "sdtPr": {
        const control = this.openControls[this.openControls.length - 1]?.control;
        if (control !== undefined && name === "tag") control.tag = wVal(element) ?? "";
        else if (control !== undefined && name === "alias") control.title = wVal(element) ?? "";
        return null;
      }
      case "t":
        return null;
    }
    // parent is "content", "p" or "sdt".
    switch (name) {
      case "p":
        return this.current === null ? this.startParagraph(element) : null;
      case "pPr":
        return parent === "p" ? "pPr" : null;
      case "r":
        this.run = { bold: undefined, styleId: undefined, resolvedBold: undefined };
        return this.current === null ? null : "r";
      case "tbl":
        this.tableDepth++;
        return "content";
      case "tr":
        this.rows.push(false);
        return "content";
      case "trPr":
        return this.rows.length > 0 ? "trPr" : null;
      case "sdt":
        this.startControl();
        return "sdt";
      case "sdtPr":
        return parent === "sdt" ? "sdtPr" : null;
      case "commentRangeStart":
      case "commentRangeEnd":
        this.marker(element);
        return null;
      case "altChunk":
        if (this.current === null) this.insertChunk(element);
        return null;
    }
    return TRANSPARENT.has(name) ? "content" : null;
  }

  private paragraphProperty(element: XmlElement): Context | null {
    const paragraph = this.current;
    if (paragraph === null) return null;
    switch (element.local) {
      case "pStyle":
        paragraph.styleId = wVal(element);
        return null;
      case "outlineLvl":
        paragraph.outlineLevel = parseLevel(wVal(element));
        return null;
      case "numPr":
        return "numPr";
    }
    return null;
  }

  private runChild(element: XmlElement): Context | null {
    const name = element.local;
    switch (name) {
      case "t":
        return "t";
      case "rPr":
        return "rPr";
      case "fldChar":
        this.fieldChar(attr(element, W_NS, "fldCharType"));
        return null;
      case "commentReference":
        this.marker(element);
        return null;
    }
    const text = RUN_TEXT[name];
    if (text !== undefined) this.append(text);
    return null;
  }

  /** mc:AlternateContent: read the first mc:Choice, or the mc:Fallback when there is none. */
  private openAlternate(element: XmlElement, parent: Context): Context | null {
    const taken = this.alternateTaken;
    switch (element.local) {
      case "AlternateContent":
        taken.push(false);
        return parent;
      case "Choice":
      case "Fallback":
        if (taken.length === 0 || taken[taken.length - 1]) return null;
        taken[taken.length - 1] = true;
        return parent;
    }
    return null;
  }

  private fieldChar(type: string | undefined): void {
    if (type === "begin") {
      this.fields.push(true);
      this.fieldCodeDepth++;
    } else if (type === "separate") {
      if (this.fields[this.fields.length - 1] === true) {
        this.fields[this.fields.length - 1] = false;
        this.fieldCodeDepth--;
      }
    } else if (type === "end" && this.fields.length > 0) {
      if (this.fields.pop()) this.fieldCodeDepth--;
    }
  }

  private append(text: string): void {
    const paragraph = this.current;
    if (paragraph === null || this.fieldCodeDepth > 0 || this.deletedRows > 0) return;
    paragraph.text += text;
    if (text.trim() === "") return;
    if (this.runIsBold(paragraph)) paragraph.hasBoldText = true;
    else paragraph.hasPlainText = true;
  }

  /** Direct formatting, else the character style, else the paragraph style, else the defaults. */
  private runIsBold(paragraph: ParagraphBuilder): boolean {
    const run = this.run;
    if (run.resolvedBold === undefined) {
      run.resolvedBold =
        run.bold ??
        (run.styleId === undefined ? undefined : this.styles.characterBold(run.styleId)) ??
        paragraph.style.bold ??
        this.styles.defaultBold;
    }
    return run.resolvedBold;
  }

  private startParagraph(element: XmlElement): Context {
    this.lastParagraphId = attr(element, W14_NS, "paraId");
    this.current = {
      index: this.paragraphs.length,
      text: "",
      styleId: undefined,
      style: this.defaultStyle,
      numId: undefined,
      ilvl: undefined,
      outlineLevel: undefined,
      hasBoldText: false,
      hasPlainText: false,
      inTable: this.tableDepth > 0,
      tags: this.blockTags.slice(),
    };
    return "p";
  }

  private endParagraphProperties(): void {
    const paragraph = this.current;
    if (paragraph !== null && paragraph.styleId !== undefined) {
      paragraph.style = this.styles.paragraphStyle(paragraph.styleId);
    }
  }

  private endParagraph(): void {
    const paragraph = this.current;
    if (paragraph === null) return;
    this.current = null;
    this.emit(paragraph);
  }

  private emit(paragraph: ParagraphBuilder): void {
    const styleId = paragraph.styleId ?? this.styles.defaultParagraphStyleId;
    const style = paragraph.style;
    this.paragraphs.push({
      index: paragraph.index,
      text: paragraph.text,
      styleId,
      styleName: style.name,
      headingLevel:
        paragraph.outlineLevel === undefined ? style.headingLevel : outlineToHeading(paragraph.outlineLevel),
      listLevel: this.listLevel(paragraph, styleId),
      inTable: paragraph.inTable,
      bold: paragraph.hasBoldText && !paragraph.hasPlainText,
      contentControlTags: paragraph.tags,
    });
  }

  private listLevel(paragraph: ParagraphBuilder, styleId: string | null): number | null {
    const numId = paragraph.numId ?? paragraph.style.numId;
    // numId 0 explicitly removes numbering that a style would give.
    if (numId === undefined || numId === "0" || !this.numbering.has(numId)) return null;
    const level =
      paragraph.ilvl ??
      paragraph.style.ilvl ??
      (styleId === null ? undefined : this.numbering.levelForStyle(numId, styleId)) ??
      0;
    return Math.min(level, 8);
  }

  private startControl(): void {
    const inline = this.current !== null;
    const parent = this.openControls[this.openControls.length - 1];
    const start = this.current?.index ?? this.paragraphs.length;
    const control: ContentControlSnapshot = {
      tag: "",
      title: "",
      start,
      end: start,
      parentTag: parent === undefined ? null : parent.control.tag,
      text: "",
      kind: inline ? "inline" : "block",
    };
    this.controls.push(control);
    this.openControls.push({ control, offset: this.current?.text.length ?? 0, taggedBlock: false });
  }

  private endControlProperties(): void {
    const open = this.openControls[this.openControls.length - 1];
    if (open === undefined || open.control.kind !== "block" || open.control.tag === "") return;
    this.blockTags.push(open.control.tag);
    open.taggedBlock = true;
  }

  private endControl(): void {
    const open = this.openControls.pop();
    if (open === undefined) return;
    const control = open.control;
    if (control.kind === "inline") {
      control.text = this.current === null ? "" : this.current.text.slice(open.offset);
      return;
    }
    if (open.taggedBlock) this.blockTags.pop();
    control.end = Math.max(control.start, this.paragraphs.length - 1);
    const texts: string[] = [];
    for (let i = control.start; i < this.paragraphs.length; i++) texts.push(this.paragraphs[i].text);
    control.text = texts.join("\n");
  }

  /** The chunk a w:altChunk names, its paragraphs and controls put where the w:altChunk stands. */
  private insertChunk(element: XmlElement): void {
    const id = attr(element, R_NS, "id");
    const offset = this.paragraphs.length;
    const chunk = id === undefined || this.readChunk === undefined ? null : this.readChunk(id, offset);
    if (chunk === null) return;
    const inTable = this.tableDepth > 0;
    const parentTag = this.openControls[this.openControls.length - 1]?.control.tag ?? null;
    for (const paragraph of chunk.paragraphs) {
      this.paragraphs.push({
        ...paragraph,
        index: offset + paragraph.index,
        inTable: inTable || paragraph.inTable,
        contentControlTags: this.blockTags.length === 0 ? paragraph.contentControlTags : [...this.blockTags, ...paragraph.contentControlTags],
      });
    }
    for (const control of chunk.contentControls) {
      this.controls.push({
        ...control,
        start: offset + control.start,
        end: offset + control.end,
        parentTag: control.parentTag ?? parentTag,
      });
    }
  }

  /** A comment's range start or end, or its reference: where the story's text is now. */
  private marker(element: XmlElement): void {
    const id = attr(element, W_NS, "id") ?? "";
    let anchor = this.anchors.get(id);
    if (anchor === undefined) this.anchors.set(id, (anchor = {}));
    switch (element.local) {
      case "commentRangeStart":
        anchor.start = this.position(true);
        break;
      case "commentRangeEnd":
        anchor.end = this.position(false);
        break;
      default:
        anchor.reference = this.position(true);
    }
  }

  /**
   * Where the story's text is now. Between paragraphs a range start belongs to the next paragraph
   * and a range end to the previous one.
   */
  private position(isStart: boolean): TextPosition {
    const open = this.current;
    if (open !== null) return { paragraph: open.index, offset: open.text.length };
    if (isStart || this.paragraphs.length === 0) return { paragraph: this.paragraphs.length, offset: 0 };
    const last = this.paragraphs[this.paragraphs.length - 1];
    return { paragraph: last.index, offset: last.text.length };
  }
}

/**
 * Reads each `local` element of a part (w:comment in comments.xml, w:footnote in footnotes.xml,
 * the w:hdr root of a header …) as a story of its own, and hands each over with its element.
 */
export function readStories(
  xml: string,
  part: string,
  formatting: Formatting,
  local: string,
  onStory: (element: XmlElement, story: Story) => void,
): void {
  let reader: StoryReader | null = null;
  let storyElement: XmlElement | null = null;
  // Depth inside the current story element, so its own end tag is told from nested ones.
  let depth = 0;
  parseXml(xml, part, {
    open(element: XmlElement) {
      if (reader !== null) {
        depth++;
        reader.open(element);
      } else if (element.uri === W_NS && element.local === local) {
        reader = new StoryReader(formatting);
        storyElement = element;
      }
    },
    close(element: XmlElement) {
      if (reader === null) return;
      if (depth > 0) {
        depth--;
        reader.close(element);
        return;
      }
      onStory(storyElement ?? element, reader.finish());
      reader = null;
      storyElement = null;
    },
    text(text: string) {
      reader?.text(text);
    },
  });
}

function strictOoxml(): DocxError {
  return new DocxError(
    "strict-ooxml",
    'saved as "Strict Open XML", which this tool cannot read; open it in Word and save it as a normal Word document (.docx, not "Strict Open XML"), then try again',
  );
}
