// The Word operations the task pane may use. Components receive an implementation through
// props/context: the real one (src/word/officeWord.ts) in Word, a fake in UI tests.
import type { DocumentSnapshot } from "../domain/snapshot";
import type { RenderedBlock } from "../domain/rendered";

export interface HostCapabilities {
  /** WordApi 1.4: comments and custom XML parts. */
  comments: boolean;
  customXmlParts: boolean;
}

export type InsertPosition =
  /**
   * After the last control (in document order) tagged with one of `afterTags`, else before the first
   * tagged with one of `beforeTags`, else at the document's start.
   */
  | { kind: "nota-order"; afterTags: string[]; beforeTags: string[] }
  /** At the drafter's cursor: after the paragraph holding the selection's end. */
  | { kind: "cursor" };

export interface WordPort {
  capabilities(): HostCapabilities;
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Inserts the block as one tagged content control; all or nothing. */
  insertBlock(block: RenderedBlock, position: InsertPosition): Promise<void>;
  /** Sets every `nota:param:<name>` control to its new value; returns how many were changed. */
  updateParameters(values: Record<string, string>): Promise<number>;
  /** Selects (and scrolls to) the first content control with this tag; false when absent. */
  selectByTag(tag: string): Promise<boolean>;
}
