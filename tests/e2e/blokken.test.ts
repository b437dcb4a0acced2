// The Blokken tab of the production build in Chromium, driving the real Word adapter (src/word) against
// the injected Word host (wordHost.ts: the batch-faithful fake of the adapter's tests). A test clicks and
// types like a drafter, then reads back what the host's document holds.
import type { Page } from "playwright-core";
import { blockCatalogue } from "../../src/config/blocks";
import { renderBlock } from "../../src/domain/blocks";
import type { FakeDocumentSpec } from "../word/fakeWord";
import {
  readHostDocument,
  seriousAccessibilityViolations,
  settle,
  useTaskPaneHarness,
  type FakeOfficeOptions,
  type OpenedPage,
} from "./browser";

const TITLE = "Ontwikkelingen demissionaire status kabinet";
const BLOCK_TAG = "nota:demissionair";
const DATE_TAG = "nota:param:datumDemissionair";

/** A nota with Aanleiding, Toelichting and Financiële gevolgen, plus text of the drafter's own. */
const NOTA: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota", bold: true },
    { text: "Aanleiding", styleBuiltIn: "Heading2", controls: ["nota:aanleiding"] },
    { text: "De Kamer heeft om een brief gevraagd.", controls: ["nota:aanleiding"] },
    { text: "Toelichting", styleBuiltIn: "Heading2", controls: ["nota:toelichting"] },
    { text: "De brief beantwoordt de motie.", controls: ["nota:toelichting"] },
    { text: "Financiële gevolgen", styleBuiltIn: "Heading3", controls: ["nota:financieel"] },
    { text: "Geen.", controls: ["nota:financieel"] },
    { text: "Eigen slotalinea van de opsteller, 3 juni 2025." },
  ],
  selection: 7,
};

const pane = useTaskPaneHarness();

async function openInWord(options: FakeOfficeOptions): Promise<OpenedPage> {
  const opened = await pane.open({ kind: "fake", options: { host: "Word", ...options } });
  await blockList(opened.page).waitFor();
  return opened;
}

const blockList = (page: Page) => page.getByRole("list", { name: "Blokken van de nota" });
const blockRow = (page: Page, title: string) => blockList(page).getByRole("listitem").filter({ hasText: title });

/** Opens the block's form, types the date as a drafter would and presses Invoegen. */
async function insertDemissionair(page: Page, typed: string) {
  await page.getByRole("button", { name: `${TITLE} invullen en invoegen` }).click();
  const form = page.getByRole("form", { name: `Gegevens voor ${TITLE}` });
  const date = form.getByRole("textbox", { name: "Datum demissionair" });
  await expect(date.inputValue()).resolves.toBe("");
  await date.click();
  await page.keyboard.type(typed);
  await form.getByText("In de tekst: 3 juni 2025").waitFor();
  await form.getByRole("button", { name: "Invoegen", exact: true }).click();
}

describe("Blokken tab in Word", () => {
  test.each([
    ["1.3", false],
    ["1.5", true],
  ])("inserts a block with its parameter into the host's document (WordApi %s)", async (wordApi, plainTextParameters) => {
    const opened = await openInWord({ document: NOTA, requirementSets: { WordApi: wordApi } });
    const { page } = opened;
    const before = await readHostDocument(page);

    const titles = await blockList(page).getByRole("listitem").allInnerTexts();
    expect(titles).toHaveLength(blockCatalogue.length);
    blockCatalogue.forEach((def, i) => expect(titles[i]).toContain(def.title));
    await blockRow(page, "Toelichting").getByText("In document").waitFor();
    await blockRow(page, TITLE).getByText("Ontbreekt").waitFor();

    await insertDemissionair(page, "3-6-2025");

    await page.getByRole("status").filter({ hasText: `‘${TITLE}’ is ingevoegd.` }).waitFor();
    await blockRow(page, TITLE).getByText("In document").waitFor();
    await blockRow(page, TITLE).getByRole("button", { name: `Ga naar ${TITLE}` }).waitFor();

    const after = await readHostDocument(page);
    const block = after.controls.find((control) => control.tag === BLOCK_TAG);
    expect(block).toMatchObject({ title: TITLE, inline: false, parentTag: null });
    expect(after.controls.filter((control) => control.tag === DATE_TAG)).toEqual([
      expect.objectContaining({ title: "datumDemissionair", text: "3 juni 2025", inline: true, plainText: plainTextParameters, parentTag: BLOCK_TAG }),
    ]);
    const newControls = after.controls.filter((control) => !before.controls.some((old) => old.id === control.id));
    expect(newControls.every((control) => control.tag === BLOCK_TAG || control.parentTag === BLOCK_TAG)).toBe(true);

    // After Toelichting, before Financiële gevolgen (the nota's order); nothing else changed.
    const inserted = after.paragraphs.filter((paragraph) => paragraph.controls.includes(BLOCK_TAG));
    const at = after.paragraphs.findIndex((paragraph) => paragraph.controls.includes(BLOCK_TAG));
    expect(at).toBe(5);
    expect([...after.lines.slice(0, at), ...after.lines.slice(at + inserted.length)]).toEqual(before.lines);

    // What the host holds is what the domain renders for these values: heading, then Word list paragraphs.
    const def = blockCatalogue.find((candidate) => candidate.id === "demissionair");
    const rendered = renderBlock(def!, { datumDemissionair: "2025-06-03" });
    expect(inserted.map((paragraph) => paragraph.text)).toEqual(
      rendered.paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join("")),
    );
    const [heading, ...bullets] = inserted;
    expect(heading).toMatchObject({ text: TITLE, styleBuiltIn: "Heading3", list: null, controls: [BLOCK_TAG] });
    expect(bullets.length).toBeGreaterThanOrEqual(1);
    for (const bullet of bullets) {
      expect(bullet).toMatchObject({ styleBuiltIn: "ListParagraph", list: { id: bullets[0].list?.id, level: 0 }, controls: [BLOCK_TAG] });
    }
    expect(bullets[0].text).toContain("Het kabinet is per 3 juni 2025 demissionair.");
    expect(after.lines.some((line) => line.includes(`{${DATE_TAG}${plainTextParameters ? " plain" : ""}:3 juni 2025}`))).toBe(true);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("updates a parameter everywhere in the document and goes to a block (WordApi 1.5)", async () => {
    const withBlock: FakeDocumentSpec = {
      paragraphs: [
        ...NOTA.paragraphs.slice(0, 5),
        { text: TITLE, styleBuiltIn: "Heading3", controls: [BLOCK_TAG] },
        {
          text: "Het kabinet is per ",
          inline: [{ tag: DATE_TAG, title: "datumDemissionair", text: "3 juni 2025", plainText: true }],
          listLevel: 0,
          styleBuiltIn: "ListParagraph",
          controls: [BLOCK_TAG],
        },
        { text: "Sinds ", inline: [{ tag: DATE_TAG, title: "datumDemissionair", text: "3 juni 2025", plainText: true }] },
        ...NOTA.paragraphs.slice(5),
      ],
    };
    const opened = await openInWord({ document: withBlock, requirementSets: { WordApi: "1.5" } });
    const { page } = opened;
    const before = await readHostDocument(page);
    await blockRow(page, TITLE).getByText("In document").waitFor();

    const panel = page.getByRole("region", { name: "Gegevens in de nota" });
    const date = panel.getByRole("textbox", { name: "Datum demissionair" });
    await expect(date.inputValue()).resolves.toBe("3 juni 2025");
    await date.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("10-6-2025");
    await panel.getByRole("button", { name: "Overal aanpassen" }).click();
    await page.getByRole("status").filter({ hasText: "Datum demissionair aangepast op 2 plekken." }).waitFor();

    const after = await readHostDocument(page);
    expect(after.controls.filter((control) => control.tag === DATE_TAG).map((control) => control.text)).toEqual(["10 juni 2025", "10 juni 2025"]);
    // Only the parameter controls changed: the drafter's own "3 juni 2025" stays.
    expect(after.lines).toEqual(before.lines.map((line) => line.replaceAll(`{${DATE_TAG} plain:3 juni 2025}`, `{${DATE_TAG} plain:10 juni 2025}`)));
    expect(after.lines.at(-1)).toBe("Normal: Eigen slotalinea van de opsteller, 3 juni 2025.");
    await expect(date.inputValue()).resolves.toBe("10 juni 2025");

    await blockRow(page, TITLE).getByRole("button", { name: `Ga naar ${TITLE}` }).click();
    await page.waitForFunction((tag) => window.fakeWord.read().selectedTag === tag, BLOCK_TAG);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("when the drafter edited after the pane read the document, reads it again and inserts at the block's place", async () => {
    const opened = await openInWord({ document: NOTA });
    const { page } = opened;
    await page.evaluate(async () => {
      await Word.run(async (context) => {
        context.document.body.insertParagraph("Nieuwe eerste alinea", "Start");
        await context.sync();
      });
    });
    const edited = await readHostDocument(page);

    await insertDemissionair(page, "3-6-2025");
    await page.getByRole("status").filter({ hasText: `‘${TITLE}’ is ingevoegd.` }).waitFor();
    const after = await readHostDocument(page);
    const at = after.paragraphs.findIndex((paragraph) => paragraph.controls.includes(BLOCK_TAG));
    expect(at).toBe(6);
    expect(after.lines.slice(0, at)).toEqual(edited.lines.slice(0, at));
    await expect(page.getByRole("alert").textContent()).resolves.toBe("");
    await settle(opened);
  });

  test("on Word 2019/2021 (WordApi 1.3) says that this Word cannot show values written as plain-text controls", async () => {
    const madeElsewhere: FakeDocumentSpec = {
      paragraphs: [
        ...NOTA.paragraphs.slice(0, 5),
        { text: TITLE, styleBuiltIn: "Heading3", controls: [BLOCK_TAG] },
        {
          text: "Het kabinet is per ",
          inline: [{ tag: DATE_TAG, title: "datumDemissionair", text: "3 juni 2025", plainText: true }],
          controls: [BLOCK_TAG],
        },
      ],
    };
    const opened = await openInWord({ document: madeElsewhere, requirementSets: { WordApi: "1.3" } });
    const { page } = opened;
    await blockRow(page, TITLE).getByText("In document").waitFor();
    const panel = page.getByRole("region", { name: "Gegevens in de nota" });
    await panel.getByText("Deze versie van Word kan de ingevulde gegevens in de blokken niet tonen").waitFor();
    await expect(panel.getByText(/Er staan nog geen ingevulde gegevens/).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test.each([
    ["while creating the block's content control", "FakeParagraph.insertContentControl"],
    ["while building the list", "FakeParagraph.startNewList"],
  ])("when Word rejects the insertion %s, says so and leaves the document as it was", async (_when, command) => {
    const opened = await openInWord({ document: NOTA, failOn: [command] });
    const { page } = opened;
    const before = await readHostDocument(page);

    await insertDemissionair(page, "3-6-2025");

    await page.getByRole("alert").filter({ hasText: "Word heeft het invoegen geweigerd; het document is niet gewijzigd" }).waitFor();
    const after = await readHostDocument(page);
    expect(after.rejected).toEqual([command]);
    expect(after.lines).toEqual(before.lines);
    expect(after.controls).toEqual(before.controls);
    await blockRow(page, TITLE).getByText("Ontbreekt").waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });
});
