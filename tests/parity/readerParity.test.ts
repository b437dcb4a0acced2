// Reader parity: the same described document, read from a .docx by src/docx/readDocx.ts and from Word by
// src/word/readSnapshot.ts (on the batch-faithful fake and on office-addin-mock), gives the same
// snapshot field by field — except for the differences listed below, each with its reason, each needed.
import { readDocx } from "../../src/docx/readDocx";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import type { WordFeatures } from "../../src/word/capabilities";
import { normaliseForMatching } from "../../src/domain/text";
import { readSnapshot } from "../../src/word/readSnapshot";
import { FIXTURES } from "../fixtures/document/examples";
import { DOCX_VIEW, expectedSnapshot, type FixtureDocument, type SnapshotView } from "../fixtures/document/model";
import { unzipSync } from "fflate";
import { toDocx } from "../fixtures/document/toDocx";
import { toFakeWord } from "../fixtures/document/toFakeWord";
import { WORD_13, WORD_14, WORD_15 } from "../word/features";
import { fakeWord } from "../word/fakeWord";
import { mockWord } from "../word/mockWord";

interface Difference {
  why: string;
  /** Whether Word shows this difference with these API features. */
  applies(features: WordFeatures): boolean;
  view: Partial<SnapshotView>;
}

/** Every way the Word reader's snapshot differs from the .docx reader's, for the same document. */
const WORD_DIFFERENCES: Record<string, Difference> = {
  source: { why: "each reader names itself", applies: () => true, view: { source: "word" } },
  "no style id": {
    why: "office-js gives a paragraph's style by name only (Paragraph.style); the Word reader sets styleId null",
    applies: () => true,
    view: { styleIds: false },
  },
  "style names in the UI language": {
    why: "Paragraph.style is the name Word shows (Dutch Word: 'Kop 1', 'Standaard'); styles.xml keeps built-in styles' English names ('heading 1', 'Normal')",
    applies: () => true,
    view: { styleNames: "display" },
  },
  "comment marks in the text": {
    why: "Word's paragraph text holds \\x05 where a comment is anchored (office-js#2114, #2258); the .docx reader reads no mark; matching drops it (normaliseForMatching)",
    applies: () => true,
    view: { commentMarks: true },
  },
  "deleted text below WordApi 1.4": {
    why: "paragraph.text includes tracked deletions (office-js#1267); only getReviewedText (1.4) leaves them out",
    applies: (features) => !features.reviewedText,
    view: { deletedText: true },
  },
  "no comments below WordApi 1.4": {
    why: "Body.getComments needs WordApi 1.4: the snapshot has comments null",
    applies: (features) => !features.comments,
    view: { comments: false },
  },
  "no state part below WordApi 1.4": {
    why: "Word.CustomXmlPart needs WordApi 1.4: the state is reported unavailable",
    applies: (features) => !features.customXmlParts,
    view: { state: { unavailable: "custom XML parts need WordApi 1.4" } },
  },
  "plain-text controls only from WordApi 1.5": {
    why: "contentControls lists rich-text controls only; getContentControls({ types }) is WordApi 1.5",
    applies: (features) => !features.plainTextControls,
    view: { plainTextControls: false },
  },
};

const LEVELS: Record<string, WordFeatures> = { "WordApi 1.3": WORD_13, "WordApi 1.4": WORD_14, "WordApi 1.5": WORD_15 };

function wordView(features: WordFeatures, leaveOut?: string): SnapshotView {
  const view = { ...DOCX_VIEW };
  for (const [name, difference] of Object.entries(WORD_DIFFERENCES)) {
    if (name !== leaveOut && difference.applies(features)) Object.assign(view, difference.view);
  }
  return view;
}

/** Every leaf field where `actual` differs from `expected`, as "path: actual ≠ expected". */
function fieldDiff(actual: unknown, expected: unknown, path = "snapshot"): string[] {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const diffs = actual.length === expected.length ? [] : [`${path}.length: ${actual.length} ≠ ${expected.length}`];
    for (let i = 0; i < Math.min(actual.length, expected.length); i++) diffs.push(...fieldDiff(actual[i], expected[i], `${path}[${i}]`));
    return diffs;
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
    return keys.flatMap((key) => fieldDiff(actual[key], expected[key], `${path}.${key}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const readers: Record<string, (doc: FixtureDocument, features: WordFeatures) => Promise<DocumentSnapshot>> = {
  fake: (doc, features) => readSnapshot(fakeWord(toFakeWord(doc)).context, features),
  "office-addin-mock": (doc, features) => readSnapshot(mockWord(toFakeWord(doc)).context, features),
};

describe.each(Object.keys(FIXTURES))("document %s", (name) => {
  const doc = FIXTURES[name];
  const docx = readDocx(toDocx(doc));

  it("the .docx reader gives the described snapshot, field by field", () => {
    expect(fieldDiff(docx, expectedSnapshot(doc))).toEqual([]);
  });

  it("the .docx reader gives the same snapshot when the parts have Word for the web's names (found through relationships)", () => {
    const web = toDocx(doc, "web");
    expect(unzipSync(web)["word/document2.xml"]).toBeDefined();
    expect(fieldDiff(readDocx(web), expectedSnapshot(doc))).toEqual([]);
  });

  describe.each(Object.keys(LEVELS))("Word with %s", (level) => {
    const features = LEVELS[level];

    it.each(Object.keys(readers))("the Word reader (%s) gives the same snapshot but for the listed differences", async (reader) => {
      const word = await readers[reader](doc, features);
      expect(fieldDiff(word, expectedSnapshot(doc, wordView(features)))).toEqual([]);
      // The same, said as parity: where the two readers differ is exactly where the differences say.
      const explained = fieldDiff(expectedSnapshot(doc, wordView(features)), expectedSnapshot(doc)).map((line) => line.split(":")[0]);
      expect(fieldDiff(word, docx).map((line) => line.split(":")[0])).toEqual(explained);
    });
  });
});

describe("matching text", () => {
  it.each(Object.keys(FIXTURES))("%s: normalised for matching, both readers' paragraphs read the same from WordApi 1.4 (comment marks drop out)", async (name) => {
    const doc = FIXTURES[name];
    const normalised = (snapshot: DocumentSnapshot) => snapshot.paragraphs.map((paragraph) => normaliseForMatching(paragraph.text).text);
    const docx = normalised(readDocx(toDocx(doc)));
    for (const features of [WORD_14, WORD_15]) expect(normalised(await readers.fake(doc, features))).toEqual(docx);
  });
});

describe("the listed differences", () => {
  it.each(Object.keys(WORD_DIFFERENCES))("%s: is needed (leaving it out fails for some document at some API level)", async (name) => {
    const needed: string[] = [];
    for (const [level, features] of Object.entries(LEVELS)) {
      if (!WORD_DIFFERENCES[name].applies(features)) continue;
      for (const [fixtureName, doc] of Object.entries(FIXTURES)) {
        const word = await readers.fake(doc, features);
        const diffs = fieldDiff(word, expectedSnapshot(doc, wordView(features, name)));
        if (diffs.length > 0) needed.push(`${fixtureName} at ${level}: ${diffs[0]}`);
      }
    }
    expect(needed).not.toEqual([]);
  });
});
