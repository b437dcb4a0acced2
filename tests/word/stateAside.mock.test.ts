import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { asidePartXml, STATE_ASIDE_NAMESPACE } from "../../src/domain/stateAside";
import { setAsideInWord } from "../../src/word/stateParts";
import { notaDocument, STATE_XML } from "./documents";
import { mockWord } from "./mockWord";

const AT = "2025-06-02T09:00:00.000Z";
const BROKEN = `<state xmlns="${STATE_NAMESPACE}" version="1"><dispositions>`;
const REASON = "2 state parts found, expected one";

const withParts = (paragraphs: number, xmls: string[]) => ({
  ...notaDocument(paragraphs),
  parts: xmls.map((xml) => ({ namespace: STATE_NAMESPACE, xml })),
});

describe("setting the state aside on office-addin-mock", () => {
  it("adds the aside part and reads it back before it deletes ours, in 4 syncs", async () => {
    const word = mockWord(withParts(10, [STATE_XML, BROKEN]));
    expect(await setAsideInWord(word.context, AT)).toBe(2);
    const aside = asidePartXml([STATE_XML, BROKEN], AT, REASON);
    const ours = `document.customXmlParts.getByNamespace(${JSON.stringify(STATE_NAMESPACE)}) → parts ${STATE_NAMESPACE}`;
    const asides = `document.customXmlParts.getByNamespace(${JSON.stringify(STATE_ASIDE_NAMESPACE)}) → parts ${STATE_ASIDE_NAMESPACE}`;
    expect(word.calls).toEqual([
      ours,
      "sync",
      "part 1.getXml()",
      "part 2.getXml()",
      "sync",
      `document.customXmlParts.add(${JSON.stringify(aside)}) → part 3`,
      "part 3.getXml()",
      asides,
      "sync",
      "part 1.delete()",
      "part 2.delete()",
      ours,
      "sync",
    ]);
    expect(word.textWrites).toEqual([]);
  });

  it("makes the same calls at 10 and 5,000 paragraphs", async () => {
    const transcripts = [];
    for (const size of [10, 5_000]) {
      const word = mockWord(withParts(size, [BROKEN]));
      await setAsideInWord(word.context, AT);
      transcripts.push(word.calls);
    }
    expect(transcripts[1]).toEqual(transcripts[0]);
  }, 30_000); // building a 5,000-paragraph mock takes seconds

  it("deletes nothing when Word rejects the batch that adds the aside part", async () => {
    const word = mockWord(withParts(10, [BROKEN]));
    word.rejectSync(3);
    await expect(setAsideInWord(word.context, AT)).rejects.toMatchObject({ kind: "state-write-failed" });
    expect(word.calls.filter((call) => call.includes("delete"))).toEqual([]);
  });

  it("leaves a readable part alone", async () => {
    const word = mockWord(withParts(10, [STATE_XML]));
    expect(await setAsideInWord(word.context, AT)).toBe(0);
    expect(word.calls.filter((call) => /add|delete|setXml/.test(call))).toEqual([]);
  });
});
