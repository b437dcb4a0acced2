// Benchmark: round trips (`context.sync`) of the Word adapter per operation, for documents of growing
// length, on the batch-faithful fake of tests/word (plain node: office-addin-mock needs an ESM-only
// package). Every figure must stay the same whatever the length: on Word on the web each sync crosses
// the internet.
import type { RenderedBlock } from "../src/domain/rendered";
import { insertBlock } from "../src/word/insertBlock";
import { readSnapshot } from "../src/word/readSnapshot";
import { updateParameters } from "../src/word/updateParameters";
import { notaDocument } from "../tests/word/documents";
import { fakeWord } from "../tests/word/fakeWord";
import { WORD_14 } from "../tests/word/features";

export interface WordSyncFigures {
  paragraphs: number;
  readSyncs: number;
  insertSyncs: number;
  /** Inserting at the cursor when it is inside a block (placed after the block): the dearest cursor case. */
  cursorInsertSyncs: number;
  updateSyncs: number;
}

const SIZES = [10, 1_000, 10_000];

const block: RenderedBlock = {
  blockId: "financieel",
  tag: "nota:financieel",
  title: "Financiële gevolgen",
  headingLevel: 1,
  paragraphs: [
    { kind: "heading", listLevel: 0, segments: [{ kind: "text", text: "Financiële gevolgen" }] },
    { kind: "bullet", listLevel: 0, segments: [{ kind: "text", text: "Afgestemd met " }, { kind: "param", name: "ministerie", text: "FIN" }] },
  ],
};

export async function benchWordSyncs(): Promise<WordSyncFigures[]> {
  const figures: WordSyncFigures[] = [];
  for (const paragraphs of SIZES) {
    const reading = fakeWord(notaDocument(paragraphs));
    await readSnapshot(reading.context, WORD_14);

    // After the Kernpunten block (paragraphs 3–5 of the generated nota), as the task pane would ask.
    const inserting = fakeWord(notaDocument(paragraphs));
    await insertBlock(inserting.context, WORD_14, block, {
      kind: "nota-order",
      anchor: { where: "after", paragraph: 5, text: "Subpunt", paragraphCount: paragraphs, control: { tag: "nota:kernpunten", occurrence: 0 } },
    });

    // The cursor in the Kernpunten block.
    const atCursor = fakeWord({ ...notaDocument(paragraphs), selection: 4 });
    await insertBlock(atCursor.context, WORD_14, block, { kind: "cursor" });

    const updating = fakeWord(notaDocument(paragraphs));
    await updateParameters(updating.context, WORD_14, { datumMR: "10 juni 2025" });

    figures.push({
      paragraphs,
      readSyncs: reading.fake.syncs,
      insertSyncs: inserting.fake.syncs,
      cursorInsertSyncs: atCursor.fake.syncs,
      updateSyncs: updating.fake.syncs,
    });
  }
  return figures;
}

if (require.main === module) {
  benchWordSyncs().then(
    (figures) => console.table(figures),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
