// Inserts a rendered block as one rich-text content control tagged `nota:<id>`, in new paragraphs only
// (before or after whole paragraphs or controls), so the drafter's text is never replaced or split.
//
// A block's table (the parafenroute's, issue 10) goes in at the end of its control in the content batch.
// Round trips: finding the place (nota order: 2 to check the anchor; cursor: 1, or 2 when the cursor is
// inside a content control or table), the shell (1), the content (1).
// All or nothing: office-js batches are not transactions (earlier commands of a failed batch stay
// applied), so the block is built in two batches under a unique pending marker, used both as the new
// control's tag and as the first paragraph's text until the content replaces it. On any failure a
// fresh query (no proxies from the failed batch) finds what carries the marker and deletes it:
// the control with its content, or a lone marker paragraph if the control was never created.
// Several blocks (the company paragraphs) go in the same two batches, one after the other, each with its
// own marker, optionally after a plain heading; the new controls' ids are read with the shell, so a
// clean-up also finds those whose final tag was already set, and the heading gets its text last.
import type { RenderedBlock, RenderedParagraph } from "../domain/rendered";
import { blockIdFromTag, paramTag } from "../domain/rendered";
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";
import { describeCause, WordOperationError } from "./errors";
import { queueText } from "./paragraphText";
import type { InsertPosition, LeadingHeading } from "./port";

const HEADING_STYLES = [
  "Heading1",
  "Heading2",
  "Heading3",
  "Heading4",
  "Heading5",
  "Heading6",
  "Heading7",
  "Heading8",
  "Heading9",
] as const;

type NewParagraph = (text: string) => Word.Paragraph;

export async function insertBlock(
  context: Word.RequestContext,
  features: WordFeatures,
  block: RenderedBlock,
  position: InsertPosition,
): Promise<void> {
  return insertBlocks(context, features, [block], position);
}

/**
 * Inserts `blocks` one after the other at `position`, each as its own tagged control, optionally after
 * a plain `heading`; all or nothing, in the same round trips as one block (each block and the heading
 * carry their own pending marker; the heading gets its text last, so a failure leaves its marker).
 */
export async function insertBlocks(
  context: Word.RequestContext,
  features: WordFeatures,
  blocks: readonly RenderedBlock[],
  position: InsertPosition,
  heading: LeadingHeading | null = null,
): Promise<void> {
  if (blocks.length === 0) return;
  const markers = blocks.map(() => pendingMarker());
  const headingMarker = heading ? pendingMarker() : null;
  // Nothing is changed until the anchor is found: a failure here needs no undo.
  const insertAtAnchor = await findAnchor(context, features, position);
  const all = headingMarker ? [...markers, headingMarker] : markers;
  const needIds = blocks.length > 1 || heading !== null;
  const firsts: Word.Paragraph[] = [];
  const controls: Word.ContentControl[] = [];
  let headingParagraph: Word.Paragraph | null = null;
  try {
    let previous: Word.Paragraph | Word.ContentControl | null = null;
    if (heading && headingMarker) {
      headingParagraph = insertAtAnchor(headingMarker);
      previous = headingParagraph;
    }
    blocks.forEach((block, i) => {
      const first: Word.Paragraph = previous === null ? insertAtAnchor(markers[i]) : previous.insertParagraph(markers[i], "After");
      const control = first.insertContentControl();
      control.tag = markers[i];
      control.title = block.title;
      // With several blocks or a heading, its id: a clean-up can then find it once it carries its final
      // tag (a failure may come after a tag was set, between two tags or at the heading).
      if (needIds) control.load("id");
      firsts.push(first);
      controls.push(control);
      previous = control;
    });
    await context.sync();
  } catch (cause) {
    return undoInsertion(context, features, all, [], cause);
  }
  const ids = needIds ? controls.map((control) => control.id) : [];
  try {
    blocks.forEach((block, i) => {
      fillBlock(firsts[i], controls[i], block, features);
      controls[i].tag = block.tag;
    });
    // Last: until here the heading paragraph still carries its marker text.
    if (heading && headingParagraph) {
      headingParagraph.detachFromList();
      headingParagraph.styleBuiltIn = headingStyle(heading.level);
      headingParagraph.insertText(heading.text, "Replace");
    }
    await context.sync();
  } catch (cause) {
    return undoInsertion(context, features, all, ids, cause);
  }
}

/**
 * For the cursor, see `afterCursor`. For the nota order: two syncs to check that the document still is
 * the one the anchor was computed on (paragraph count, the anchor paragraph's text) and to find the
 * block control around it.
 */
async function findAnchor(context: Word.RequestContext, features: WordFeatures, position: InsertPosition): Promise<NewParagraph> {
  const document = context.document;
  if (position.kind === "cursor") return afterCursor(context, features);
  if (position.kind === "end") return (text) => document.body.insertParagraph(text, "End");
  const anchor = position.anchor;
  if (anchor === null) return (text) => document.body.insertParagraph(text, "Start");
  const paragraphs = document.body.paragraphs;
  // Only the items are needed (their count, the anchor paragraph): "$none" selects no property, as in
  // Microsoft's own Word samples (Word.List reference), so 10,000 paragraphs cost no per-item payload.
  paragraphs.load("$none");
  const controls = anchor.control ? contentControlsIn(document.body, features).getByTag(anchor.control.tag) : null;
  controls?.load("items/id");
  await context.sync();
  const paragraph = paragraphs.items[anchor.paragraph];
  if (paragraphs.items.length !== anchor.paragraphCount || paragraph === undefined) throw documentChanged();
  const readText = queueText(paragraph, features);
  await context.sync();
  if (readText() !== anchor.text) throw documentChanged();
  const where = anchor.where === "before" ? "Before" : "After";
  const control = anchor.control && controls ? controls.items[anchor.control.occurrence] : undefined;
  if (anchor.control && control === undefined) throw documentChanged();
  const target = control ?? paragraph;
  return (text) => target.insertParagraph(text, where);
}

/** After the paragraph holding the selection's end, or after the outermost control or table holding it. */
function afterCursor(context: Word.RequestContext, features: WordFeatures): Promise<NewParagraph> {
  return afterOutermostAround(context, features, context.document.getSelection().paragraphs.getLast());
}

/**
 * After `paragraph`, or, when it is inside one of the add-in's blocks or in a table, after the
 * outermost of them, so a block is never nested in another block nor put in a table cell. Other
 * controls (a template's wrapper around the body, say) are not left: that would move the block far
 * away. One sync when the paragraph is in no control and no table, else two, whatever the length:
 *   1. the paragraph's table nesting level and innermost control; all controls' ids and tags;
 *   2. the controls' parents (the chain of controls around the paragraph, as in readSnapshot), and
 *      the control holding the outermost table, reached by `tableNestingLevel - 1` parentTable
 *      steps (navigation, no round trip).
 */
async function afterOutermostAround(
  context: Word.RequestContext,
  features: WordFeatures,
  paragraph: Word.Paragraph,
): Promise<NewParagraph> {
  paragraph.load("tableNestingLevel");
  const innermost = paragraph.parentContentControlOrNullObject;
  innermost.load("id");
  const controls = contentControlsIn(context.document.body, features);
  controls.load("items/id,items/tag");
  await context.sync();

  const tableLevels = paragraph.tableNestingLevel;
  const inControl = !innermost.isNullObject;
  if (!inControl && tableLevels === 0) return (text) => paragraph.insertParagraph(text, "After");

  let outerTable: Word.Table | null = null;
  if (tableLevels > 0) {
    outerTable = paragraph.parentTable;
    for (let level = 1; level < tableLevels; level++) outerTable = outerTable.parentTable;
  }
  const tableHolder = outerTable && inControl ? outerTable.parentContentControlOrNullObject : null;
  tableHolder?.load("id");
  const parents = inControl ? controls.items.map((control) => control.parentContentControlOrNullObject.load("id")) : [];
  await context.sync();

  const parentById = new Map<number, number>();
  parents.forEach((parent, i) => {
    if (!parent.isNullObject) parentById.set(controls.items[i].id, parent.id);
  });
  const chain = inControl ? controlChain(innermost.id, parentById, controls.items.length) : [];
  const blockIds = new Set(controls.items.filter((control) => blockIdFromTag(control.tag) !== null).map((control) => control.id));
  const outerBlockId = chain.filter((id) => blockIds.has(id)).pop();
  const outerBlock = controls.items.find((control) => control.id === outerBlockId) ?? null;
  // Both hold the paragraph, so one holds the other: the table is inside the block when the block is
  // among the controls around the table.
  const tableInBlock =
    outerBlockId !== undefined && tableHolder !== null && !tableHolder.isNullObject
      ? controlChain(tableHolder.id, parentById, controls.items.length).includes(outerBlockId)
      : false;
  const target = outerTable && !tableInBlock ? outerTable : (outerBlock ?? outerTable);
  if (target === null) return (text) => paragraph.insertParagraph(text, "After");
  return (text) => target.insertParagraph(text, "After");
}

/** Control ids from `id` outwards through the parent map; the bound guards against a cyclic answer. */
function controlChain(id: number, parentById: Map<number, number>, bound: number): number[] {
  const chain = [id];
  for (let parent = parentById.get(id); parent !== undefined && chain.length <= bound; parent = parentById.get(parent)) {
    chain.push(parent);
  }
  return chain;
}

function documentChanged(): WordOperationError {
  return new WordOperationError("document-changed", "The document changed since it was read; nothing was inserted");
}

function fillBlock(
  first: Word.Paragraph,
  control: Word.ContentControl,
  block: RenderedBlock,
  features: WordFeatures,
): void {
  const bulletLevels = [...new Set(block.paragraphs.filter((p) => p.kind === "bullet").map((p) => p.listLevel))];
  let list: Word.List | null = null;
  block.paragraphs.forEach((rendered, index) => {
    const paragraph =
      index === 0
        ? first
        : rendered.kind === "bullet" && list !== null
          ? list.insertParagraph("", "End")
          : control.insertParagraph("", "End");
    fillText(paragraph, rendered, index === 0, features);
    if (rendered.kind === "bullet") {
      if (list === null) {
        // A new paragraph copies the list membership of the one before it; startNewList fails on list items.
        paragraph.detachFromList();
        paragraph.styleBuiltIn = "ListParagraph";
        const started = paragraph.startNewList();
        bulletLevels.forEach((level) => started.setLevelBullet(level, "Solid"));
        list = started;
      }
      paragraph.listItem.level = rendered.listLevel;
    } else {
      list = null;
      paragraph.detachFromList();
      paragraph.styleBuiltIn = rendered.kind === "heading" ? headingStyle(block.headingLevel) : "Normal";
    }
  });
  // Last, at the control's end: the cells' text goes in with the table (values), so no extra command per cell.
  if (block.table && block.table.rows.length > 0) {
    const rows = block.table.rows;
    control.insertTable(rows.length, Math.max(...rows.map((row) => row.length)), "End", rows);
  }
}

/** Writes all text first, then wraps the parameter ranges, so no later text lands inside a control. */
function fillText(paragraph: Word.Paragraph, rendered: RenderedParagraph, replacesMarker: boolean, features: WordFeatures): void {
  if (rendered.segments.length === 0) {
    if (replacesMarker) paragraph.insertText("", "Replace");
    return;
  }
  const ranges = rendered.segments.map((segment, i) =>
    paragraph.insertText(segment.text, replacesMarker && i === 0 ? "Replace" : "End"),
  );
  rendered.segments.forEach((segment, i) => {
    if (segment.kind !== "param") return;
    // Plain-text controls exist from WordApi 1.5; before that the only kind is rich text.
    const parameter = features.plainTextControls
      ? ranges[i].insertContentControl("PlainText")
      : ranges[i].insertContentControl();
    parameter.tag = paramTag(segment.name);
    parameter.title = segment.name;
  });
}

function headingStyle(level: number): (typeof HEADING_STYLES)[number] {
  return HEADING_STYLES[Math.min(Math.max(Math.trunc(level), 1), 9) - 1];
}

/**
 * Removes what a failed insertion left: the controls and paragraphs carrying `markers`, and the new
 * controls `createdIds` (known once the shell was built) that already carry their final tag.
 */
async function undoInsertion(
  context: Word.RequestContext,
  features: WordFeatures,
  markers: readonly string[],
  createdIds: readonly number[],
  cause: unknown,
): Promise<never> {
  try {
    const body = context.document.body;
    const found = markers.map((marker) => ({
      pending: contentControlsIn(body, features).getByTag(marker).load("id"),
      strays: body.search(marker, { matchCase: true }).load("text"),
    }));
    // Only when some tag may be final already (several blocks, or a heading): one query of all controls' ids.
    const all = createdIds.length > 0 ? contentControlsIn(body, features).load("items/id") : null;
    await context.sync();
    const deleted = new Set<number>();
    const remove = (control: Word.ContentControl) => {
      if (deleted.has(control.id)) return;
      deleted.add(control.id);
      control.delete(false);
    };
    // The control holds the marker paragraph; a lone marker paragraph means the control never came.
    for (const { pending, strays } of found) {
      if (pending.items.length > 0) pending.items.forEach(remove);
      else strays.items.forEach((range) => range.paragraphs.getFirst().delete());
    }
    all?.items.filter((control) => createdIds.includes(control.id)).forEach(remove);
    await context.sync();
  } catch (cleanupFailure) {
    throw new WordOperationError(
      "insert-incomplete",
      `Word rejected the insertion (${describeCause(cause)}) and the partial block could not be removed (${describeCause(cleanupFailure)})`,
      { cause },
    );
  }
  throw new WordOperationError("insert-rejected", `Word rejected the insertion: ${describeCause(cause)}`, { cause });
}

/** Unique text that no drafter types: the pending control's tag and placeholder text. */
function pendingMarker(): string {
  return `nota-assistent-pending-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
