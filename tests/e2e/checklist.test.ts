// The Checklist tab of the production build in Chromium, driving the real Word adapter against the
// injected Word host (the batch-faithful fake): at task-pane width (300 and 350 px), in Office's light
// and dark theme, with axe after every step and a screenshot per step in /tmp/pane-shots.
import type { Page } from "playwright-core";
import type { FakeDocumentSpec } from "../word/fakeWord";
import { readHostDocument, seriousAccessibilityViolations, settle, useTaskPaneHarness, type OpenedPage } from "./browser";
import { DARK, expectInViewport, LIGHT, shooter } from "./paneChecks";


/** FIN-2 is broken twice (once split over runs, once inside a content control); FIN-1's text is missing. */
const NOTA: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota", bold: true },
    { text: "Aanleiding", styleBuiltIn: "Heading2" },
    { text: "De Kamer heeft om een brief gevraagd." },
    { text: "Toelichting", styleBuiltIn: "Heading2" },
    { text: "Ambtelijke afstemming (ACKE)", styleBuiltIn: "Heading3" },
    { runs: [{ text: "Het kabinet stelt " }, { text: "extra mid" }, { text: "delen beschikbaar." }] },
    { text: "Later volgen misschien ", inline: [{ tag: "nota:param:toezegging", text: "extra middelen" }] },
    { text: "De conceptbrief is gedeeld met de provincies en clusterregisseurs." },
  ],
  selection: 7,
};

const pane = useTaskPaneHarness();


async function open(width: number, theme: typeof LIGHT, wordApi: string): Promise<OpenedPage> {
  const opened = await pane.open({ kind: "fake", options: { host: "Word", theme, document: NOTA, requirementSets: { WordApi: wordApi } } });
  await opened.page.setViewportSize({ width, height: 720 });
  await opened.page.getByRole("tab", { name: "Checklist" }).click();
  await opened.page.getByRole("list", { name: "Punten van FIN" }).waitFor();
  return opened;
}

const item = (page: Page, id: string) => page.getByRole("listitem", { name: id, exact: true });


/** Nothing sticks out sideways, and no button or badge covers an item's title. */
async function expectLayoutHolds(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const covered = await page.locator("li[data-finding]").evaluateAll((items) =>
    items.flatMap((li) => {
      const title = li.querySelector("[id$=-titel]")!.getBoundingClientRect();
      return [...li.querySelectorAll(".fui-Badge, button")]
        .map((other) => other.getBoundingClientRect())
        .filter((o) => title.x < o.x + o.width && o.x < title.x + title.width && title.y < o.y + o.height && o.y < title.y + title.height)
        .map(() => li.getAttribute("data-finding"));
    }),
  );
  expect(covered).toEqual([]);
}

describe.each([
  [300, "light", LIGHT],
  [350, "light", LIGHT],
  [300, "dark", DARK],
  [350, "dark", DARK],
] as const)("Checklist at %i px, %s theme", (width, themeName, theme) => {
  test("every place is selected in Word, a comment is placed, a disposition is stored", async () => {
    const opened = await open(width, theme, "1.4");
    const { page } = opened;
    const shot = shooter(page, `checklist-${width}-${themeName}`, true);
    await expect(page.getByRole("list", { name: "Samenvatting" }).innerText()).resolves.toMatch(/1 in orde\s+4 niet in orde\s+1 te beoordelen/);
    await expectLayoutHolds(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await shot("start");

    // FIN-2: the phrase split over runs, then (Volgende) inside a content control.
    const fin2 = item(page, "FIN-2");
    await fin2.getByRole("button", { name: "Ga naar plaats 1 van FIN-2" }).click();
    await page.waitForFunction(() => window.fakeWord.read().selectedText?.paragraph === 5);
    await expect(readHostDocument(page)).resolves.toMatchObject({ selectedText: { paragraph: 5, text: "extra middelen" } });
    // By keyboard: the focus stays on Volgende while Word selects and after.
    await fin2.getByRole("button", { name: "Volgende plaats van FIN-2" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.fakeWord.read().selectedText?.paragraph === 6);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Volgende plaats van FIN-2");
    await expect(readHostDocument(page)).resolves.toMatchObject({ selectedText: { paragraph: 6, text: "extra middelen" } });
    await fin2.getByText(/Plaats 2 van 2/).waitFor();

    // FIN-1: its text is missing; Ga naar selects the heading of the section where it was expected.
    await item(page, "FIN-1").getByRole("button", { name: "Ga naar plaats 1 van FIN-1" }).click();
    await page.waitForFunction(() => window.fakeWord.read().selectedParagraph === 4 && window.fakeWord.read().selectedText === null);

    await fin2.getByRole("button", { name: "Plaats opmerking bij FIN-2" }).click();
    await expectInViewport(fin2.locator("[data-notice]").filter({ hasText: "Opmerking bij ‘FIN-2’ geplaatst." }));
    const host = await readHostDocument(page);
    expect(host.comments).toEqual([{ content: "FIN-2: Geen toezeggingen over extra middelen.", paragraph: 6, quoted: "extra middelen" }]);
    await expectLayoutHolds(page);
    await shot("opmerking");

    await item(page, "FIN-1").getByRole("button", { name: "Beoordelen: FIN-1" }).click();
    const form = page.getByRole("form", { name: "Beoordeling van FIN-1" });
    await form.getByRole("textbox", { name: "Toelichting" }).fill("Staat in de begeleidende mail aan FIN.");
    await form.getByRole("textbox", { name: /Uw naam/ }).fill("Anna de Vries");
    await expectLayoutHolds(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await shot("beoordelen");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expectInViewport(item(page, "FIN-1").locator("[data-notice]").filter({ hasText: "Beoordeling van ‘FIN-1’ opgeslagen in het document." }));
    await item(page, "FIN-1").getByText(/Afgehandeld door Anna de Vries op .*: Staat in de begeleidende mail aan FIN\./).waitFor();
    await expectLayoutHolds(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await shot("beoordeeld");
    await settle(opened);
  });
});

test("below WordApi 1.4 there is no Plaats opmerking, and the tab says why", async () => {
  const opened = await open(300, LIGHT, "1.3");
  const { page } = opened;
  await page.getByText(/Deze versie van Word kan geen opmerkingen plaatsen/).waitFor();
  await expect(page.getByRole("button", { name: /Plaats opmerking/ }).count()).resolves.toBe(0);
  // Selecting works on 1.3 too.
  await item(page, "FIN-2").getByRole("button", { name: "Ga naar plaats 1 van FIN-2" }).click();
  await page.waitForFunction(() => window.fakeWord.read().selectedText?.paragraph === 5);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const shot = shooter(page, "checklist-300-light-word13", true);
  await shot("zonder-opmerkingen");

  // A bad checklist file: refused as a whole, every problem named, the checklist unchanged.
  await page.getByRole("button", { name: "Andere checklist…" }).click();
  const bad = { version: 1, name: "Fout", items: [{ id: "FIN-9", source: "FIN", severity: "error", comment: "x", rule: { type: "contains" } }, { id: "FIN-9" }] };
  await page.getByTestId("checklist-file").setInputFiles({ name: "fout.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  await expectInViewport(page.getByText("Het bestand ‘fout.json’ is niet gebruikt; de checklist is niet veranderd."));
  await page.getByText(/onbekend regeltype "contains"/).waitFor();
  await page.getByText("Checklist: Standaard ACKE/FIN-controle").waitFor();
  await expectLayoutHolds(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await shot("fout-bestand");
  await settle(opened);
});
