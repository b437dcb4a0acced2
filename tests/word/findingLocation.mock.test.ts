// The same operations on office-addin-mock, whose search behaves like Word on the web: a search text
// over 255 characters is rejected (the batch-faithful fake behaves like the desktop: no hits).
import { paragraphLocation, textLocation, type FindingLocation } from "../../src/domain/findings";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { addComment, selectLocation } from "../../src/word/findingLocation";
import { readSnapshot } from "../../src/word/readSnapshot";
import { notaDocument } from "./documents";
import type { FakeDocumentSpec } from "./fakeWord";
import { WORD_14 } from "./features";
import { mockWord } from "./mockWord";

const LONG = `Uit de brief vloeien ${"geen budgettaire gevolgen en geen andere lasten, ".repeat(7)}voort.`;

const spec: FakeDocumentSpec = {
  paragraphs: [
    { text: "Ambtelijke afstemming", styleBuiltIn: "Heading1" },
    { runs: [{ text: "Uit de brief vloeien geen budget" }, { text: "taire gevolgen voort." }] },
    { text: "Financiën: ", inline: [{ tag: "nota:param:financien", text: "geen budgettaire consequenties" }] },
    { text: LONG },
    { text: "Geen extra middelen nu; extra middelen later misschien." },
  ],
};

async function prepared(documentSpec: FakeDocumentSpec = spec) {
  const word = mockWord(documentSpec);
  const snapshot = await readSnapshot(word.context, WORD_14);
  const before = { syncs: word.syncs(), calls: word.calls.length };
  return { word, snapshot, syncs: () => word.syncs() - before.syncs, calls: () => word.calls.slice(before.calls) };
}

function at(snapshot: DocumentSnapshot, paragraph: number, phrase: string, occurrence = 0): FindingLocation {
  const text = snapshot.paragraphs[paragraph].text;
  let start = text.indexOf(phrase);
  for (let n = 0; n < occurrence; n++) start = text.indexOf(phrase, start + 1);
  return textLocation(snapshot, paragraph, start, start + phrase.length);
}

describe("finding locations on office-addin-mock", () => {
  it.each([
    ["split over runs", 1, "geen budgettaire gevolgen", 0],
    ["inside a content control", 2, "budgettaire consequenties", 0],
    ["the second time it occurs", 4, "extra middelen", 1],
  ])("selects matched text %s in 3 syncs", async (_case, paragraph, phrase, occurrence) => {
    const { word, snapshot, syncs } = await prepared();
    const location = at(snapshot, paragraph, phrase, occurrence);
    expect(await selectLocation(word.context, WORD_14, location)).toBe("text");
    expect(word.selected).toEqual([{ paragraph, start: location.match?.start, end: location.match?.end }]);
    expect(syncs()).toBe(3);
  });

  it("selects matched text over 255 characters without a search text over 255", async () => {
    const { word, snapshot, calls } = await prepared();
    const phrase = LONG.slice(LONG.indexOf("geen"), LONG.lastIndexOf(","));
    expect(phrase.length).toBeGreaterThan(255);
    const location = at(snapshot, 3, phrase);
    expect(await selectLocation(word.context, WORD_14, location)).toBe("text");
    expect(word.selected).toEqual([{ paragraph: 3, start: location.match?.start, end: location.match?.end }]);
    expect(calls().filter((call) => call.startsWith("paragraph 3.search("))).toHaveLength(2);
  });

  it("selects the heading for a location without a match, and nothing once the document changed", async () => {
    const { word, snapshot } = await prepared();
    expect(await selectLocation(word.context, WORD_14, paragraphLocation(snapshot, 0))).toBe("paragraph");
    const stale = { ...paragraphLocation(snapshot, 0), paragraph: { ...paragraphLocation(snapshot, 0).paragraph, paragraphCount: 6 } };
    expect(await selectLocation(word.context, WORD_14, stale)).toBe("changed");
    expect(word.selected).toEqual([{ paragraph: 0 }]);
  });

  it("adds a comment with the given text on the matched text", async () => {
    const { word, snapshot, syncs } = await prepared();
    const location = at(snapshot, 1, "geen budgettaire gevolgen");
    expect(await addComment(word.context, WORD_14, location, "FIN-1: Maak expliciet …")).toBe("text");
    expect(word.addedComments).toEqual([{ paragraph: 1, start: location.match?.start, end: location.match?.end, content: "FIN-1: Maak expliciet …" }]);
    expect(syncs()).toBe(3);
  });

  it("makes the same calls at 10 and 5,000 paragraphs", async () => {
    const transcripts: string[][] = [];
    for (const size of [10, 5_000]) {
      const { word, snapshot, calls } = await prepared(notaDocument(size));
      await selectLocation(word.context, WORD_14, at(snapshot, size - 1, "punt"));
      await addComment(word.context, WORD_14, paragraphLocation(snapshot, size - 1), "ACKE-1: x");
      transcripts.push(calls().map((call) => call.split(`paragraph ${size - 1}`).join("paragraph last")));
    }
    expect(transcripts[1]).toEqual(transcripts[0]);
    expect(transcripts[0].filter((call) => call === "sync")).toHaveLength(6);
  }, 60_000); // building a 5,000-paragraph mock takes seconds
});
