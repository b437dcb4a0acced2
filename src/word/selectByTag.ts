// Selects (and so scrolls to) the first content control with a tag.
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";

export async function selectByTag(context: Word.RequestContext, features: WordFeatures, tag: string): Promise<boolean> {
  const control = contentControlsIn(context.document.body, features).getByTag(tag).getFirstOrNullObject();
  control.load("id");
  await context.sync();
  if (control.isNullObject) return false;
  control.select();
  await context.sync();
  return true;
}
