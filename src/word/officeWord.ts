// The real WordPort: each operation is one `Word.run` batch sequence (see the modules for sync counts).
import type { ParagraphRef } from "../domain/placement";
import type { DocumentSnapshot } from "../domain/snapshot";
import type { RenderedBlock } from "../domain/rendered";
import { detectFeatures, officeRequirementCheck, type RequirementCheck, type WordFeatures } from "./capabilities";
import { describeCause, WordOperationError, type WordErrorKind } from "./errors";
import { insertBlock } from "./insertBlock";
import type { InsertPosition, WordPort } from "./port";
import { readSnapshot } from "./readSnapshot";
import { selectByTag } from "./selectByTag";
import { selectParagraph } from "./selectParagraph";
import { updateParameters } from "./updateParameters";

export function createOfficeWord(isSetSupported: RequirementCheck = officeRequirementCheck()): WordPort {
  // Asked on every call: cheap, and right even if the pane was created before Office was ready.
  const features = (): WordFeatures => detectFeatures(isSetSupported);
  return {
    readSnapshot: (): Promise<DocumentSnapshot> =>
      run("read-failed", (context) => readSnapshot(context, features())),
    insertBlock: (block: RenderedBlock, position: InsertPosition): Promise<void> =>
      run("insert-rejected", (context) => insertBlock(context, features(), block, position)),
    updateParameters: (values: Record<string, string>): Promise<number> =>
      run("update-failed", (context) => updateParameters(context, features(), values)),
    selectByTag: (tag: string): Promise<boolean> =>
      run("select-failed", (context) => selectByTag(context, features(), tag)),
    selectParagraph: (ref: ParagraphRef): Promise<boolean> =>
      run("select-failed", (context) => selectParagraph(context, features(), ref)),
  };
}

async function run<T>(kind: WordErrorKind, operation: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(operation);
  } catch (cause) {
    if (cause instanceof WordOperationError) throw cause;
    throw new WordOperationError(kind, `Word operation failed: ${describeCause(cause)}`, { cause });
  }
}
