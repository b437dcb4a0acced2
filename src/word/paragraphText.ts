// The text of a paragraph or range as the snapshot wants it: after accepting tracked changes.
import type { WordFeatures } from "./capabilities";

interface HasText {
  text: string;
  load(propertyNames: string): unknown;
  getReviewedText(changeTrackingVersion: "Current"): OfficeExtension.ClientResult<string>;
}

/**
 * Queues a read of `target`'s text and returns its reader (call after the next sync).
 * `text` includes tracked deletions (OfficeDev/office-js#1267), so from WordApi 1.4 the text comes from
 * `getReviewedText("Current")`; before 1.4 there is no way to leave deletions out.
 */
export function queueText(target: HasText, features: WordFeatures): () => string {
  if (features.reviewedText) {
    const reviewed = target.getReviewedText("Current");
    return () => withoutParagraphMark(reviewed.value);
  }
  target.load("text");
  return () => target.text;
}

// Defensive: the reviewed text of a whole paragraph may end with its paragraph mark; `text` never does.
function withoutParagraphMark(text: string): string {
  return text.replace(/\r\n?$|\n$/, "");
}
