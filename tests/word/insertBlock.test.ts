import type { RenderedBlock } from "../../src/domain/rendered";
import { WordOperationError } from "../../src/word/errors";
import { insertBlock } from "../../src/word/insertBlock";
import type { InsertPosition } from "../../src/word/port";
import { notaDocument } from "./documents";
import { fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_13, WORD_15 } from "./features";

const kernpunten: RenderedBlock = {
  blockId: "kernpunten",
  tag: "nota:kernpunten",
  title: "Kernpunten",
  headingLevel: 2,
  paragraphs: [
    { kind: "heading", listLevel: 0, segments: [{ kind: "text", text: "Kernpunten" }] },
    {
      kind: "bullet",
      listLevel: 0,
      segments: [
        { kind: "text", text: "Agendering in de " },
        { kind: "param", name: "onderraad", text: "RFL" },
        { kind: "text", text: ";" },
      ],
    },
    { kind: "bullet", listLevel: 1, segments: [{ kind: "text", text: "Toelichting" }] },
    { kind: "body", listLevel: 0, segments: [{ kind: "text", text: "Slot." }] },
  ],
};

const INSERTED = [
  "[nota:kernpunten] Heading2: Kernpunten",
  "[nota:kernpunten] ListParagraph (list 1, level 0): Agendering in de {nota:param:onderraad:RFL};",
  "[nota:kernpunten] ListParagraph (list 1, level 1): Toelichting",
  "[nota:kernpunten] Normal: Slot.",
];

const document: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota" },
    { text: "Aanleiding", styleBuiltIn: "Heading1", controls: ["nota:aanleiding"] },
    { text: "Tekst", controls: ["nota:aanleiding"] },
    { text: "Toelichting", styleBuiltIn: "Heading1", controls: ["nota:toelichting"] },
    { text: "Eigen opsomming", listLevel: 0 },
  ],
  selection: 4,
};

const at = (
  where: "before" | "after",
  paragraph: number,
  text: string,
  control: { tag: string; occurrence: number } | null = null,
  paragraphCount = 5,
): InsertPosition => ({ kind: "nota-order", anchor: { where, paragraph, text, paragraphCount, control } });
const afterAanleiding = at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 0 });

describe("insertBlock", () => {
  it("inserts after the block control around the anchor: one tagged control, heading style, list, parameter control", async () => {
    const { context, doc, fake } = fakeWord(document);

    await insertBlock(context, WORD_13, kernpunten, afterAanleiding);

    expect(doc.describe()).toEqual([
      "Normal: Beslisnota",
      "[nota:aanleiding] Heading1: Aanleiding",
      "[nota:aanleiding] Normal: Tekst",
      ...INSERTED,
      "[nota:toelichting] Heading1: Toelichting",
      "Normal (list 0, level 0): Eigen opsomming",
    ]);
    const block = doc.controls().find((c) => c.tag === "nota:kernpunten");
    expect(block).toMatchObject({ title: "Kernpunten", inline: false, parent: null });
    expect(doc.controls().find((c) => c.tag === "nota:param:onderraad")).toMatchObject({ title: "onderraad", inline: true, plainText: false, parent: block });
    expect(fake.log).toContain("FakeList.setLevelBullet(1,Solid)");
    expect(fake.syncs).toBe(4);
  });

  it("inserts before a whole block control, not inside it", async () => {
    const { context, doc } = fakeWord(document);
    await insertBlock(context, WORD_13, kernpunten, at("before", 3, "Toelichting", { tag: "nota:toelichting", occurrence: 0 }));
    expect(doc.describe().slice(3, 8)).toEqual([...INSERTED, "[nota:toelichting] Heading1: Toelichting"]);
  });

  it("inserts after a hand-written paragraph that no control holds", async () => {
    const { context, doc } = fakeWord(document);
    await insertBlock(context, WORD_13, kernpunten, at("after", 0, "Beslisnota"));
    expect(doc.describe().slice(0, 6)).toEqual(["Normal: Beslisnota", ...INSERTED, "[nota:aanleiding] Heading1: Aanleiding"]);
  });

  it("inserts at the start of the document when there is no anchor", async () => {
    const { context, doc } = fakeWord(document);
    await insertBlock(context, WORD_13, kernpunten, { kind: "nota-order", anchor: null });
    expect(doc.describe().slice(0, 5)).toEqual([...INSERTED, "Normal: Beslisnota"]);
  });

  it.each([
    ["a paragraph was added or removed", at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 0 }, 6)],
    ["the anchor paragraph's text changed", at("after", 2, "Andere tekst", { tag: "nota:aanleiding", occurrence: 0 })],
    ["the block control is gone", at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 1 })],
  ])("changes nothing and says so when %s since the document was read", async (_case, position) => {
    const { context, doc } = fakeWord(document);
    const before = doc.describe();
    await expect(insertBlock(context, WORD_13, kernpunten, position)).rejects.toMatchObject({ kind: "document-changed" });
    expect(doc.describe()).toEqual(before);
  });

  it("inserts after the paragraph holding the cursor, out of that paragraph's list", async () => {
    const { context, doc, fake } = fakeWord(document);
    await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });
    expect(doc.describe().slice(4)).toEqual(["Normal (list 0, level 0): Eigen opsomming", ...INSERTED]);
    expect(fake.syncs).toBe(2);
  });

  it("costs the same number of syncs in a document of 10,000 paragraphs", async () => {
    for (const position of [(n: number) => at("after", 0, "Beslisnota", null, n), () => ({ kind: "cursor" }) as const]) {
      const small = fakeWord(notaDocument(10));
      const large = fakeWord(notaDocument(10000));
      await insertBlock(small.context, WORD_13, kernpunten, position(10));
      await insertBlock(large.context, WORD_13, kernpunten, position(10000));
      expect(large.fake.syncs).toBe(small.fake.syncs);
    }
  });

  it("makes parameters plain-text controls from WordApi 1.5", async () => {
    const { context, doc } = fakeWord(document);
    await insertBlock(context, WORD_15, kernpunten, { kind: "cursor" });
    expect(doc.describe()).toContain(
      "[nota:kernpunten] ListParagraph (list 1, level 0): Agendering in de {nota:param:onderraad plain:RFL};",
    );
  });

  it("never splits or rewrites existing paragraphs", async () => {
    const { context, doc } = fakeWord(document);
    const before = doc.describe();
    await insertBlock(context, WORD_13, kernpunten, afterAanleiding);
    expect(doc.describe().filter((line) => !INSERTED.includes(line))).toEqual(before);
  });

  describe("when Word rejects a command", () => {
    it.each([
      ["while filling the block", "FakeParagraph.startNewList"],
      ["while wrapping a parameter", "FakeRange.insertContentControl"],
      ["on the final tag", "FakeControl.set tag=nota:kernpunten"],
    ])("%s, removes the partial block and throws insert-rejected", async (_when, command) => {
      const { context, doc, fake } = fakeWord(document);
      const before = doc.describe();
      fake.failOn(command);

      const insertion = insertBlock(context, WORD_13, kernpunten, afterAanleiding);

      await expect(insertion).rejects.toMatchObject({ name: "WordOperationError", kind: "insert-rejected" });
      expect(doc.describe()).toEqual(before);
      expect(doc.controls().map((c) => c.tag)).toEqual(["nota:aanleiding", "nota:toelichting"]);
    });

    it("before the control exists, removes the lone new paragraph", async () => {
      const { context, doc, fake } = fakeWord(document);
      const before = doc.describe();
      fake.failOn("FakeParagraph.insertContentControl");

      await expect(insertBlock(context, WORD_13, kernpunten, { kind: "cursor" })).rejects.toBeInstanceOf(WordOperationError);
      expect(doc.describe()).toEqual(before);
    });

    it("and the clean-up fails too, throws insert-incomplete", async () => {
      const { context, fake } = fakeWord(document);
      fake.failOn("FakeParagraph.startNewList");
      fake.failOn("FakeControl.delete");

      await expect(insertBlock(context, WORD_13, kernpunten, { kind: "cursor" })).rejects.toMatchObject({
        kind: "insert-incomplete",
      });
    });
  });
});
