// Reads the open document into a DocumentSnapshot in at most three round trips, whatever its length:
//   1. paragraphs' formatting, all content controls, comments (1.4), state parts (1.4);
//   2. per paragraph: text (reviewed text from 1.4), innermost content control, list level;
//      per control: parent control and, for inline controls, their text and the paragraph holding them
//      (block controls' spans and text follow from the paragraphs); per comment: anchor paragraph and
//      quoted text; the first state part's XML (more than one part is reported as a conflict);
//   3. only when an anchor's text occurs in several paragraphs: range comparisons (locateParagraphs).
// Payload grows with the document; the number of syncs does not.
import type {
  CommentSnapshot,
  ContentControlSnapshot,
  DocumentSnapshot,
  ParagraphSnapshot,
  StoredStatePart,
} from "../domain/snapshot";
import { STATE_NAMESPACE } from "../domain/snapshot";
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";
import { locateParagraphs, type ParagraphProbe } from "./locateParagraphs";
import { queueText } from "./paragraphText";
import { conflictingStateParts } from "../domain/storedState";
import { parseStatePart } from "./storedState";

const PARAGRAPH_FIELDS =
  "items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/font/bold";
const CONTROL_FIELDS = "items/id,items/tag,items/title,items/subtype";
const COMMENT_FIELDS = "items/authorName,items/creationDate,items/content,items/resolved";

// Subtypes (WordApi 1.3) of controls that span whole paragraphs; any other control is located as inline.
const BLOCK_SUBTYPES = new Set<string>([
  "RichTextParagraphs",
  "RichTextTableCell",
  "RichTextTableRow",
  "RichTextTable",
  "PlainTextParagraph",
]);

const HEADING_STYLE = /^Heading([1-9])$/;

export async function readSnapshot(context: Word.RequestContext, features: WordFeatures): Promise<DocumentSnapshot> {
  const document = context.document;
  const body = document.body;

  const paragraphs = body.paragraphs;
  paragraphs.load(features.reviewedText ? PARAGRAPH_FIELDS : `${PARAGRAPH_FIELDS},items/text`);
  const controls = contentControlsIn(body, features);
  controls.load(CONTROL_FIELDS);
  const comments = features.comments ? body.getComments() : null;
  comments?.load(COMMENT_FIELDS);
  const parts = features.customXmlParts ? document.customXmlParts.getByNamespace(STATE_NAMESPACE) : null;
  parts?.load("items/id");
  await context.sync();

  const paragraphItems = paragraphs.items;
  const controlItems = controls.items;
  const textReaders = paragraphItems.map((paragraph) => queueText(paragraph, features));
  // Without any control no paragraph can be inside one: skip n useless loads.
  const innermost =
    controlItems.length > 0
      ? paragraphItems.map((paragraph) => paragraph.parentContentControlOrNullObject.load("id"))
      : null;
  const listItems = paragraphItems.map((paragraph) =>
    paragraph.isListItem ? paragraph.listItemOrNullObject.load("level") : null,
  );
  const parents = controlItems.map((control) => control.parentContentControlOrNullObject.load("id"));
  const inlineProbes = controlItems.map((control) =>
    BLOCK_SUBTYPES.has(control.subtype) ? null : probe(control.getRange("Whole"), features),
  );
  // Block controls' text follows from their paragraphs; only inline controls (parameter values) are read.
  const inlineTexts = controlItems.map((control, i) => (inlineProbes[i] ? queueText(control, features) : null));
  const commentReads = (comments?.items ?? []).map((comment) => {
    const range = comment.getRange();
    return { comment, quoted: queueText(range, features), anchor: probe(range, features) };
  });
  const xml = parts?.items[0]?.getXml() ?? null;
  await context.sync();

  const texts = textReaders.map((read) => read());
  const placed = [...inlineProbes, ...commentReads.map((read) => read.anchor)].filter(
    (item): item is ParagraphProbe => item !== null,
  );
  const located = locateParagraphs(paragraphItems, texts, placed);
  if (located.needsSync) await context.sync();
  const found = located.indexes();
  const locationOf = new Map(placed.map((item, i) => [item, found[i]]));

  // Control graph: id → tag and parent id, from which each paragraph's chain of controls follows.
  const tagById = new Map<number, string>();
  const parentById = new Map<number, number>();
  controlItems.forEach((control, i) => {
    tagById.set(control.id, control.tag);
    if (!parents[i].isNullObject) parentById.set(control.id, parents[i].id);
  });
  const spans = new Map<number, { start: number; end: number }>();

  const paragraphSnapshots = paragraphItems.map((paragraph, index): ParagraphSnapshot => {
    const inner = innermost?.[index];
    const chain = inner && !inner.isNullObject ? controlChain(inner.id, tagById, parentById) : [];
    for (const id of chain) {
      const span = spans.get(id);
      if (span) span.end = index;
      else spans.set(id, { start: index, end: index });
    }
    const listItem = listItems[index];
    return {
      index,
      text: texts[index],
      styleId: null,
      styleName: paragraph.style || null,
      headingLevel: headingLevel(paragraph.styleBuiltIn, paragraph.outlineLevel),
      listLevel: listItem && !listItem.isNullObject ? listItem.level : null,
      inTable: paragraph.tableNestingLevel > 0,
      bold: paragraph.font.bold === true,
      contentControlTags: chain.map((id) => tagById.get(id) ?? ""),
    };
  });

  const controlSnapshots: ContentControlSnapshot[] = [];
  controlItems.forEach((control, i) => {
    const inlineProbe = inlineProbes[i];
    const inlineAt = inlineProbe ? locationOf.get(inlineProbe) : null;
    const span = spans.get(control.id) ?? (inlineAt != null ? { start: inlineAt, end: inlineAt } : null);
    // A control that cannot be placed in the body (Word answered inconsistently) is left out.
    if (span === null) return;
    const parentId = parentById.get(control.id);
    const block = spans.has(control.id);
    controlSnapshots.push({
      tag: control.tag,
      title: control.title,
      start: span.start,
      end: span.end,
      parentTag: parentId === undefined ? null : (tagById.get(parentId) ?? null),
      text: block ? texts.slice(span.start, span.end + 1).join("\n") : (inlineTexts[i]?.() ?? ""),
      kind: block ? "block" : "inline",
    });
  });

  const commentSnapshots: CommentSnapshot[] | null = comments
    ? commentReads.map(({ comment, quoted, anchor }) => ({
        author: comment.authorName,
        date: isoDate(comment.creationDate),
        text: comment.content,
        resolved: comment.resolved === true,
        paragraph: locationOf.get(anchor) ?? null,
        quotedText: quoted(),
      }))
    : null;

  return {
    source: "word",
    paragraphs: paragraphSnapshots,
    contentControls: controlSnapshots,
    comments: commentSnapshots,
    state: storedState(parts, xml),
    warnings: [],
  };
}

function probe(range: Word.Range, features: WordFeatures): ParagraphProbe {
  const paragraph = range.paragraphs.getFirst();
  return { paragraph, text: queueText(paragraph, features) };
}

/** Ids of the controls containing a paragraph, outermost first, starting from the innermost. */
function controlChain(innermostId: number, tagById: Map<number, string>, parentById: Map<number, number>): number[] {
  const chain: number[] = [];
  // Only listed controls can be named; the bound guards against a cyclic answer.
  for (let id: number | undefined = innermostId; id !== undefined && tagById.has(id); id = parentById.get(id)) {
    if (chain.length > tagById.size) break;
    chain.unshift(id);
  }
  return chain;
}

function headingLevel(styleBuiltIn: string, outlineLevel: number): number | null {
  const match = HEADING_STYLE.exec(styleBuiltIn);
  if (match) return Number(match[1]);
  // Outline levels 1–9 mark headings; body text reports 10 (Word's wdOutlineLevelBodyText).
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : null;
}

function isoDate(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function storedState(
  parts: Word.CustomXmlPartScopedCollection | null,
  xml: OfficeExtension.ClientResult<string> | null,
): StoredStatePart {
  if (parts === null) {
    return { status: "unavailable", reason: "custom XML parts need WordApi 1.4" };
  }
  if (xml === null) return { status: "absent" };
  return parts.items.length > 1 ? conflictingStateParts(parts.items.length, xml.value) : parseStatePart(xml.value);
}
