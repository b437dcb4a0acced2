import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { STATE_ASIDE_NAMESPACE } from "../../src/domain/stateAside";
import { emptyState } from "../../src/domain/stateModel";
import { statePartXml } from "../../src/domain/storedState";
import { readSnapshot } from "../../src/word/readSnapshot";
import { commonStateStore, setAsideInWord } from "../../src/word/stateParts";
import { notaDocument, STATE_XML } from "./documents";
import { FakeCommonParts, fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_14 } from "./features";

const AT = "2025-06-02T09:00:00.000Z";
const BROKEN = `<state xmlns="${STATE_NAMESPACE}" version="1"><dispositions>`;
const FOREIGN = { namespace: "urn:someone-else", xml: `<x xmlns="urn:someone-else"/>` };

function withParts(paragraphs: number, xmls: string[]): FakeDocumentSpec {
  return { ...notaDocument(paragraphs), parts: [FOREIGN, ...xmls.map((xml) => ({ namespace: STATE_NAMESPACE, xml }))] };
}

/** The text of each <part> of an aside part, unescaped as an XML parser would. */
function keptTexts(asideXml: string): string[] {
  const parsed = new DOMParser().parseFromString(asideXml, "application/xml");
  return Array.from(parsed.getElementsByTagName("part"), (part) => part.textContent ?? "");
}

describe("setting an unreadable state part aside with WordApi 1.4", () => {
  it("keeps the unreadable part's XML in an aside part and removes ours, in 4 round trips", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, ["<state xmlns=\"urn:nota-assistent:state\">&amp; kapot"]));
    expect(await setAsideInWord(context, AT)).toBe(1);
    expect(fake.syncs).toBe(4);
    expect(doc.parts.map((part) => part.namespace)).toEqual([FOREIGN.namespace, STATE_ASIDE_NAMESPACE]);
    expect(keptTexts(doc.parts[1].xml)).toEqual(["<state xmlns=\"urn:nota-assistent:state\">&amp; kapot"]);
    const snapshot = await readSnapshot(fakeWord({ ...notaDocument(10), parts: doc.parts }).context, WORD_14);
    expect(snapshot.state).toEqual({ status: "absent" });
  });

  it("keeps both of two conflicting parts", async () => {
    const second = statePartXml(emptyState());
    const { context, doc } = fakeWord(withParts(10, [STATE_XML, second]));
    expect(await setAsideInWord(context, AT)).toBe(2);
    expect(doc.parts.map((part) => part.namespace)).toEqual([FOREIGN.namespace, STATE_ASIDE_NAMESPACE]);
    expect(keptTexts(doc.parts[1].xml)).toEqual([STATE_XML, second]);
    expect(doc.parts[1].xml).toContain(`at="${AT}"`);
    expect(doc.parts[1].xml).toContain('reason="2 state parts found, expected one"');
  });

  it("leaves a readable or absent state alone, in 1 or 2 round trips", async () => {
    const readable = fakeWord(withParts(10, [STATE_XML]));
    expect(await setAsideInWord(readable.context, AT)).toBe(0);
    expect(readable.fake.syncs).toBe(2);
    expect(readable.doc.parts.map((part) => part.xml)).toEqual([FOREIGN.xml, STATE_XML]);
    const absent = fakeWord(withParts(10, []));
    expect(await setAsideInWord(absent.context, AT)).toBe(0);
    expect(absent.fake.syncs).toBe(1);
  });

  it("costs the same round trips at 10 and 5,000 paragraphs", async () => {
    const syncs = [];
    for (const size of [10, 5_000]) {
      const { context, fake } = fakeWord(withParts(size, [BROKEN]));
      await setAsideInWord(context, AT);
      syncs.push(fake.syncs);
    }
    expect(syncs).toEqual([4, 4]);
  });

  it("deletes nothing when Word refuses the aside part", async () => {
    const { context, fake, doc } = fakeWord(withParts(10, [BROKEN]));
    fake.failOn("FakeCustomXmlParts.add");
    await expect(setAsideInWord(context, AT)).rejects.toMatchObject({ kind: "state-write-failed" });
    expect(doc.parts.map((part) => part.xml)).toEqual([FOREIGN.xml, BROKEN]);
  });

  it("deletes nothing when the aside part does not read back (Word kept nothing)", async () => {
    const { context, doc } = fakeWord(withParts(10, [BROKEN]));
    doc.dropPartWrites = true;
    await expect(setAsideInWord(context, AT)).rejects.toMatchObject({ kind: "state-not-confirmed" });
    expect(doc.parts.map((part) => part.xml)).toEqual([FOREIGN.xml, BROKEN]);
  });
});

describe("setting an unreadable state part aside with the common API (WordApi 1.3)", () => {
  it("adds the aside part, reads it back, then deletes ours: 4 + 2 calls per part of ours", async () => {
    const { doc } = fakeWord(withParts(10, [BROKEN]));
    const common = new FakeCommonParts(doc);
    expect(await commonStateStore(common).setAside(AT)).toBe(1);
    expect(common.calls).toBe(6);
    expect(doc.parts.map((part) => part.namespace)).toEqual([FOREIGN.namespace, STATE_ASIDE_NAMESPACE]);
    expect(keptTexts(doc.parts[1].xml)).toEqual([BROKEN]);
    expect(await commonStateStore(common).read()).toEqual({ status: "absent" });
  });

  it("costs the same calls at 10 and 5,000 paragraphs", async () => {
    const calls = [];
    for (const size of [10, 5_000]) {
      const common = new FakeCommonParts(fakeWord(withParts(size, [STATE_XML, STATE_XML])).doc);
      await commonStateStore(common).setAside(AT);
      calls.push(common.calls);
    }
    expect(calls).toEqual([8, 8]);
  });

  it("leaves a readable state alone", async () => {
    const { doc } = fakeWord(withParts(10, [STATE_XML]));
    expect(await commonStateStore(new FakeCommonParts(doc)).setAside(AT)).toBe(0);
    expect(doc.parts.map((part) => part.xml)).toEqual([FOREIGN.xml, STATE_XML]);
  });

  for (const method of ["addAsync", "getXmlAsync"]) {
    it(`deletes nothing when ${method} fails`, async () => {
      const { doc } = fakeWord(withParts(10, [BROKEN]));
      const common = new FakeCommonParts(doc);
      if (method === "getXmlAsync") common.afterCall(2, () => common.failOn("getXmlAsync"));
      else common.failOn(method);
      await expect(commonStateStore(common).setAside(AT)).rejects.toMatchObject({ kind: "state-write-failed" });
      expect(doc.parts.filter((part) => part.namespace === STATE_NAMESPACE).map((part) => part.xml)).toEqual([BROKEN]);
    });
  }

  it("keeps the aside copy when deleting ours fails, and says so", async () => {
    const { doc } = fakeWord(withParts(10, [BROKEN]));
    const common = new FakeCommonParts(doc);
    common.failOn("deleteAsync");
    await expect(commonStateStore(common).setAside(AT)).rejects.toMatchObject({ kind: "state-not-confirmed" });
    expect(doc.parts.map((part) => part.namespace)).toEqual([FOREIGN.namespace, STATE_NAMESPACE, STATE_ASIDE_NAMESPACE]);
  });
});
