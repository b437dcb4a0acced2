import { updateParameters } from "../../src/word/updateParameters";
import type { FakeDocumentSpec } from "./fakeWord";
import { fakeWord } from "./fakeWord";
import { notaDocument } from "./documents";
import { WORD_14, WORD_15 } from "./features";
import { mockWord } from "./mockWord";

const twoOccurrences: FakeDocumentSpec = {
  paragraphs: [
    { text: "Agendering in de ", inline: [{ tag: "nota:param:onderraad", text: "RFL" }], controls: ["nota:geadviseerd-besluit"] },
    { text: "MR op ", inline: [{ tag: "nota:param:datumMR", text: "3 juni 2025" }], controls: ["nota:geadviseerd-besluit"] },
    { text: "Zie ", inline: [{ tag: "nota:param:datumMR", text: "3 juni 2025" }, { tag: "eigen:tag", text: "3 juni 2025" }] },
  ],
};

describe("updateParameters (office-addin-mock)", () => {
  it("writes every occurrence of a changed parameter and nothing else", async () => {
    const word = mockWord(twoOccurrences);

    const changed = await updateParameters(word.context, WORD_14, { datumMR: "10 juni 2025", onderraad: "RFL" });

    expect(changed).toBe(2);
    expect(word.textWrites).toEqual([
      { tag: "nota:param:datumMR", value: "10 juni 2025" },
      { tag: "nota:param:datumMR", value: "10 juni 2025" },
    ]);
    expect(word.syncs()).toBe(2);
  });

  it("changes nothing, in one sync, when the values are current or unknown", async () => {
    const word = mockWord(twoOccurrences);

    expect(await updateParameters(word.context, WORD_14, { onderraad: "RFL", onbekend: "x" })).toBe(0);
    expect(word.textWrites).toEqual([]);
    expect(word.syncs()).toBe(1);
  });

  it("costs the same syncs in a long document", async () => {
    const short = mockWord(notaDocument(10));
    const long = mockWord(notaDocument(5000));
    await updateParameters(short.context, WORD_14, { datumMR: "1 juli 2025" });
    await updateParameters(long.context, WORD_14, { datumMR: "1 juli 2025" });
    expect(long.syncs()).toBe(short.syncs());
  });

  it("finds plain-text parameter controls from WordApi 1.5", async () => {
    const word = mockWord({ paragraphs: [{ text: "Per ", inline: [{ tag: "nota:param:datum", text: "1 mei", plainText: true }] }] });
    expect(await updateParameters(word.context, WORD_15, { datum: "2 mei" })).toBe(1);
    expect(word.textWrites).toEqual([{ tag: "nota:param:datum", value: "2 mei" }]);
  });
});

describe("updateParameters (fake document)", () => {
  it("leaves the drafter's text and other controls as they were", async () => {
    const { context, doc } = fakeWord(twoOccurrences);

    await updateParameters(context, WORD_14, { datumMR: "10 juni 2025" });

    expect(doc.describe()).toEqual([
      "[nota:geadviseerd-besluit] Normal: Agendering in de {nota:param:onderraad:RFL}",
      "[nota:geadviseerd-besluit] Normal: MR op {nota:param:datumMR:10 juni 2025}",
      "Normal: Zie {nota:param:datumMR:10 juni 2025}{eigen:tag:3 juni 2025}",
    ]);
  });
});
