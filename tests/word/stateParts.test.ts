import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { emptyState, parameterChange, type StoredState } from "../../src/domain/stateModel";
import { statePartXml } from "../../src/domain/storedState";
import { readSnapshot } from "../../src/word/readSnapshot";
import { commonStateStore, updateInWord } from "../../src/word/stateParts";
import { notaDocument, STATE_XML } from "./documents";
import { FakeCommonParts, fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_14 } from "./features";

const T1 = "2025-06-02T09:00:00.000Z";
const T2 = "2025-06-03T09:00:00.000Z";

function disposition(id: string, by: string, at: string): StoredState {
  const change = emptyState();
  change.dispositions[id] = { state: "afgehandeld", by, at, note: "", updatedAt: at };
  return change;
}

function withParts(paragraphs: number, xmls: string[]): FakeDocumentSpec {
  return { ...notaDocument(paragraphs), parts: xmls.map((xml) => ({ namespace: STATE_NAMESPACE, xml })) };
}

const ours = (state: StoredState) => statePartXml(state);

describe("writing the state with WordApi 1.4", () => {
  it("upgrades a version 1 part in 3 round trips and reads back the merged state", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, [STATE_XML]));
    const result = await updateInWord(context, disposition("FIN-1", "Anna", T1));
    expect(fake.syncs).toBe(3);
    expect(result.dispositions["FIN-1"]).toMatchObject({ by: "Anna" });
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0].xml).toBe(ours(result));
    expect(doc.parts[0].xml).not.toMatch(/^<\?xml/);
    const snapshot = await readSnapshot(fakeWord({ ...notaDocument(10), parts: doc.parts }).context, WORD_14);
    expect(snapshot.state).toMatchObject({ status: "ok", version: 2, model: result });
  });

  it("adds the part when there is none, in 2 round trips", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, []));
    await updateInWord(context, parameterChange({ datumMR: { value: "2025-06-20", text: "20 juni" } }, T1));
    expect(fake.syncs).toBe(2);
    expect(doc.parts.map((part) => part.namespace)).toEqual([STATE_NAMESPACE]);
  });

  it("costs the same round trips at 10 and 5,000 paragraphs", async () => {
    const syncs = [];
    for (const size of [10, 5_000]) {
      const { context, fake } = fakeWord(withParts(size, [ours(disposition("FIN-2", "Bert", T1))]));
      await updateInWord(context, disposition("FIN-1", "Anna", T2));
      syncs.push(fake.syncs);
    }
    expect(syncs).toEqual([3, 3]);
  });

  it("keeps what another reviewer stored earlier and takes the newest entry per item", async () => {
    const earlier = disposition("FIN-2", "Bert", T1);
    earlier.dispositions["FIN-1"] = { state: "niet-van-toepassing", by: "Bert", at: T1, note: "", updatedAt: T1 };
    const { context, doc } = fakeWord(withParts(10, [ours(earlier)]));
    const result = await updateInWord(context, disposition("FIN-1", "Anna", T2));
    expect(result.dispositions["FIN-1"]).toMatchObject({ by: "Anna", state: "afgehandeld" });
    expect(result.dispositions["FIN-2"]).toMatchObject({ by: "Bert" });
    expect(doc.parts[0].xml).toBe(ours(result));
  });

  it("loses nothing when another reviewer writes between its read and its write", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, [ours(emptyState())]));
    // Bert's add-in writes right after Anna's add-in has read the part.
    fake.afterSync(2, () => {
      doc.parts[0].xml = ours(disposition("FIN-2", "Bert", T1));
    });
    const result = await updateInWord(context, disposition("FIN-1", "Anna", T2));
    expect(fake.syncs).toBe(4);
    expect(Object.keys(result.dispositions).sort()).toEqual(["FIN-1", "FIN-2"]);
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0].xml).toBe(ours(result));
  });

  it("merges into the other part when two writers add the first part at once", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, []));
    fake.afterSync(1, () => doc.parts.push({ namespace: STATE_NAMESPACE, xml: ours(disposition("FIN-2", "Bert", T1)) }));
    const result = await updateInWord(context, disposition("FIN-1", "Anna", T2));
    expect(doc.parts).toHaveLength(1);
    expect(Object.keys(result.dispositions).sort()).toEqual(["FIN-1", "FIN-2"]);
    expect(doc.parts[0].xml).toBe(ours(result));
  });

  it.each([
    ["an unreadable part", [`<state xmlns="${STATE_NAMESPACE}" version="2">{broken</state>`]],
    ["two parts", [STATE_XML, STATE_XML]],
    ["a part of a newer version", [`<state xmlns="${STATE_NAMESPACE}" version="9">{}</state>`]],
  ])("keeps %s as it is and refuses to write", async (_what, xmls) => {
    const { context, doc } = fakeWord(withParts(10, xmls));
    await expect(updateInWord(context, disposition("FIN-1", "Anna", T1))).rejects.toMatchObject({ kind: "state-unreadable" });
    expect(doc.parts.map((part) => part.xml)).toEqual(xmls);
  });

  it("reports a write Word refused, and the part is as before", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, [STATE_XML]));
    fake.failOn("FakePart.setXml");
    await expect(updateInWord(context, disposition("FIN-1", "Anna", T1))).rejects.toMatchObject({ kind: "state-write-failed" });
    expect(doc.parts[0].xml).toBe(STATE_XML);
  });

  it.each([
    ["an existing part", [STATE_XML]],
    ["a new part", []],
  ])("reports a write to %s that reading back does not find (office-js#1742)", async (_what, xmls) => {
    const { context, doc } = fakeWord(withParts(10, xmls));
    doc.dropPartWrites = true;
    await expect(updateInWord(context, disposition("FIN-1", "Anna", T1))).rejects.toMatchObject({ kind: "state-not-confirmed" });
  });
});

describe("the state with the common API (WordApi 1.3)", () => {
  it("reads the part, and writes by adding the new part before deleting the old, in 6 round trips", async () => {
    const { doc } = fakeWord(withParts(10, [ours(disposition("FIN-2", "Bert", T1))]));
    const common = new FakeCommonParts(doc);
    const store = commonStateStore(common);
    expect(await store.read()).toMatchObject({ status: "ok", model: { dispositions: { "FIN-2": { by: "Bert" } } } });
    common.calls = 0;
    const result = await store.update(disposition("FIN-1", "Anna", T2));
    expect(common.calls).toBe(6);
    expect(Object.keys(result.dispositions).sort()).toEqual(["FIN-1", "FIN-2"]);
    expect(doc.parts.map((part) => part.xml)).toEqual([ours(result)]);
  });

  it("costs the same calls at 10 and 5,000 paragraphs, 4 when there is no part yet", async () => {
    const calls = [];
    for (const size of [10, 5_000]) {
      const common = new FakeCommonParts(fakeWord(withParts(size, [STATE_XML])).doc);
      await commonStateStore(common).update(disposition("FIN-1", "Anna", T1));
      calls.push(common.calls);
    }
    const empty = new FakeCommonParts(fakeWord(withParts(10, [])).doc);
    await commonStateStore(empty).update(disposition("FIN-1", "Anna", T1));
    expect([...calls, empty.calls]).toEqual([6, 6, 4]);
  });

  it("keeps two parts as they are and refuses to write", async () => {
    const { doc } = fakeWord(withParts(10, [STATE_XML, STATE_XML]));
    await expect(commonStateStore(new FakeCommonParts(doc)).update(disposition("FIN-1", "Anna", T1))).rejects.toMatchObject({
      kind: "state-unreadable",
    });
    expect(doc.parts).toHaveLength(2);
  });

  it("takes the new part away again when the old one cannot be deleted", async () => {
    const { doc } = fakeWord(withParts(10, [STATE_XML]));
    const common = new FakeCommonParts(doc);
    common.failOn("deleteAsync");
    await expect(commonStateStore(common).update(disposition("FIN-1", "Anna", T1))).rejects.toMatchObject({ kind: "state-write-failed" });
    expect(doc.parts.map((part) => part.xml)).toEqual([STATE_XML]);
  });

  it("reports a write that another writer's write replaced before it was read back", async () => {
    const { doc } = fakeWord(withParts(10, [STATE_XML]));
    const common = new FakeCommonParts(doc);
    common.afterCall(4, () => {
      doc.parts[0].xml = ours(disposition("FIN-2", "Bert", T1));
    });
    await expect(commonStateStore(common).update(disposition("FIN-1", "Anna", T2))).rejects.toMatchObject({ kind: "state-not-confirmed" });
  });
});
