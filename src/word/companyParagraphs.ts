// Company paragraphs in Word (issue 11): refresh (Bijwerken) replaces the text of several
// `nota:company:<id>` controls in one batch; detach (Loskoppelen) removes a control and keeps its text.
// Inserting them is insertBlocks (insertBlock.ts). Two round trips each, whatever the document's length
// or the number of paragraphs refreshed: one to find the controls (a getByTag query per company, all
// in one batch) and read their text, one to write; a rejected refresh costs two more to put the old
// texts back.
import { normaliseCompanyText } from "../domain/companies";
import type { WordFeatures } from "./capabilities";
import { contentControlsIn } from "./controls";
import { describeCause, WordOperationError } from "./errors";
import type { CompanyRefresh } from "./port";

/**
 * Replaces the text of each control in `refreshes` (the first control with its tag) with its new text,
 * all in one batch. Before writing anything it checks that every control is still there and still shows
 * `expectedText`; otherwise it throws `document-changed` and changes nothing. When Word rejects the
 * write, a fresh query puts the old texts back (`update-failed`; `update-incomplete` when that fails
 * too). Returns how many were written.
 */
export async function refreshCompanyParagraphs(context: Word.RequestContext, features: WordFeatures, refreshes: readonly CompanyRefresh[]): Promise<number> {
  if (refreshes.length === 0) return 0;
  const body = context.document.body;
  const found = refreshes.map((refresh) => contentControlsIn(body, features).getByTag(refresh.tag).load("items/text"));
  await context.sync();
  const controls = found.map((collection, i) => {
    const control = collection.items[0];
    if (control === undefined || normaliseCompanyText(control.text) !== normaliseCompanyText(refreshes[i].expectedText)) {
      throw new WordOperationError("document-changed", `The paragraph ${refreshes[i].tag} changed or is gone since the document was read; nothing was refreshed`);
    }
    return control;
  });
  const oldTexts = controls.map((control) => control.text);
  try {
    // Replacing the control's content keeps the control, its tag and the paragraph's formatting.
    controls.forEach((control, i) => control.insertText(refreshes[i].text, "Replace"));
    await context.sync();
  } catch (cause) {
    try {
      const again = refreshes.map((refresh) => contentControlsIn(body, features).getByTag(refresh.tag).load("items/id"));
      await context.sync();
      again.forEach((collection, i) => collection.items[0]?.insertText(oldTexts[i], "Replace"));
      await context.sync();
    } catch (restoreFailure) {
      throw new WordOperationError("update-incomplete", `Word rejected the refresh (${describeCause(cause)}) and the old texts could not be put back (${describeCause(restoreFailure)})`, { cause });
    }
    throw new WordOperationError("update-failed", `Word rejected the refresh: ${describeCause(cause)}`, { cause });
  }
  return controls.length;
}

/**
 * Removes the first control tagged `tag`, keeping its text as plain text in the document. False when
 * there is no such control (already detached, or deleted by the drafter).
 */
export async function detachCompanyParagraph(context: Word.RequestContext, features: WordFeatures, tag: string): Promise<boolean> {
  const controls = contentControlsIn(context.document.body, features).getByTag(tag).load("items/id");
  await context.sync();
  const control = controls.items[0];
  if (control === undefined) return false;
  control.delete(true);
  await context.sync();
  return true;
}
