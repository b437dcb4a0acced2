// Sets every parameter control `nota:param:<name>` to its new value: one read of the current values,
// then one batch writing only the controls whose text differs. Nothing outside those controls is touched.
//
// Round trips: 2 (1 when nothing changes); 4 when Word rejects the write.
// All or nothing: office-js batches are not transactions (the commands before a rejected one stay
// applied), so when the write batch fails a fresh query (no proxies from the failed batch) reads the
// written controls again by tag and puts back the values read first, only where the text differs (an
// unneeded write would still be a revision under Track Changes). Then `update-failed`: the document is as
// before; `update-incomplete` when that restore fails too.
import { paramTag } from "../domain/rendered";
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";
import { describeCause, WordOperationError } from "./errors";

/** The controls of one parameter that the write batch changed: positions in the tag query, old texts. */
interface Written {
  name: string;
  /** How many controls carried the tag when read; the restore refuses to guess if that changed. */
  count: number;
  old: Map<number, string>;
}

export async function updateParameters(
  context: Word.RequestContext,
  features: WordFeatures,
  values: Record<string, string>,
): Promise<number> {
  const body = context.document.body;
  const lookups = Object.entries(values).map(([name, value]) => {
    const controls = contentControlsIn(body, features).getByTag(paramTag(name));
    controls.load("items/text");
    return { name, value, controls };
  });
  await context.sync();

  let changed = 0;
  const written: Written[] = [];
  for (const { name, value, controls } of lookups) {
    const old = new Map<number, string>();
    controls.items.forEach((control, index) => {
      if (control.text === value) return;
      old.set(index, control.text);
      control.insertText(value, "Replace");
    });
    if (old.size === 0) continue;
    written.push({ name, count: controls.items.length, old });
    changed += old.size;
  }
  if (changed === 0) return 0;
  try {
    await context.sync();
  } catch (cause) {
    return restoreOldValues(context, features, written, cause);
  }
  return changed;
}

async function restoreOldValues(
  context: Word.RequestContext,
  features: WordFeatures,
  written: Written[],
  cause: unknown,
): Promise<never> {
  try {
    const body = context.document.body;
    const fresh = written.map((parameter) => {
      const controls = contentControlsIn(body, features).getByTag(paramTag(parameter.name));
      controls.load("items/text");
      return { parameter, controls };
    });
    await context.sync();
    let rewrites = 0;
    for (const { parameter, controls } of fresh) {
      if (controls.items.length !== parameter.count) {
        throw new Error(`the controls of parameter ${parameter.name} changed in number`);
      }
      for (const [index, old] of parameter.old) {
        const control = controls.items[index];
        if (control.text === old) continue;
        control.insertText(old, "Replace");
        rewrites += 1;
      }
    }
    if (rewrites > 0) await context.sync();
  } catch (restoreFailure) {
    throw new WordOperationError(
      "update-incomplete",
      `Word rejected the update (${describeCause(cause)}) and the old values could not all be restored (${describeCause(restoreFailure)})`,
      { cause },
    );
  }
  throw new WordOperationError("update-failed", `Word rejected the update; the old values were restored: ${describeCause(cause)}`, {
    cause,
  });
}
