// Benchmark: round trips (`context.sync`) of the Word adapter per operation, for documents of growing
// length, on the batch-faithful fake of tests/word (plain node: office-addin-mock needs an ESM-only
// package). Every figure must stay the same whatever the length: on Word on the web each sync crosses
// the internet.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import type { RenderedBlock } from "../src/domain/rendered";
import { defaultCompanyList } from "../src/config/companies";
import { COMPANY_HEADING, composeCompanyText, renderCompanyBlock } from "../src/domain/companies";
import { paragraphLocation, textLocation } from "../src/domain/findings";
import { refreshCompanyParagraphs } from "../src/word/companyParagraphs";
import { addComment, selectLocation } from "../src/word/findingLocation";
import { insertBlock, insertBlocks } from "../src/word/insertBlock";
import { readSnapshot } from "../src/word/readSnapshot";
import { updateParameters } from "../src/word/updateParameters";
import { emptyState, type StoredState } from "../src/domain/stateModel";
import { statePartXml } from "../src/domain/storedState";
import { STATE_NAMESPACE } from "../src/domain/snapshot";
import { commonStateStore, updateInWord } from "../src/word/stateParts";
import { notaDocument } from "../tests/word/documents";
import { FakeCommonParts, fakeWord } from "../tests/word/fakeWord";
import { WORD_14 } from "../tests/word/features";

export interface WordSyncFigures {
  paragraphs: number;
  readSyncs: number;
  insertSyncs: number;
  /** Inserting at the cursor when it is inside a block (placed after the block): the dearest cursor case. */
  cursorInsertSyncs: number;
  updateSyncs: number;
  /** A state write over the existing part (WordApi 1.4): read, write, read back. */
  stateWriteSyncs: number;
  /** The same when another writer wrote between our read and our write: one more write. */
  contendedStateWriteSyncs: number;
  /** A state write on WordApi 1.3 through the common API: asynchronous calls, each a round trip. */
  commonStateWriteCalls: number;
  /** Inserting all the bundled companies' paragraphs with their heading at the end (issue 11). */
  companyInsertSyncs: number;
  /** Refreshing all of them in one batch. */
  companyRefreshSyncs: number;
  /** "Ga naar" on matched text (a finding's location), found by Word's search. */
  selectTextSyncs: number;
  /** The same for matched text over Word's 255-character search limit: two searches, expanded. */
  selectLongTextSyncs: number;
  /** "Plaats opmerking" on a heading (a location without a match). */
  commentSyncs: number;
}

/** A reviewer's disposition: the typical state write. */
function disposition(id: string, at: string): StoredState {
  const change = emptyState();
  change.dispositions[id] = { state: "afgehandeld", by: "Anna", at, note: "", updatedAt: at };
  return change;
}

/** The generated nota with a state part holding dispositions. */
function withState(paragraphs: number) {
  const stored = { namespace: STATE_NAMESPACE, xml: statePartXml(disposition("FIN-2", "2025-06-02T09:00:00Z")) };
  return { ...notaDocument(paragraphs), parts: [stored] };
}

const SIZES = [10, 1_000, 10_000];

const LONG_PARAGRAPH = `Uit de brief ${"vloeien geen budgettaire gevolgen voort, ".repeat(10)}tot slot.`;

/** The generated nota whose last paragraph is longer than Word's search limit. */
function withLongLastParagraph(paragraphs: number) {
  const spec = notaDocument(paragraphs);
  return { ...spec, paragraphs: [...spec.paragraphs.slice(0, -1), { text: LONG_PARAGRAPH }] };
}

// Plain node has no DOMParser; the adapter parses the state part with the host's (a browser's) one.
globalThis.DOMParser ??= XmlDomParser as unknown as typeof DOMParser;

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

    const writing = fakeWord(withState(paragraphs));
    await updateInWord(writing.context, disposition("FIN-1", "2025-06-03T09:00:00Z"));

    const contended = fakeWord(withState(paragraphs));
    contended.fake.afterSync(2, () => {
      contended.doc.parts[0].xml = statePartXml(disposition("ACKE-1", "2025-06-03T08:00:00Z"));
    });
    await updateInWord(contended.context, disposition("FIN-1", "2025-06-03T09:00:00Z"));

    const common = new FakeCommonParts(fakeWord(withState(paragraphs)).doc);
    await commonStateStore(common).update(disposition("FIN-1", "2025-06-03T09:00:00Z"));

    const companies = fakeWord(notaDocument(paragraphs));
    const blocks = defaultCompanyList.companies.map(renderCompanyBlock);
    await insertBlocks(companies.context, WORD_14, blocks, { kind: "end" }, { text: COMPANY_HEADING, level: 2 });
    const insertedSyncs = companies.fake.syncs;
    await refreshCompanyParagraphs(
      companies.context,
      WORD_14,
      defaultCompanyList.companies.map((entry) => ({ tag: `nota:company:${entry.id}`, expectedText: composeCompanyText(entry), text: `${composeCompanyText(entry)} Bijgewerkt.` })),
    );
    // Finding locations, on the last paragraph (a long one for the long match) and the first heading.
    const located = fakeWord(withLongLastParagraph(paragraphs));
    const snapshot = await readSnapshot(located.context, WORD_14);
    located.fake.syncs = 0;
    const last = snapshot.paragraphs.length - 1;
    await selectLocation(located.context, WORD_14, textLocation(snapshot, last, 0, 8));
    const selectTextSyncs = located.fake.syncs;
    await selectLocation(located.context, WORD_14, textLocation(snapshot, last, 0, LONG_PARAGRAPH.length));
    const selectLongTextSyncs = located.fake.syncs - selectTextSyncs;
    await addComment(located.context, WORD_14, paragraphLocation(snapshot, 1), "FIN-1: Maak expliciet dat er geen budgettaire consequenties zijn.");
    const commentSyncs = located.fake.syncs - selectTextSyncs - selectLongTextSyncs;

    figures.push({
      paragraphs,
      readSyncs: reading.fake.syncs,
      insertSyncs: inserting.fake.syncs,
      cursorInsertSyncs: atCursor.fake.syncs,
      updateSyncs: updating.fake.syncs,
      stateWriteSyncs: writing.fake.syncs,
      contendedStateWriteSyncs: contended.fake.syncs,
      commonStateWriteCalls: common.calls,
      companyInsertSyncs: insertedSyncs,
      companyRefreshSyncs: companies.fake.syncs - insertedSyncs,
      selectTextSyncs,
      selectLongTextSyncs,
      commentSyncs,
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
