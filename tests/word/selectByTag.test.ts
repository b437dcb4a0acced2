import { selectByTag } from "../../src/word/selectByTag";
import { notaDocument } from "./documents";
import { fakeWord } from "./fakeWord";
import { WORD_14 } from "./features";
import { mockWord } from "./mockWord";

describe("selectByTag", () => {
  it("selects the first control with the tag", async () => {
    const word = mockWord(notaDocument(10));
    expect(await selectByTag(word.context, WORD_14, "nota:kernpunten")).toBe(true);
    expect(word.selections).toEqual(["nota:kernpunten"]);
    expect(word.syncs()).toBe(2);
  });

  it("returns false, selecting nothing, when no control has the tag", async () => {
    const word = mockWord(notaDocument(10));
    expect(await selectByTag(word.context, WORD_14, "nota:financieel")).toBe(false);
    expect(word.selections).toEqual([]);
    expect(word.syncs()).toBe(1);
  });

  it("selects on the fake too", async () => {
    const { context, doc } = fakeWord(notaDocument(10));
    expect(await selectByTag(context, WORD_14, "nota:aanleiding")).toBe(true);
    expect(doc.selected?.tag).toBe("nota:aanleiding");
  });
});
