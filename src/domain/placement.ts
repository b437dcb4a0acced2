// Where a block goes when it is inserted "at its place in the nota": computed from the snapshot the
// drafter is looking at, so hand-written sections count as much as the add-in's own blocks.
import { blockIdFromTag } from "./rendered";
import type { DetectedSection, SectionDefinition } from "./sections";
import type { ContentControlSnapshot, DocumentSnapshot } from "./snapshot";

/**
 * A paragraph as the snapshot saw it: its index, its text and the document's paragraph count. The Word
 * adapter acts on it only when both still match (the drafter may have edited since), never by guessing.
 */
export interface ParagraphRef {
  paragraph: number;
  text: string;
  paragraphCount: number;
}

export function paragraphRef(snapshot: Pick<DocumentSnapshot, "paragraphs">, paragraph: number): ParagraphRef {
  return { paragraph, text: snapshot.paragraphs[paragraph]?.text ?? "", paragraphCount: snapshot.paragraphs.length };
}

export interface ParagraphAnchor extends ParagraphRef {
  where: "before" | "after";
  /**
   * The outermost block of the add-in (`nota:<id>`) around the anchor paragraph: the block goes before
   * or after that whole control, so it is never nested in another block nor splits one.
   */
  control: { tag: string; occurrence: number } | null;
}

/**
 * The insertion point of block `blockId`: right after the nearest preceding section that is present
 * (before a following section that starts inside it, such as a sub-section), else right before the
 * nearest following section. Null means the document's start: when the document has no section at
 * all, or when the block belongs before a table that opens the document.
 */
export function insertionAnchor(
  blockId: string,
  catalogue: readonly SectionDefinition[],
  sections: readonly DetectedSection[],
  snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls">,
): ParagraphAnchor | null {
  const order = new Map(catalogue.map((def) => [def.id, def.order]));
  const target = order.get(blockId);
  if (target === undefined) throw new Error(`Unknown section '${blockId}'`);
  let prev: DetectedSection | null = null;
  let next: DetectedSection | null = null;
  const seen = new Set<string>();
  for (const section of sections) {
    const rank = order.get(section.id);
    if (rank === undefined || rank === target || seen.has(section.id)) continue;
    seen.add(section.id);
    if (rank < target && (prev === null || rank > (order.get(prev.id) ?? -1))) prev = section;
    if (rank > target && (next === null || rank < (order.get(next.id) ?? Infinity))) next = section;
  }
  const point =
    prev && next && next.start > prev.start && next.start <= prev.end
      ? { where: "before" as const, paragraph: next.start }
      : prev
        ? { where: "after" as const, paragraph: prev.end }
        : next
          ? { where: "before" as const, paragraph: next.start }
          : null;
  return point ? outsideTables(point, snapshot) : null;
}

/** New paragraphs before or after a table paragraph would land in its cell: step out of the table. */
function outsideTables(
  point: { where: "before" | "after"; paragraph: number },
  snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls">,
): ParagraphAnchor | null {
  const { paragraphs } = snapshot;
  let { where, paragraph } = point;
  if (paragraphs[paragraph]?.inTable) {
    if (where === "after") {
      while (paragraph < paragraphs.length && paragraphs[paragraph].inTable) paragraph++;
      where = "before";
    } else {
      while (paragraph >= 0 && paragraphs[paragraph].inTable) paragraph--;
      where = "after";
    }
    // Word always ends a document with a paragraph, so only the backward step can run off: to the start.
    if (paragraph < 0 || paragraph >= paragraphs.length) return null;
  }
  return { where, ...paragraphRef(snapshot, paragraph), control: outermostControl(snapshot.contentControls, paragraph) };
}

/** The outermost of the add-in's block controls around `paragraph`, with its occurrence among controls of its tag; null when none. */
export function outermostControl(controls: readonly ContentControlSnapshot[], paragraph: number): ParagraphAnchor["control"] {
  let outer: ContentControlSnapshot | null = null;
  for (const control of controls) {
    // Only the add-in's blocks: a template's own controls (a wrapper around the whole body, say) are not anchors.
    if (control.kind !== "block" || blockIdFromTag(control.tag) === null || control.start > paragraph || control.end < paragraph) continue;
    if (outer === null || control.start < outer.start || (control.start === outer.start && control.end > outer.end)) outer = control;
  }
  if (outer === null) return null;
  const found = outer;
  const occurrence = controls.filter((control) => control.tag === found.tag && control.kind === "block").indexOf(found);
  return { tag: found.tag, occurrence };
}
