// insertBlock against office-addin-mock (tests/word/mockWord.ts): the commands Word receives, where the
// block goes, the round trips, and that nothing already in the document is written to. The mock records
// every method call and property write on its objects (`calls`), so each test compares the whole
// transcript of an insertion.
//
// What office-addin-mock cannot express is tested on the hand-written fake (insertBlock.test.ts):
//   - the document after insertion: the mock's new paragraphs and controls are objects of their own,
//     not placed in the smallNota, so the resulting order, styles and nesting are checked there;
//   - Word rejecting one command in the middle of a batch and the clean-up that follows: the mock runs
//     every command when it is called and can only reject a whole sync afterwards;
//   - a new paragraph inheriting list membership (why `detachFromList` comes first) and tables nested
//     in blocks in tables: the fake models those, the mock does not.
import { insertBlock } from "../../src/word/insertBlock";
import type { InsertPosition } from "../../src/word/port";
import { notaDocument } from "./documents";
import type { FakeDocumentSpec } from "./fakeWord";
import { WORD_13, WORD_15 } from "./features";
import { mockWord, type MockWord } from "./mockWord";
import { afterAanleiding, at, kernpunten, parafenroute, smallNota } from "./insertFixtures";

const MARKER = /nota-assistent-pending-[a-z0-9]+-[a-z0-9]+/g;

/** The recorded calls, with the pending marker (random) shown as <marker>; there must be exactly one. */
function transcript(word: MockWord): string[] {
  const markers = new Set(word.calls.flatMap((line) => line.match(MARKER) ?? []));
  expect(markers.size).toBe(1);
  return word.calls.map((line) => line.replace(MARKER, "<marker>"));
}

/**
 * The two batches that build the block once `insert` (the first paragraph's insertion, with the marker
 * as its text) is known. `parameter` is how the parameter range becomes a control.
 */
const build = (insert: string, parameter = "insertContentControl()") => [
  `${insert} → new paragraph 1`,
  // Shell: one control around the marker paragraph, tagged with the marker until it is complete.
  "new paragraph 1.insertContentControl() → new control 1",
  'new control 1.tag = "<marker>"',
  'new control 1.title = "Kernpunten"',
  "sync",
  // Content: the marker paragraph's text replaced by the heading.
  'new paragraph 1.insertText("Kernpunten", "Replace") → new range 1',
  "new paragraph 1.detachFromList()",
  'new paragraph 1.styleBuiltIn = "Heading2"',
  'new control 1.insertParagraph("", "End") → new paragraph 2',
  'new paragraph 2.insertText("Agendering in de ", "End") → new range 2',
  'new paragraph 2.insertText("RFL", "End") → new range 3',
  'new paragraph 2.insertText(";", "End") → new range 4',
  `new range 3.${parameter} → new control 2`,
  'new control 2.tag = "nota:param:onderraad"',
  'new control 2.title = "onderraad"',
  "new paragraph 2.detachFromList()",
  'new paragraph 2.styleBuiltIn = "ListParagraph"',
  "new paragraph 2.startNewList() → new list 1",
  'new list 1.setLevelBullet(0, "Solid")',
  'new list 1.setLevelBullet(1, "Solid")',
  "new paragraph 2.listItem.level = 0",
  'new list 1.insertParagraph("", "End") → new paragraph 3',
  'new paragraph 3.insertText("Toelichting", "End") → new range 5',
  "new paragraph 3.listItem.level = 1",
  'new control 1.insertParagraph("", "End") → new paragraph 4',
  'new paragraph 4.insertText("Slot.", "End") → new range 6',
  "new paragraph 4.detachFromList()",
  'new paragraph 4.styleBuiltIn = "Normal"',
  'new control 1.tag = "nota:kernpunten"',
  "sync",
];

/** Calls and writes on what was in the document before: anything but reads (`get…`), syncs and new objects. */
const touched = (lines: string[]) =>
  lines.filter((line) => line !== "sync" && !line.startsWith("new ") && !/^[^(=]*\.get\w*\(/.test(line));

describe("insertBlock (office-addin-mock)", () => {
  it("after the block control around the anchor: checks the anchor, then builds the block in two batches", async () => {
    const word = mockWord(smallNota);

    await insertBlock(word.context, WORD_13, kernpunten, afterAanleiding);

    expect(transcript(word)).toEqual([
      'body.contentControls.getByTag("nota:aanleiding") → controls tagged nota:aanleiding',
      "sync", // paragraph count, the control
      "sync", // the anchor paragraph's text
      ...build('control nota:aanleiding.insertParagraph("<marker>", "After")'),
    ]);
    expect(word.syncs()).toBe(4);
    expect(word.textWrites).toEqual([]);
  });

  it("from WordApi 1.5: plain-text parameter controls, the anchor's reviewed text, plain-text controls searched too", async () => {
    const word = mockWord(smallNota);

    await insertBlock(word.context, WORD_15, kernpunten, afterAanleiding);

    expect(transcript(word)).toEqual([
      'body.getContentControls({"types":["RichText","PlainText"]}) → controls of types RichText,PlainText',
      'controls of types RichText,PlainText.getByTag("nota:aanleiding") → controls tagged nota:aanleiding',
      "sync",
      'paragraph 2.getReviewedText("Current")',
      "sync",
      ...build('control nota:aanleiding.insertParagraph("<marker>", "After")', 'insertContentControl("PlainText")'),
    ]);
  });

  it.each<[string, InsertPosition, string]>([
    [
      "before a whole block control",
      at("before", 3, "Toelichting", {
        tag: "nota:toelichting",
        occurrence: 0,
      }),
      'control nota:toelichting.insertParagraph("<marker>", "Before")',
    ],
    ["after a paragraph no control holds", at("after", 0, "Beslisnota"), 'paragraph 0.insertParagraph("<marker>", "After")'],
    ["at the start without an anchor", { kind: "nota-order", anchor: null }, 'body.insertParagraph("<marker>", "Start")'],
  ])("in nota order %s", async (_case, position, insert) => {
    const word = mockWord(smallNota);

    await insertBlock(word.context, WORD_13, kernpunten, position);

    const lines = transcript(word);
    expect(lines.slice(lines.indexOf(`${insert} → new paragraph 1`))).toEqual(build(insert));
    expect(touched(lines)).toEqual([`${insert} → new paragraph 1`]);
  });

  it("at the cursor: after the last paragraph of the selection, found in one round trip", async () => {
    const word = mockWord(smallNota);

    await insertBlock(word.context, WORD_13, kernpunten, { kind: "cursor" });

    expect(transcript(word)).toEqual([
      "document.getSelection() → selection",
      "selection.paragraphs.getLast() → paragraph 4",
      "sync", // its table level and control: none
      ...build('paragraph 4.insertParagraph("<marker>", "After")'),
    ]);
  });

  it.each([
    ["a block: after the block control", 2, 'control nota:aanleiding.insertParagraph("<marker>", "After")'],
    ["a table: after the table", 1, 'table planning.insertParagraph("<marker>", "After")'],
  ])("at the cursor in %s, in two round trips", async (_case, selection, insert) => {
    const word = mockWord(
      selection === 2
        ? { ...smallNota, selection }
        : {
            paragraphs: [
              { text: "Wanneer", controls: [{ table: "planning" }] },
              { text: "3 juni", controls: [{ table: "planning" }] },
            ],
            selection,
          },
    );

    await insertBlock(word.context, WORD_13, kernpunten, { kind: "cursor" });

    expect(transcript(word)).toEqual([
      "document.getSelection() → selection",
      `selection.paragraphs.getLast() → paragraph ${selection}`,
      "sync",
      "sync", // the controls around it, the outermost table
      ...build(insert),
    ]);
  });

  describe("costs the same round trips, with the same calls, in a document of 5,000 paragraphs as of 10", () => {
    // notaDocument: paragraph 2 is in the Aanleiding block, 4 in the Kernpunten block, 6 in a table.
    it.each<[string, (paragraphs: number) => FakeDocumentSpec, (paragraphs: number) => InsertPosition, number]>([
      [
        "in nota order after a block",
        notaDocument,
        (n) => at("after", 2, "De MR vergadert op 3 juni 2025", { tag: "nota:aanleiding", occurrence: 0 }, n),
        4,
      ],
      ["at the cursor in no block", notaDocument, () => ({ kind: "cursor" }), 3],
      ["at the cursor in a block", (n) => ({ ...notaDocument(n), selection: 4 }), () => ({ kind: "cursor" }), 4],
      ["at the cursor in a table", (n) => ({ ...notaDocument(n), selection: 6 }), () => ({ kind: "cursor" }), 4],
    ])(
      "%s",
      async (_case, documentOf, positionIn, syncs) => {
        for (const features of [WORD_13, WORD_15]) {
          const small = mockWord(documentOf(10));
          const large = mockWord(documentOf(5000));

          await insertBlock(small.context, features, kernpunten, positionIn(10));
          await insertBlock(large.context, features, kernpunten, positionIn(5000));

          expect(small.syncs()).toBe(syncs);
          expect(large.syncs()).toBe(syncs);
          expect(transcript(large)).toEqual(transcript(small));
        }
      },
      30_000, // two 5,000-paragraph mocks per feature set
    );
  });

  describe("touches nothing already in the document", () => {
    it.each<[string, FakeDocumentSpec, InsertPosition, string]>([
      [
        "in nota order",
        smallNota,
        afterAanleiding,
        'control nota:aanleiding.insertParagraph("<marker>", "After") → new paragraph 1',
      ],
      ["at the cursor", smallNota, { kind: "cursor" }, 'paragraph 4.insertParagraph("<marker>", "After") → new paragraph 1'],
      [
        "at the cursor in a block",
        { ...notaDocument(10), selection: 4 },
        { kind: "cursor" },
        'control nota:kernpunten.insertParagraph("<marker>", "After") → new paragraph 1',
      ],
    ])(
      "%s: no text, style, tag or deletion on existing paragraphs or controls, only the one insertion next to them",
      async (_case, spec, position, insert) => {
        for (const features of [WORD_13, WORD_15]) {
          const word = mockWord(spec);

          await insertBlock(word.context, features, kernpunten, position);

          expect(touched(transcript(word))).toEqual([insert]);
          expect(word.textWrites).toEqual([]);
        }
      },
    );

    // Methods the mock does not define (delete, insertHtml, … on existing paragraphs) throw when called.
    it("(the recorder sees writes to existing paragraphs and controls, loaded or not, so the check above can fail)", async () => {
      const word = mockWord(smallNota);
      const paragraphs = word.context.document.body.paragraphs;
      paragraphs.load("items/styleBuiltIn");
      const controls = word.context.document.body.contentControls;
      controls.load("$none");
      await word.context.sync();

      paragraphs.items[1].styleBuiltIn = "Normal";
      paragraphs.items[2].style = "Kop 2";
      paragraphs.items[2].font.bold = true;
      paragraphs.items[2].listItemOrNullObject.level = 1;
      controls.items[0].tag = "nota:anders";
      controls.items[1].insertText("x", "Replace");

      expect(touched(word.calls)).toEqual([
        'paragraph 1.styleBuiltIn = "Normal"',
        'paragraph 2.style = "Kop 2"',
        "paragraph 2.font.bold = true",
        "paragraph 2.listItemOrNullObject.level = 1",
        'control nota:aanleiding.tag = "nota:anders"',
        'control nota:toelichting.insertText("x", "Replace")',
      ]);
      expect(() => (paragraphs.items[2] as unknown as { delete(): void }).delete()).toThrow(TypeError);
    });
  });

  describe("a block with a table (the parafenroute, issue 10)", () => {
    const insert = 'paragraph 0.insertParagraph("<marker>", "After")';
    const route = [
      `${insert} → new paragraph 1`,
      "new paragraph 1.insertContentControl() → new control 1",
      'new control 1.tag = "<marker>"',
      'new control 1.title = "Parafenroute"',
      "sync",
      'new paragraph 1.insertText("Parafenroute", "Replace") → new range 1',
      "new paragraph 1.detachFromList()",
      'new paragraph 1.styleBuiltIn = "Heading1"',
      // One command for the whole table, cells filled from the values: no call per cell.
      `new control 1.insertTable(5, 3, "End", ${JSON.stringify(parafenroute.table?.rows)}) → new table 1`,
      'new control 1.tag = "nota:parafenroute"',
      "sync",
    ];

    it("inserts the table at the end of the block's control in the content batch, before the final tag", async () => {
      const word = mockWord(smallNota);

      await insertBlock(word.context, WORD_13, parafenroute, at("after", 0, "Beslisnota"));

      const lines = transcript(word);
      expect(lines.slice(lines.indexOf(`${insert} → new paragraph 1`))).toEqual(route);
      expect(touched(lines)).toEqual([`${insert} → new paragraph 1`]);
      expect(word.syncs()).toBe(4);
    });

    it(
      "costs the same round trips, with the same calls, in a document of 5,000 paragraphs as of 10",
      async () => {
        const small = mockWord(notaDocument(10));
        const large = mockWord(notaDocument(5000));
        await insertBlock(small.context, WORD_13, parafenroute, at("after", 0, "Beslisnota", null, 10));
        await insertBlock(large.context, WORD_13, parafenroute, at("after", 0, "Beslisnota", null, 5000));
        expect(large.syncs()).toBe(small.syncs());
        expect(transcript(large)).toEqual(transcript(small));
      },
      30_000,
    );

  });
});
