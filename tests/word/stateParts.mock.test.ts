import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { emptyState, type StoredState } from "../../src/domain/stateModel";
import { statePartXml } from "../../src/domain/storedState";
import { updateInWord } from "../../src/word/stateParts";
import { notaDocument, STATE_XML } from "./documents";
import { mockWord } from "./mockWord";

const T1 = "2025-06-02T09:00:00.000Z";

function disposition(id: string, by: string): StoredState {
  const change = emptyState();
  change.dispositions[id] = { state: "afgehandeld", by, at: T1, note: "", updatedAt: T1 };
  return change;
}

const withParts = (paragraphs: number, xmls: string[]) => ({
  ...notaDocument(paragraphs),
  parts: xmls.map((xml) => ({ namespace: STATE_NAMESPACE, xml })),
});

describe("writing the state on office-addin-mock", () => {
  it("reads, writes and reads back the one part in 3 syncs, and touches nothing else", async () => {
    const word = mockWord(withParts(10, [STATE_XML]));
    const result = await updateInWord(word.context, disposition("FIN-1", "Anna"));
    const written = statePartXml(result);
    expect(word.calls).toEqual([
      `document.customXmlParts.getByNamespace(${JSON.stringify(STATE_NAMESPACE)}) → parts ${STATE_NAMESPACE}`,
      "sync",
      "part 1.getXml()",
      "sync",
      "part 1.getXml()",
      `part 1.setXml(${JSON.stringify(written)})`,
      `document.customXmlParts.getByNamespace(${JSON.stringify(STATE_NAMESPACE)}) → parts ${STATE_NAMESPACE}`,
      "part 1.getXml()",
      "sync",
    ]);
    expect(word.syncs()).toBe(3);
    expect(word.textWrites).toEqual([]);
  });

  it("makes the same calls at 10 and 5,000 paragraphs", async () => {
    const transcripts = [];
    for (const size of [10, 5_000]) {
      const word = mockWord(withParts(size, [STATE_XML]));
      await updateInWord(word.context, disposition("FIN-1", "Anna"));
      transcripts.push(word.calls);
    }
    expect(transcripts[1]).toEqual(transcripts[0]);
  }, 30_000); // building a 5,000-paragraph mock takes seconds

  it("adds the part when the document has none", async () => {
    const word = mockWord(withParts(10, []));
    const result = await updateInWord(word.context, disposition("FIN-1", "Anna"));
    expect(word.calls).toContain(`document.customXmlParts.add(${JSON.stringify(statePartXml(result))}) → part 1`);
    expect(word.syncs()).toBe(2);
  });

  it("never writes over two parts of ours", async () => {
    const word = mockWord(withParts(10, [STATE_XML, STATE_XML]));
    await expect(updateInWord(word.context, disposition("FIN-1", "Anna"))).rejects.toMatchObject({ kind: "state-unreadable" });
    expect(word.calls.filter((call) => /setXml|add|delete/.test(call))).toEqual([]);
  });

  it("reports a write batch Word rejected", async () => {
    const word = mockWord(withParts(10, [STATE_XML]));
    word.rejectSync(3);
    await expect(updateInWord(word.context, disposition("FIN-1", "Anna"))).rejects.toMatchObject({ kind: "state-write-failed" });
  });
});
