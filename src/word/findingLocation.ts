// Selecting and commenting a finding's location (issue 9: "Ga naar", "Plaats opmerking").
// Round trips, whatever the document's length:
//   1. the body's paragraphs (items only): is the paragraph count still the snapshot's?
//   2. that paragraph's text (still the snapshot's? `locationHolds`) and, queued in the same batch on
//      the snapshot's word, the searches that reach the matched text (src/word/searchPlan.ts);
//   3. select the text (or the paragraph), or add the comment there.
// The searches are queued before the text is known to hold; their results are used only when it does.
import type { FindingLocation } from "../domain/findings";
import { locationHolds } from "../domain/findings";
import type { WordFeatures } from "./capabilities";
import { WordOperationError } from "./errors";
import { queueText } from "./paragraphText";
import { planSearch, type SearchPlan } from "./searchPlan";

/**
 * What a location operation reached: the matched text; the whole paragraph (the location has no match,
 * such as the heading of the section where a phrase was expected, or Word's search could not reach the
 * match); or nothing, because the document changed since the snapshot (re-read it).
 */
export type LocationOutcome = "text" | "paragraph" | "changed";

interface Reached {
  paragraph: Word.Paragraph;
  /** The matched text; null when only the paragraph is reached. */
  range: Word.Range | null;
}

/** Selects (and so scrolls to) the location's matched text, or its paragraph; 3 round trips. */
export async function selectLocation(context: Word.RequestContext, features: WordFeatures, location: FindingLocation): Promise<LocationOutcome> {
  const reached = await reach(context, features, location);
  if (reached === null) return "changed";
  if (reached.range) reached.range.select();
  else reached.paragraph.select();
  await context.sync();
  return reached.range ? "text" : "paragraph";
}

/**
 * Adds a Word comment holding `content` on the location's matched text, or its paragraph; 3 round trips.
 * Word sets the author (the signed-in user). Throws WordOperationError `comments-unavailable` below
 * WordApi 1.4 (comments need `Range.insertComment`), before touching the document.
 */
export async function addComment(
  context: Word.RequestContext,
  features: WordFeatures,
  location: FindingLocation,
  content: string,
): Promise<LocationOutcome> {
  if (!features.comments) throw new WordOperationError("comments-unavailable", "Comments need WordApi 1.4");
  const reached = await reach(context, features, location);
  if (reached === null) return "changed";
  // "Content": the paragraph without its mark, as a reader selects a paragraph to comment on it.
  (reached.range ?? reached.paragraph.getRange("Content")).insertComment(content);
  await context.sync();
  return reached.range ? "text" : "paragraph";
}

async function reach(context: Word.RequestContext, features: WordFeatures, location: FindingLocation): Promise<Reached | null> {
  const paragraphs = context.document.body.paragraphs;
  // Only the items are needed: "$none" loads no property of the 10,000 paragraphs.
  paragraphs.load("$none");
  await context.sync();
  const index = location.paragraph.paragraph;
  const paragraph = paragraphs.items[index];
  if (paragraph === undefined) return null;

  const readText = queueText(paragraph, features);
  const plan = searchPlanFor(location);
  const searches = (plan?.pieces ?? []).map((piece) => {
    const hits = paragraph.search(piece.text, { matchCase: true });
    // The hits' own text: a few short strings, and a plain property every Word host loads.
    hits.load("text");
    return hits;
  });
  await context.sync();
  const now = { paragraph: index, paragraphCount: paragraphs.items.length, text: readText() };
  if (!locationHolds(location, now)) return null;
  if (plan === null) return { paragraph, range: null };

  // Word must list exactly the hits the snapshot's text has; otherwise it sees other text (a field
  // result, a tracked deletion) and the n-th hit may be another place: fall back to the paragraph.
  const ranges = plan.pieces.map((piece, i) => (searches[i].items.length === piece.hits ? searches[i].items[piece.hit] : undefined));
  if (ranges.some((range) => range === undefined)) return { paragraph, range: null };
  const [first, last] = ranges as Word.Range[];
  return { paragraph, range: last ? first.expandTo(last) : first };
}

/** The plan for the location's match; null without a match or when it is out of step with the paragraph. */
function searchPlanFor(location: FindingLocation): SearchPlan | null {
  const match = location.match;
  if (match === null) return null;
  const text = location.paragraph.text;
  if (match.start < 0 || match.end > text.length || match.end <= match.start || text.slice(match.start, match.end) !== match.text) return null;
  return planSearch(text, match.start, match.end);
}
