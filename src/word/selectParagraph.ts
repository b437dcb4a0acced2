// Selects (and so scrolls to) a paragraph the snapshot saw, such as a heading the drafter wrote by hand.
// Round trips: 2 to check that the paragraph is still the one read (count, text), 1 to select.
import type { ParagraphRef } from "../domain/placement";
import type { WordFeatures } from "./capabilities";
import { queueText } from "./paragraphText";

export async function selectParagraph(context: Word.RequestContext, features: WordFeatures, ref: ParagraphRef): Promise<boolean> {
  const paragraphs = context.document.body.paragraphs;
  // Only the items are needed: "$none" loads no property of the 10,000 paragraphs.
  paragraphs.load("$none");
  await context.sync();
  const paragraph = paragraphs.items[ref.paragraph];
  if (paragraphs.items.length !== ref.paragraphCount || paragraph === undefined) return false;
  const readText = queueText(paragraph, features);
  await context.sync();
  if (readText() !== ref.text) return false;
  paragraph.select();
  await context.sync();
  return true;
}
