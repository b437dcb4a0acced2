import { textLocation, paragraphLocation, type FindingLocation } from "../../src/domain/findings";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { addComment, selectLocation } from "../../src/word/findingLocation";
import { readSnapshot } from "../../src/word/readSnapshot";
import type { WordFeatures } from "../../src/word/capabilities";
import { notaDocument } from "./documents";
import { fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_13, WORD_14 } from "./features";

const LONG = `Uit de brief vloeien ${"geen budgettaire gevolgen en ook geen andere financiële lasten, ".repeat(5)}voort.`;

const spec: FakeDocumentSpec = {
  paragraphs: [
    { text: "Ambtelijke afstemming", styleBuiltIn: "Heading1" },
    // Split into runs in the middle of the phrase, as Word does after an edit or a spelling mark.
    { runs: [{ text: "Uit de brief vloeien geen budget" }, { text: "taire gevol" }, { text: "gen voort." }] },
    { text: "Financiën: ", inline: [{ tag: "nota:param:financien", text: "geen budgettaire consequenties" }] },
    { text: LONG },
    { text: "Geen extra middelen nu; extra middelen later misschien." },
    // A tracked deletion holding the phrase: Word's search sees it, the reviewed text does not.
    { runs: [{ text: "Er komen " }, { text: "extra middelen, ", deleted: true }, { text: "extra middelen." }] },
  ],
};

async function prepared(features: WordFeatures = WORD_14, documentSpec: FakeDocumentSpec = spec) {
  const word = fakeWord(documentSpec);
  const snapshot = await readSnapshot(word.context, features);
  word.fake.syncs = 0;
  return { ...word, snapshot };
}

/** The location of the `occurrence`-th `phrase` in paragraph `paragraph` of the snapshot. */
function at(snapshot: DocumentSnapshot, paragraph: number, phrase: string, occurrence = 0): FindingLocation {
  const text = snapshot.paragraphs[paragraph].text;
  let start = text.indexOf(phrase);
  for (let n = 0; n < occurrence; n++) start = text.indexOf(phrase, start + 1);
  return textLocation(snapshot, paragraph, start, start + phrase.length);
}

describe("selectLocation", () => {
  it.each([
    ["split over three runs", 1, "geen budgettaire gevolgen"],
    ["inside an inline content control", 2, "budgettaire consequenties"],
    ["across the start of a content control", 2, "Financiën: geen budgettaire"],
  ])("selects matched text %s", async (_case, paragraph, phrase) => {
    const { context, doc, fake, snapshot } = await prepared();
    const location = at(snapshot, paragraph, phrase);
    expect(await selectLocation(context, WORD_14, location)).toBe("text");
    expect(doc.selectedText).toEqual({ para: doc.paragraphs[paragraph], span: { start: location.match?.start, end: location.match?.end } });
    expect(fake.syncs).toBe(3);
  });

  it("selects matched text longer than Word's 255-character search limit", async () => {
    const { context, doc, snapshot } = await prepared();
    const phrase = LONG.slice(LONG.indexOf("geen"), LONG.lastIndexOf(","));
    expect(phrase.length).toBeGreaterThan(255);
    const location = at(snapshot, 3, phrase);
    expect(await selectLocation(context, WORD_14, location)).toBe("text");
    const selected = doc.selectedText;
    expect(selected && doc.text(selected.para).slice(selected.span.start, selected.span.end)).toBe(phrase);
  });

  it("selects the second occurrence when the match is the second", async () => {
    const { context, doc, snapshot } = await prepared();
    const location = at(snapshot, 4, "extra middelen", 1);
    expect(await selectLocation(context, WORD_14, location)).toBe("text");
    expect(doc.selectedText?.span).toEqual({ start: 24, end: 38 });
  });

  it("selects the paragraph (the expected section's heading) for a location without a match", async () => {
    const { context, doc, fake, snapshot } = await prepared();
    expect(await selectLocation(context, WORD_14, paragraphLocation(snapshot, 0))).toBe("paragraph");
    expect(doc.selection).toBe(doc.paragraphs[0]);
    expect(doc.selectedText).toBeNull();
    expect(fake.syncs).toBe(3);
  });

  it("selects the paragraph when Word's search sees other text than the snapshot (a tracked deletion)", async () => {
    const { context, doc, snapshot } = await prepared();
    expect(await selectLocation(context, WORD_14, at(snapshot, 5, "extra middelen"))).toBe("paragraph");
    expect(doc.selection).toBe(doc.paragraphs[5]);
    expect(doc.selectedText).toBeNull();
  });

  it.each([
    ["a paragraph was added", (doc: ReturnType<typeof fakeWord>["doc"]) => doc.insertAt(0, null, [], "Nieuw")],
    ["the paragraph's text changed", (doc: ReturnType<typeof fakeWord>["doc"]) => doc.paragraphs[4].runs.push({ text: " Extra." })],
  ])("selects nothing when %s since the snapshot", async (_case, change) => {
    const { context, doc, snapshot } = await prepared();
    const location = at(snapshot, 4, "extra middelen", 1);
    const before = doc.selection;
    change(doc);
    expect(await selectLocation(context, WORD_14, location)).toBe("changed");
    expect(doc.selection).toBe(before);
    expect(doc.selectedText).toBeNull();
  });

  it("works on WordApi 1.3 (text read without getReviewedText)", async () => {
    const { context, doc, snapshot } = await prepared(WORD_13);
    expect(await selectLocation(context, WORD_13, at(snapshot, 1, "budgettaire"))).toBe("text");
    expect(doc.selectedText?.span).toEqual({ start: 26, end: 37 });
  });

  it("needs the same three round trips at 10 and 5,000 paragraphs", async () => {
    for (const size of [10, 5_000]) {
      const { context, fake, snapshot } = await prepared(WORD_14, notaDocument(size));
      expect(await selectLocation(context, WORD_14, at(snapshot, size - 1, "punt"))).toBe("text");
      expect(fake.syncs).toBe(3);
    }
  });
});

describe("addComment", () => {
  it("adds a comment on the matched text, with the text given; Word sets the author", async () => {
    const { context, doc, fake, snapshot } = await prepared();
    const location = at(snapshot, 1, "geen budgettaire gevolgen");
    expect(await addComment(context, WORD_14, location, "FIN-1: Maak expliciet dat er geen budgettaire consequenties zijn.")).toBe("text");
    const added = doc.comments[doc.comments.length - 1];
    expect(added).toMatchObject({
      content: "FIN-1: Maak expliciet dat er geen budgettaire consequenties zijn.",
      para: doc.paragraphs[1],
      quoted: "geen budgettaire gevolgen",
      author: "Ingelogde gebruiker",
    });
    expect(fake.syncs).toBe(3);
  });

  it("comments the whole heading for a location without a match", async () => {
    const { context, doc, snapshot } = await prepared();
    expect(await addComment(context, WORD_14, paragraphLocation(snapshot, 0), "FIN-1: ontbreekt")).toBe("paragraph");
    expect(doc.comments[doc.comments.length - 1]).toMatchObject({ para: doc.paragraphs[0], quoted: "Ambtelijke afstemming" });
  });

  it("adds nothing when the document changed", async () => {
    const { context, doc, snapshot } = await prepared();
    const location = at(snapshot, 1, "budgettaire");
    doc.paragraphs.pop();
    expect(await addComment(context, WORD_14, location, "FIN-1: x")).toBe("changed");
    expect(doc.comments).toEqual([]);
  });

  it("is refused below WordApi 1.4 without a round trip", async () => {
    const { context, doc, fake, snapshot } = await prepared(WORD_13);
    await expect(addComment(context, WORD_13, at(snapshot, 1, "budgettaire"), "FIN-1: x")).rejects.toMatchObject({ kind: "comments-unavailable" });
    expect(fake.syncs).toBe(0);
    expect(doc.comments).toEqual([]);
  });

  it("needs the same three round trips at 10 and 5,000 paragraphs", async () => {
    for (const size of [10, 5_000]) {
      const { context, fake, snapshot } = await prepared(WORD_14, notaDocument(size));
      await addComment(context, WORD_14, at(snapshot, size - 1, "punt"), "ACKE-1: x");
      expect(fake.syncs).toBe(3);
    }
  });
});
