import { detectFeatures, officeRequirementCheck } from "../../src/word/capabilities";
import { WordOperationError } from "../../src/word/errors";
import { createOfficeWord } from "../../src/word/officeWord";
import { notaDocument } from "./documents";
import { mockWord } from "./mockWord";

type Globals = { Word?: unknown; Office?: unknown };
const globals = globalThis as unknown as Globals;

function installHost(context: Word.RequestContext, supported: string[]): void {
  globals.Word = { run: (operation: (context: Word.RequestContext) => Promise<unknown>) => operation(context) };
  globals.Office = {
    context: { requirements: { isSetSupported: (name: string, version: string) => supported.includes(`${name} ${version}`) } },
  };
}

afterEach(() => {
  delete globals.Word;
  delete globals.Office;
});

describe("capabilities", () => {
  it("detects WordApi 1.4 for comments and custom XML parts, 1.5 for plain-text controls", () => {
    const on13 = detectFeatures((_, version) => version === "1.3");
    const on15 = detectFeatures(() => true);
    expect(on13).toEqual({ comments: false, customXmlParts: false, reviewedText: false, plainTextControls: false });
    expect(on15).toEqual({ comments: true, customXmlParts: true, reviewedText: true, plainTextControls: true });
  });

  it("says nothing is supported outside Office", () => {
    expect(officeRequirementCheck()("WordApi", "1.4")).toBe(false);
  });
});

describe("createOfficeWord", () => {
  it("runs operations through Word.run with the host's requirement sets", async () => {
    const word = mockWord(notaDocument(10));
    installHost(word.context, ["WordApi 1.3"]);
    const port = createOfficeWord();

    const snapshot = await port.readSnapshot();
    expect(snapshot.comments).toBeNull();
    expect(await port.updateParameters({ datumMR: "4 juni 2025" })).toBe(1);
    expect(await port.selectByTag("nota:aanleiding")).toBe(true);
  });

  it("reads comments when the host has WordApi 1.4", async () => {
    installHost(mockWord(notaDocument(10)).context, ["WordApi 1.3", "WordApi 1.4"]);
    expect((await createOfficeWord().readSnapshot()).comments).toHaveLength(2);
  });

  it("turns whatever Word throws into a typed WordOperationError", async () => {
    globals.Word = { run: () => Promise.reject(new Error("GeneralException")) };
    const port = createOfficeWord(() => false);

    await expect(port.readSnapshot()).rejects.toMatchObject({ kind: "read-failed" });
    await expect(port.updateParameters({ a: "b" })).rejects.toMatchObject({ kind: "update-failed" });
    await expect(port.selectByTag("nota:x")).rejects.toBeInstanceOf(WordOperationError);
  });
});
