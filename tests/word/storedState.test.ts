import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { readSnapshot } from "../../src/word/readSnapshot";
import { parseStatePart } from "../../src/word/storedState";
import { notaDocument, STATE_XML } from "./documents";
import { WORD_14 } from "./features";
import { mockWord } from "./mockWord";

describe("parseStatePart", () => {
  it("reads the version and hands the root's own text to the domain", () => {
    const xml = `<s:state xmlns:s="${STATE_NAMESPACE}" version="3">{"parameters":{"a":{"value":"1 &amp; 2","text":"x","updatedAt":"2025-06-02T09:00:00Z"}}}<s:later>{}</s:later></s:state>`;
    expect(parseStatePart(xml)).toMatchObject({ status: "ok", version: 3, xml, model: { parameters: { a: { value: "1 & 2" } } } });
  });

  it.each([
    ["not XML", "garbage"],
    ["malformed", `<state xmlns="${STATE_NAMESPACE}" version="1"><a></state>`],
    ["another namespace", `<state xmlns="urn:other" version="1"/>`],
    ["no version", `<state xmlns="${STATE_NAMESPACE}"/>`],
    ["a bad version", `<state xmlns="${STATE_NAMESPACE}" version="1.5"/>`],
  ])("keeps a part that is %s, as unreadable with the reason", (_what, xml) => {
    const part = parseStatePart(xml);
    expect(part).toMatchObject({ status: "unreadable", xml });
    expect(part.status === "unreadable" && part.problem.length > 0).toBe(true);
  });
});

describe("state parts in Word", () => {
  it("reports two parts in the add-in's namespace as a conflict", async () => {
    const twice = { ...notaDocument(10), parts: [{ namespace: STATE_NAMESPACE, xml: STATE_XML }, { namespace: STATE_NAMESPACE, xml: STATE_XML }] };
    expect((await readSnapshot(mockWord(twice).context, WORD_14)).state).toEqual({
      status: "unreadable",
      xml: STATE_XML,
      problem: "2 state parts found, expected one",
    });
  });
});
