import { detectFeatures, officeRequirementCheck } from "../../src/word/capabilities";
import { WordOperationError } from "../../src/word/errors";
import { createOfficeWord } from "../../src/word/officeWord";
import { renderBlock } from "../../src/domain/blocks";
import { emptyState } from "../../src/domain/stateModel";
import { defaultCompanyList } from "../../src/config/companies";
import { COMPANY_HEADING, renderCompanyBlock, type CompanyList } from "../../src/domain/companies";
import { companyStatuses, detachedCompanies, detachedCompanyChange, insertedCompaniesChange } from "../../src/domain/companyParagraphs";
import { notaDocument, STATE_XML } from "./documents";
import { FakeCommonParts, fakeWord } from "./fakeWord";
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

describe("the state through the port", () => {
  const def = {
    id: "mr", title: "MR", headingLevel: 1, heading: false, order: 1,
    body: [{ kind: "body" as const, text: "De MR van {datumMR}." }],
    params: [{ name: "datumMR", label: "Datum MR", type: "date" as const, required: true, dateStyle: "short" as const }],
  };
  const change = () => {
    const state = emptyState();
    state.dispositions["FIN-1"] = { state: "afgehandeld", by: "Anna", at: "2025-06-02T09:00:00Z", note: "", updatedAt: "2025-06-02T09:00:00Z" };
    return state;
  };

  it("on WordApi 1.3 reads and writes the state through the common API", async () => {
    const { context, doc } = fakeWord(notaDocument(10));
    installHost(context, ["WordApi 1.3"]);
    const common = new FakeCommonParts(doc);
    const port = createOfficeWord(undefined, { commonParts: () => common, now: () => "2025-06-02T10:00:00.000Z" });

    expect((await port.readSnapshot()).state).toEqual({ status: "ok", version: 1, xml: STATE_XML, model: emptyState() });
    await port.updateState(change());
    await port.updateParameters({ datumMR: "13 juni" }, { datumMR: "2025-06-13" });
    const { state } = await port.readSnapshot();
    expect(state).toMatchObject({
      status: "ok",
      version: 2,
      model: { dispositions: { "FIN-1": { by: "Anna" } }, parameters: { datumMR: { value: "2025-06-13", text: "13 juni" } } },
    });
  });

  it("on WordApi 1.4 records the parameter values of an inserted block as data", async () => {
    const { context } = fakeWord(notaDocument(10));
    installHost(context, ["WordApi 1.3", "WordApi 1.4"]);
    const port = createOfficeWord(undefined, { now: () => "2025-06-02T10:00:00.000Z" });
    await port.insertBlock(renderBlock(def, { datumMR: "2025-06-20" }), { kind: "nota-order", anchor: null });
    expect((await port.readSnapshot()).state).toMatchObject({
      status: "ok",
      model: { parameters: { datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: "2025-06-02T10:00:00.000Z" } } },
    });
  });

  it("says the state cannot be stored where neither API exists, and keeps the insertion", async () => {
    const { context } = fakeWord(notaDocument(10));
    installHost(context, ["WordApi 1.3"]);
    const port = createOfficeWord(undefined, { commonParts: () => null });
    await expect(port.updateState(change())).rejects.toMatchObject({ kind: "state-unavailable" });
    await port.insertBlock(renderBlock(def, { datumMR: "2025-06-20" }), { kind: "nota-order", anchor: null });
    expect((await port.readSnapshot()).state).toMatchObject({ status: "unavailable" });
  });
});

describe("company paragraphs through the port", () => {
  const list: CompanyList = { version: 1, companies: defaultCompanyList.companies.filter((entry) => ["cosun", "shell"].includes(entry.id)) };
  const AT = "2025-06-16T10:00:00.000Z";

  it("inserts with the heading and records fingerprints; refresh and Loskoppelen update them; statuses follow", async () => {
    const { context } = fakeWord(notaDocument(10));
    installHost(context, ["WordApi 1.3", "WordApi 1.4"]);
    const port = createOfficeWord(undefined, { now: () => AT });
    await port.insertCompanies(list.companies.map(renderCompanyBlock), { kind: "end" }, { text: COMPANY_HEADING, level: 2 }, insertedCompaniesChange(list.companies, AT));
    let snapshot = await port.readSnapshot();
    expect(companyStatuses(snapshot, list).map((status) => [status.id, status.state])).toEqual([
      ["cosun", "current"],
      ["shell", "current"],
    ]);

    const changed: CompanyList = { version: 1, companies: [{ ...list.companies[0], phase: "jloi", milestones: { jloiSigned: "2025-06-23" }, updated: "2025-06-24" }, list.companies[1]] };
    const [outOfDate] = companyStatuses(snapshot, changed);
    expect(outOfDate.state).toBe("out-of-date");
    expect(await port.refreshCompanies([{ tag: "nota:company:cosun", expectedText: outOfDate.text, text: outOfDate.newText! }], insertedCompaniesChange([changed.companies[0]], "2025-06-24T08:00:00.000Z"))).toBe(1);
    snapshot = await port.readSnapshot();
    expect(companyStatuses(snapshot, changed).map((status) => status.state)).toEqual(["current", "current"]);

    expect(await port.detachCompany("nota:company:shell", detachedCompanyChange("shell", null, "2025-06-24T09:00:00.000Z"))).toBe(true);
    snapshot = await port.readSnapshot();
    expect(companyStatuses(snapshot, changed).map((status) => status.id)).toEqual(["cosun"]);
    expect(detachedCompanies(snapshot)).toEqual(["shell"]);
    expect(snapshot.paragraphs.some((paragraph) => paragraph.text === "De gesprekken met Shell over een maatwerkafspraak zijn gestopt.")).toBe(true);
  });
});
