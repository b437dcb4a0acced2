// Company paragraphs in Word: inserted all or nothing (under the heading, with the heading, at the
// cursor), refreshed in one batch in constant round trips, detached keeping the text. On the batch-
// faithful fake (the resulting document) and on office-addin-mock (the commands Word receives).
import { defaultCompanyList } from "../../src/config/companies";
import { COMPANY_HEADING, composeCompanyText, renderCompanyBlock, type CompanyEntry } from "../../src/domain/companies";
import { companyInsertionAnchor } from "../../src/domain/companyParagraphs";
import { detachCompanyParagraph, refreshCompanyParagraphs } from "../../src/word/companyParagraphs";
import { insertBlocks } from "../../src/word/insertBlock";
import { readSnapshot } from "../../src/word/readSnapshot";
import { notaDocument } from "./documents";
import { fakeWord, type FakeDocumentSpec } from "./fakeWord";
import { WORD_13, WORD_15 } from "./features";
import { mockWord } from "./mockWord";

const entry = (id: string): CompanyEntry => defaultCompanyList.companies.find((company) => company.id === id)!;
const cosun = entry("cosun");
const tata = entry("tata-steel");
const shell = entry("shell");
const HEADING = { text: COMPANY_HEADING, level: 2 };

/** A nota of `length` paragraphs with the heading and two company paragraphs after the first eight. */
function withCompanies(length: number): FakeDocumentSpec {
  const base = notaDocument(length);
  const paragraphs = [...base.paragraphs];
  paragraphs.splice(
    8,
    0,
    { text: COMPANY_HEADING, styleBuiltIn: "Heading2" },
    { text: composeCompanyText(cosun), controls: ["nota:company:cosun"] },
    { text: composeCompanyText(tata), controls: ["nota:company:tata-steel"] },
  );
  return { ...base, paragraphs: paragraphs.slice(0, Math.max(length, 11)) };
}

describe("inserting company paragraphs (fake Word)", () => {
  it("adds the heading and the paragraphs at the end, each its own tagged control, in 2 round trips", async () => {
    const { context, doc, fake } = fakeWord(notaDocument(10));
    const before = doc.describe();
    await insertBlocks(context, WORD_13, [renderCompanyBlock(cosun), renderCompanyBlock(shell)], { kind: "end" }, HEADING);
    expect(doc.describe()).toEqual([
      ...before,
      `Heading2: ${COMPANY_HEADING}`,
      `[nota:company:cosun] Normal: ${composeCompanyText(cosun)}`,
      `[nota:company:shell] Normal: ${composeCompanyText(shell)}`,
    ]);
    expect(doc.controls().find((control) => control.tag === "nota:company:cosun")?.title).toBe("Cosun");
    expect(fake.syncs).toBe(2);
  });

  it("inserts under the heading, after the company paragraphs already there, at any length in the same round trips", async () => {
    const syncs: number[] = [];
    for (const length of [12, 5000]) {
      const { context, doc, fake } = fakeWord(withCompanies(length));
      const snapshot = await readSnapshot(context, WORD_15);
      const anchor = companyInsertionAnchor(snapshot);
      expect(anchor).toMatchObject({ paragraph: 10, where: "after", control: { tag: "nota:company:tata-steel", occurrence: 0 } });
      const start = fake.syncs;
      await insertBlocks(context, WORD_15, [renderCompanyBlock(shell)], { kind: "nota-order", anchor });
      syncs.push(fake.syncs - start);
      expect(doc.describe().slice(8, 12)).toEqual([
        `Heading2: ${COMPANY_HEADING}`,
        `[nota:company:cosun] Normal: ${composeCompanyText(cosun)}`,
        `[nota:company:tata-steel] Normal: ${composeCompanyText(tata)}`,
        `[nota:company:shell] Normal: ${composeCompanyText(shell)}`,
      ]);
    }
    expect(syncs).toEqual([4, 4]);
  });

  it.each([
    ["the second control cannot be made", "FakeParagraph.insertContentControl", 2],
    ["the second paragraph's text is refused", "FakeParagraph.insertText", 2],
    ["the heading's text is refused", "FakeParagraph.insertText", 3],
    ["the second final tag is refused, the first already set", "FakeControl.set tag=nota:company:shell", 1],
  ])("inserts nothing, heading included, when %s", async (_case, command, occurrence) => {
    const { context, doc, fake } = fakeWord(notaDocument(10));
    const before = doc.describe();
    fake.failOn(command, occurrence);
    await expect(insertBlocks(context, WORD_13, [renderCompanyBlock(cosun), renderCompanyBlock(shell)], { kind: "end" }, HEADING)).rejects.toMatchObject({ kind: "insert-rejected" });
    expect(doc.describe()).toEqual(before);
    expect(doc.controls().filter((control) => control.tag.startsWith("nota:company:") || control.tag.startsWith("nota-assistent-pending"))).toEqual([]);
  });

  it("has no anchor when the document lacks the heading", async () => {
    const { context } = fakeWord(notaDocument(10));
    expect(companyInsertionAnchor(await readSnapshot(context, WORD_15))).toBeNull();
  });
});

describe("refreshing company paragraphs", () => {
  const newCosun = "Met Coöperatie Koninklijke Cosun is op 23 juni 2025 een Joint Letter of Intent (JLoI) ondertekend.";

  it("replaces the text of the out-of-date paragraphs in one batch, nothing else touched (fake)", async () => {
    const { context, doc, fake } = fakeWord(withCompanies(12));
    const before = doc.describe();
    expect(await refreshCompanyParagraphs(context, WORD_15, [{ tag: "nota:company:cosun", expectedText: composeCompanyText(cosun), text: newCosun }])).toBe(1);
    expect(doc.describe()).toEqual(before.map((line) => (line.startsWith("[nota:company:cosun]") ? `[nota:company:cosun] Normal: ${newCosun}` : line)));
    expect(fake.syncs).toBe(2);
  });

  it("changes nothing when a paragraph was edited or removed since it was read", async () => {
    const { context, doc } = fakeWord(withCompanies(12));
    const before = doc.describe();
    await expect(
      refreshCompanyParagraphs(context, WORD_15, [
        { tag: "nota:company:tata-steel", expectedText: composeCompanyText(tata), text: "Nieuw." },
        { tag: "nota:company:cosun", expectedText: "Een andere tekst.", text: newCosun },
      ]),
    ).rejects.toMatchObject({ kind: "document-changed" });
    await expect(refreshCompanyParagraphs(context, WORD_15, [{ tag: "nota:company:shell", expectedText: "x", text: "y" }])).rejects.toMatchObject({ kind: "document-changed" });
    expect(doc.describe()).toEqual(before);
  });

  it("writes only the refreshed controls' text, in 2 round trips at 10 and 5,000 paragraphs (office-addin-mock)", async () => {
    const counts: number[] = [];
    for (const length of [12, 5000]) {
      const word = mockWord(withCompanies(length));
      const refreshes = [
        { tag: "nota:company:cosun", expectedText: composeCompanyText(cosun), text: newCosun },
        { tag: "nota:company:tata-steel", expectedText: composeCompanyText(tata), text: "De gesprekken met Tata Steel Nederland over een maatwerkafspraak zijn gestopt." },
      ];
      expect(await refreshCompanyParagraphs(word.context, WORD_15, refreshes)).toBe(2);
      expect(word.textWrites).toEqual(refreshes.map((refresh) => ({ tag: refresh.tag, value: refresh.text })));
      expect(word.calls.filter((call) => call !== "sync" && !call.includes("getContentControls") && !call.includes("getByTag"))).toEqual([
        `control nota:company:cosun.insertText(${JSON.stringify(newCosun)}, "Replace")`,
        `control nota:company:tata-steel.insertText(${JSON.stringify(refreshes[1].text)}, "Replace")`,
      ]);
      counts.push(word.syncs());
    }
    expect(counts).toEqual([2, 2]);
    // office-addin-mock builds 5,000 paragraph mocks: seconds on a loaded machine.
  }, 30_000);

  it("puts the old texts back when Word rejects the write (office-addin-mock)", async () => {
    const word = mockWord(withCompanies(12));
    word.rejectSync(2);
    await expect(refreshCompanyParagraphs(word.context, WORD_15, [{ tag: "nota:company:cosun", expectedText: composeCompanyText(cosun), text: newCosun }])).rejects.toMatchObject({ kind: "update-failed" });
    expect(word.textWrites).toEqual([
      { tag: "nota:company:cosun", value: newCosun },
      { tag: "nota:company:cosun", value: composeCompanyText(cosun) },
    ]);
  });
});

describe("detaching a company paragraph", () => {
  it("removes the control and keeps the text, in 2 round trips; false when the control is gone", async () => {
    const { context, doc, fake } = fakeWord(withCompanies(12));
    expect(await detachCompanyParagraph(context, WORD_15, "nota:company:cosun")).toBe(true);
    expect(doc.describe()[9]).toBe(`Normal: ${composeCompanyText(cosun)}`);
    expect(doc.controls().some((control) => control.tag === "nota:company:cosun")).toBe(false);
    expect(fake.syncs).toBe(2);
    expect(await detachCompanyParagraph(context, WORD_15, "nota:company:cosun")).toBe(false);
  });
});
