import { selectParagraph } from "../../src/word/selectParagraph";
import { notaDocument } from "./documents";
import { fakeWord } from "./fakeWord";
import { WORD_13, WORD_14 } from "./features";

describe("selectParagraph", () => {
  it("selects the paragraph the snapshot saw, in three round trips at any length", async () => {
    for (const paragraphs of [10, 10_000]) {
      const { context, doc, fake } = fakeWord(notaDocument(paragraphs));
      expect(await selectParagraph(context, WORD_14, { paragraph: 1, text: "Aanleiding", paragraphCount: paragraphs })).toBe(true);
      expect(doc.selection).toBe(doc.paragraphs[1]);
      expect(fake.syncs).toBe(3);
    }
  });

  it.each([
    ["a paragraph was added or removed", { paragraph: 1, text: "Aanleiding", paragraphCount: 11 }],
    ["the paragraph's text changed", { paragraph: 1, text: "Inleiding", paragraphCount: 10 }],
    ["the paragraph is gone", { paragraph: 12, text: "Aanleiding", paragraphCount: 10 }],
  ])("selects nothing and says so when %s", async (_case, ref) => {
    const { context, doc } = fakeWord(notaDocument(10));
    const before = doc.selection;
    expect(await selectParagraph(context, WORD_13, ref)).toBe(false);
    expect(doc.selection).toBe(before);
  });
});
