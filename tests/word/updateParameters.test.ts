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

  it("when Word rejects the write batch (which applied its commands), writes the old values back and throws update-failed", async () => {
    const word = mockWord(twoOccurrences);
    word.rejectSync(2);

    const update = updateParameters(word.context, WORD_14, { datumMR: "10 juni 2025", onderraad: "RFL" });

    await expect(update).rejects.toMatchObject({ name: "WordOperationError", kind: "update-failed" });
    expect(word.textWrites).toEqual([
      { tag: "nota:param:datumMR", value: "10 juni 2025" },
      { tag: "nota:param:datumMR", value: "10 juni 2025" },
      { tag: "nota:param:datumMR", value: "3 juni 2025" },
      { tag: "nota:param:datumMR", value: "3 juni 2025" },
    ]);
    expect(word.syncs()).toBe(4);
  });

  it("throws update-incomplete when writing the old values back is rejected too", async () => {
    const word = mockWord(twoOccurrences);
    word.rejectSync(2);
    word.rejectSync(4);

    await expect(updateParameters(word.context, WORD_14, { datumMR: "10 juni 2025" })).rejects.toMatchObject({
      kind: "update-incomplete",
    });
  });

  it("costs the same syncs in a long document when Word rejects the update", async () => {
    const short = mockWord(notaDocument(10));
    const long = mockWord(notaDocument(5000));
    short.rejectSync(2);
    long.rejectSync(2);
    await expect(updateParameters(short.context, WORD_14, { datumMR: "1 juli 2025" })).rejects.toMatchObject({ kind: "update-failed" });
    await expect(updateParameters(long.context, WORD_14, { datumMR: "1 juli 2025" })).rejects.toMatchObject({ kind: "update-failed" });
    expect(long.syncs()).toBe(short.syncs());
  });

  it("finds plain-text parameter controls from WordApi 1.5", async () => {
    const word = mockWord({ paragraphs: [{ text: "Per ", inline: [{ tag: "nota:param:datum", text: "1 mei", plainText: true }] }] });
    expect(await updateParameters(word.context, WORD_15, { datum: "2 mei" })).toBe(1);
    expect(word.textWrites).toEqual([{ tag: "nota:param:datum", value: "2 mei" }]);
  });
});

describe("updateParameters (fake document)", () => {
  describe("when Word rejects a write, after earlier writes of the batch were applied", () => {
    // Writes run in the order of the values: onderraad, then datumMR's two controls; the second write fails.
    const values = { onderraad: "BZ", datumMR: "10 juni 2025" };

    it("writes the old values back, leaves the document as it was and throws update-failed", async () => {
      const { context, doc, fake } = fakeWord(twoOccurrences);
      const before = doc.describe();
      fake.failOn("FakeControl.insertText", 2);

      await expect(updateParameters(context, WORD_14, values)).rejects.toMatchObject({ name: "WordOperationError", kind: "update-failed" });

      expect(doc.describe()).toEqual(before);
      expect(fake.log.filter((name) => name.startsWith("FakeControl.insertText"))).toEqual([
        "FakeControl.insertText(Replace)", // onderraad := BZ
        "FakeControl.insertText(Replace)", // onderraad := RFL again; datumMR never changed
      ]);
      expect(fake.syncs).toBe(4);
    });

    it("finds the controls again by tag for the restore, with no proxy from the failed batch", async () => {
      const { context, fake } = fakeWord(twoOccurrences);
      fake.failOn("FakeControl.insertText", 2);

      await expect(updateParameters(context, WORD_14, values)).rejects.toMatchObject({ kind: "update-failed" });

      const loads = fake.log.filter((name) => name.startsWith("FakeControls.load"));
      // Two reads before the write, then a fresh query of each parameter the failed batch wrote to.
      expect(loads).toEqual(Array(4).fill("FakeControls.load(items/text)"));
    });

    it("throws update-incomplete when the restore is rejected too", async () => {
      const { context, doc, fake } = fakeWord(twoOccurrences);
      fake.failOn("FakeControl.insertText", 2);
      fake.failOn("FakeControl.insertText");

      await expect(updateParameters(context, WORD_14, values)).rejects.toMatchObject({ kind: "update-incomplete" });
      expect(doc.describe()[0]).toContain("{nota:param:onderraad:BZ}");
    });

    it("throws update-incomplete when the restore's fresh read is rejected", async () => {
      const { context, fake } = fakeWord(twoOccurrences);
      fake.failOn("FakeControl.insertText", 2);
      fake.failOn("FakeControls.load", 3);

      await expect(updateParameters(context, WORD_14, values)).rejects.toMatchObject({ kind: "update-incomplete" });
    });
  });

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
