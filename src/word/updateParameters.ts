// Sets every parameter control `nota:param:<name>` to its new value: one read of the current values,
// then one batch writing only the controls whose text differs. Nothing outside those controls is touched.
import { paramTag } from "../domain/rendered";
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";

export async function updateParameters(
  context: Word.RequestContext,
  features: WordFeatures,
  values: Record<string, string>,
): Promise<number> {
  const body = context.document.body;
  const lookups = Object.entries(values).map(([name, value]) => {
    const controls = contentControlsIn(body, features).getByTag(paramTag(name));
    controls.load("items/text");
    return { value, controls };
  });
  await context.sync();

  let changed = 0;
  for (const { value, controls } of lookups) {
    for (const control of controls.items) {
      if (control.text === value) continue;
      control.insertText(value, "Replace");
      changed += 1;
    }
  }
  if (changed > 0) await context.sync();
  return changed;
}
