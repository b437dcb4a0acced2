import { WordOperationError } from "../../src/word/errors";
import { insertBlock } from "../../src/word/insertBlock";
import { notaDocument } from "./documents";
import { fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_13, WORD_15 } from "./features";
import { afterAanleiding, at, kernpunten, parafenroute, smallNota } from "./insertFixtures";

const INSERTED = [
  "[nota:kernpunten] Heading2: Kernpunten",
  "[nota:kernpunten] ListParagraph (list 1, level 0): Agendering in de {nota:param:onderraad:RFL};",
  "[nota:kernpunten] ListParagraph (list 1, level 1): Toelichting",
  "[nota:kernpunten] Normal: Slot.",
];


describe("insertBlock", () => {
  it("inserts after the block control around the anchor: one tagged control, heading style, list, parameter control", async () => {
    const { context, doc, fake } = fakeWord(smallNota);

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
    const { context, doc } = fakeWord(smallNota);
    await insertBlock(context, WORD_13, kernpunten, at("before", 3, "Toelichting", { tag: "nota:toelichting", occurrence: 0 }));
    expect(doc.describe().slice(3, 8)).toEqual([...INSERTED, "[nota:toelichting] Heading1: Toelichting"]);
  });

  it("inserts after a hand-written paragraph that no control holds", async () => {
    const { context, doc } = fakeWord(smallNota);
    await insertBlock(context, WORD_13, kernpunten, at("after", 0, "Beslisnota"));
    expect(doc.describe().slice(0, 6)).toEqual(["Normal: Beslisnota", ...INSERTED, "[nota:aanleiding] Heading1: Aanleiding"]);
  });

  it("inserts at the start of the document when there is no anchor", async () => {
    const { context, doc } = fakeWord(smallNota);
    await insertBlock(context, WORD_13, kernpunten, { kind: "nota-order", anchor: null });
    expect(doc.describe().slice(0, 5)).toEqual([...INSERTED, "Normal: Beslisnota"]);
  });

  it.each([
    ["a paragraph was added or removed", at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 0 }, 6)],
    ["the anchor paragraph's text changed", at("after", 2, "Andere tekst", { tag: "nota:aanleiding", occurrence: 0 })],
    ["the block control is gone", at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 1 })],
  ])("changes nothing and says so when %s since the document was read", async (_case, position) => {
    const { context, doc } = fakeWord(smallNota);
    const before = doc.describe();
    await expect(insertBlock(context, WORD_13, kernpunten, position)).rejects.toMatchObject({ kind: "document-changed" });
    expect(doc.describe()).toEqual(before);
  });

  it("inserts after the paragraph holding the cursor, out of that paragraph's list", async () => {
    const { context, doc, fake } = fakeWord(smallNota);
    await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });
    expect(doc.describe().slice(4)).toEqual(["Normal (list 0, level 0): Eigen opsomming", ...INSERTED]);
    // One to see that the paragraph is in no control or table, two to build.
    expect(fake.syncs).toBe(3);
  });

  describe("at the cursor inside a block or a table", () => {
    it("inserts after the whole block holding the cursor, not nested in it", async () => {
      const { context, doc, fake } = fakeWord({ ...smallNota, selection: 2 });

      await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });

      expect(doc.describe()).toEqual([
        "Normal: Beslisnota",
        "[nota:aanleiding] Heading1: Aanleiding",
        "[nota:aanleiding] Normal: Tekst",
        ...INSERTED,
        "[nota:toelichting] Heading1: Toelichting",
        "Normal (list 0, level 0): Eigen opsomming",
      ]);
      expect(doc.controls().find((c) => c.tag === "nota:kernpunten")?.parent).toBeNull();
      expect(fake.syncs).toBe(4);
    });

    it("inserts after the outermost of nested blocks", async () => {
      const { context, doc } = fakeWord({
        paragraphs: [
          { text: "Toelichting", controls: ["nota:toelichting"] },
          { text: "Demissionair", controls: ["nota:toelichting", "nota:demissionair"] },
          { text: "Slot", controls: ["nota:toelichting"] },
          { text: "Eigen tekst" },
        ],
        selection: 1,
      });

      await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });

      expect(doc.describe().slice(2)).toEqual(["[nota:toelichting] Normal: Slot", ...INSERTED, "Normal: Eigen tekst"]);
    });

    const cell = (text: string, ...controls: (string | { table: string })[]) => ({ text, controls });
    it.each<[string, FakeDocumentSpec["paragraphs"], string[]]>([
      [
        "a table cell: after the table",
        [cell("Wanneer", { table: "planning" }), cell("3 juni", { table: "planning" }), { text: "Eigen tekst" }],
        ["[table:planning] Normal: 3 juni", ...INSERTED, "Normal: Eigen tekst"],
      ],
      [
        "a content control in a table cell: after the table",
        [cell("Wanneer", { table: "planning" }, "eigen:cel"), cell("3 juni", { table: "planning" }), { text: "Eigen tekst" }],
        ["[table:planning] Normal: 3 juni", ...INSERTED, "Normal: Eigen tekst"],
      ],
      [
        "a table in a block: after the block",
        [cell("Wanneer", "nota:planning", { table: "planning" }), cell("Toelichting", "nota:planning"), { text: "Eigen tekst" }],
        ["[nota:planning] Normal: Toelichting", ...INSERTED, "Normal: Eigen tekst"],
      ],
      [
        "a nested table in a block in a table: after the outer table",
        [
          cell("Binnen", { table: "buiten" }, "nota:planning", { table: "binnen" }, "eigen:cel"),
          cell("Cel", { table: "buiten" }, "nota:planning"),
          cell("Naast", { table: "buiten" }),
          { text: "Eigen tekst" },
        ],
        ["[table:buiten] Normal: Naast", ...INSERTED, "Normal: Eigen tekst"],
      ],
      [
        "a table in a table in a block: after the block",
        [
          cell("Binnen", "nota:planning", { table: "buiten" }, { table: "binnen" }),
          cell("Cel", "nota:planning", { table: "buiten" }),
          { text: "Eigen tekst" },
        ],
        ["[nota:planning][table:buiten] Normal: Cel", ...INSERTED, "Normal: Eigen tekst"],
      ],
    ])("with the cursor in %s, not in it", async (_case, paragraphs, tail) => {
      const { context, doc } = fakeWord({ paragraphs, selection: 0 });

      await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });

      const lines = doc.describe();
      expect(lines.slice(lines.length - tail.length)).toEqual(tail);
      expect(doc.paragraphs.filter((p) => p.blocks.some((c) => c.tag === "nota:kernpunten")).every((p) => p.tableNestingLevel === 0)).toBe(true);
      expect(doc.controls().find((c) => c.tag === "nota:kernpunten")?.parent).toBeNull();
    });

    it("stays in a template's own control around the body, right after the cursor's paragraph", async () => {
      const wrapped = ["Aanleiding", "Tekst", "Slot"].map((text) => cell(text, "sjabloon:inhoud"));
      const { context, doc } = fakeWord({ paragraphs: wrapped, selection: 0 });

      await insertBlock(context, WORD_13, kernpunten, { kind: "cursor" });

      expect(doc.describe().slice(0, 2)).toEqual(["[sjabloon:inhoud] Normal: Aanleiding", `[sjabloon:inhoud]${INSERTED[0]}`]);
      expect(doc.controls().find((c) => c.tag === "nota:kernpunten")?.parent?.tag).toBe("sjabloon:inhoud");
    });

    it("when Word rejects filling a block after a table, removes it again", async () => {
      const { context, doc, fake } = fakeWord({
        paragraphs: [cell("Wanneer", { table: "planning" }), cell("3 juni", { table: "planning" }), { text: "Eigen tekst" }],
        selection: 0,
      });
      const before = doc.describe();
      fake.failOn("FakeParagraph.startNewList");

      await expect(insertBlock(context, WORD_13, kernpunten, { kind: "cursor" })).rejects.toMatchObject({ kind: "insert-rejected" });
      expect(doc.describe()).toEqual(before);
    });
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

  // notaDocument: paragraph 4 is in the Kernpunten block (3–5), paragraph 6 in a table.
  it.each([
    ["a block", 4, 6],
    ["a table", 6, 7],
  ])("costs the same number of syncs at the cursor in %s in a document of 10,000 paragraphs", async (_where, selection, inserted) => {
    const small = fakeWord({ ...notaDocument(10), selection });
    const large = fakeWord({ ...notaDocument(10000), selection });
    await insertBlock(small.context, WORD_15, kernpunten, { kind: "cursor" });
    await insertBlock(large.context, WORD_15, kernpunten, { kind: "cursor" });
    expect(large.fake.syncs).toBe(small.fake.syncs);
    expect(small.fake.syncs).toBe(4);
    expect(large.doc.paragraphs[inserted].blocks.map((c) => c.tag)).toEqual(["nota:kernpunten"]);
  });

  it("loads no property of the body's paragraphs to check the anchor: only the items", async () => {
    const { context, fake } = fakeWord(smallNota);
    await insertBlock(context, WORD_13, kernpunten, afterAanleiding);
    expect(fake.log.filter((name) => name.startsWith("FakeParagraphs.load"))).toEqual(["FakeParagraphs.load($none)"]);
  });

  it("makes parameters plain-text controls from WordApi 1.5", async () => {
    const { context, doc } = fakeWord(smallNota);
    await insertBlock(context, WORD_15, kernpunten, { kind: "cursor" });
    expect(doc.describe()).toContain(
      "[nota:kernpunten] ListParagraph (list 1, level 0): Agendering in de {nota:param:onderraad plain:RFL};",
    );
  });

  it("never splits or rewrites existing paragraphs", async () => {
    const { context, doc } = fakeWord(smallNota);
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
      const { context, doc, fake } = fakeWord(smallNota);
      const before = doc.describe();
      fake.failOn(command);

      const insertion = insertBlock(context, WORD_13, kernpunten, afterAanleiding);

      await expect(insertion).rejects.toMatchObject({ name: "WordOperationError", kind: "insert-rejected" });
      expect(doc.describe()).toEqual(before);
      expect(doc.controls().map((c) => c.tag)).toEqual(["nota:aanleiding", "nota:toelichting"]);
    });

    it("before the control exists, removes the lone new paragraph", async () => {
      const { context, doc, fake } = fakeWord(smallNota);
      const before = doc.describe();
      fake.failOn("FakeParagraph.insertContentControl");

      await expect(insertBlock(context, WORD_13, kernpunten, { kind: "cursor" })).rejects.toBeInstanceOf(WordOperationError);
      expect(doc.describe()).toEqual(before);
    });

    it("and the clean-up fails too, throws insert-incomplete", async () => {
      const { context, fake } = fakeWord(smallNota);
      fake.failOn("FakeParagraph.startNewList");
      fake.failOn("FakeControl.delete");

      await expect(insertBlock(context, WORD_13, kernpunten, { kind: "cursor" })).rejects.toMatchObject({
        kind: "insert-incomplete",
      });
    });
  });

  describe("a block with a table (the parafenroute, issue 10)", () => {
    const ROUTE = [
      "[nota:parafenroute] Heading1: Parafenroute",
      ...[
        ["Rol", "Paraaf", "Datum"],
        ["Opsteller", "", ""],
        ["Afdelingshoofd / MT", "", ""],
        ["Directeur", "", ""],
        ["Directeur-generaal", "", ""],
      ].flatMap((row) => row.map((cell) => `[nota:parafenroute][table:] Normal: ${cell}`)),
    ];

    it("puts the table inside the block's control, after its heading, with the cells' text in the same batch", async () => {
      const { context, doc, fake } = fakeWord(smallNota);

      await insertBlock(context, WORD_13, parafenroute, at("after", 0, "Beslisnota"));

      expect(doc.describe().slice(0, ROUTE.length + 2)).toEqual(["Normal: Beslisnota", ...ROUTE, "[nota:aanleiding] Heading1: Aanleiding"]);
      expect(fake.log.filter((name) => name.includes("insertTable"))).toEqual(["FakeControl.insertTable(End)"]);
      expect(fake.log.indexOf("FakeControl.insertTable(End)")).toBeLessThan(fake.log.indexOf("FakeControl.set tag=nota:parafenroute"));
      expect(fake.syncs).toBe(4);
    });

    it("costs the same number of syncs in a document of 5,000 paragraphs", async () => {
      const small = fakeWord(notaDocument(10));
      const large = fakeWord(notaDocument(5000));
      await insertBlock(small.context, WORD_13, parafenroute, at("after", 0, "Beslisnota", null, 10));
      await insertBlock(large.context, WORD_13, parafenroute, at("after", 0, "Beslisnota", null, 5000));
      expect(large.fake.syncs).toBe(small.fake.syncs);
    });

    it("when Word rejects the table, removes the whole block and throws insert-rejected", async () => {
      const { context, doc, fake } = fakeWord(smallNota);
      const before = doc.describe();
      fake.failOn("FakeControl.insertTable");

      await expect(insertBlock(context, WORD_13, parafenroute, { kind: "cursor" })).rejects.toMatchObject({ kind: "insert-rejected" });
      expect(doc.describe()).toEqual(before);
    });

    it("when Word rejects the final tag after the table, removes the table with the block", async () => {
      const { context, doc, fake } = fakeWord(smallNota);
      const before = doc.describe();
      fake.failOn("FakeControl.set tag=nota:parafenroute");

      await expect(insertBlock(context, WORD_13, parafenroute, afterAanleiding)).rejects.toMatchObject({ kind: "insert-rejected" });
      expect(doc.describe()).toEqual(before);
    });
  });
});
