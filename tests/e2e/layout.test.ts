// Blokken at task-pane width, as a drafter sees it: 300 and 350 px, Office's light and dark theme.
// After every action the test checks that no title is covered or squeezed by a badge or button, that
// the result of the action is in the viewport, and that axe finds nothing serious; it leaves a
// screenshot per step in /tmp/pane-shots for a person to look at.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { FakeDocumentSpec } from "../word/fakeWord";
import { readHostDocument, seriousAccessibilityViolations, settle, useTaskPaneHarness, type OpenedPage } from "./browser";
import { DARK, expectInViewport, LIGHT, overlaps, shooter, SHOTS } from "./paneChecks";


/** A nota in progress: a date in its text, a block of the add-in, a heading and a line the drafter wrote. */
const NOTA: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota", bold: true },
    { text: "Datum 4 juni 2025" },
    { text: "Met akkoord van de Minister van Financiën" },
    { text: "Aanleiding", styleBuiltIn: "Heading2", controls: ["nota:aanleiding"] },
    { text: "De Kamer heeft om een brief gevraagd.", controls: ["nota:aanleiding"] },
    { text: "Kernpunten", styleBuiltIn: "Heading2" },
    { text: "Eigen kernpunt van de opsteller." },
    { text: "Toelichting", styleBuiltIn: "Heading2" },
    { text: "De brief beantwoordt de motie." },
  ],
  selection: 8,
};

const pane = useTaskPaneHarness();


/** Every row: the title is not covered by its badge or buttons, not clipped, and keeps at least half the row. */
async function expectTitlesReadable(page: Page) {
  const rows = await page.locator("li[id^=blok-]").evaluateAll((items) =>
    items.map((item) => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const title = item.querySelector("[data-role=block-title]")!;
      const others = [...item.querySelectorAll(".fui-Badge, :scope > div button")].map(box);
      return {
        title: title.textContent,
        titleBox: box(title),
        rowWidth: item.getBoundingClientRect().width,
        clipped: title.scrollWidth > title.clientWidth + 1,
        others,
      };
    }),
  );
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) {
    for (const other of row.others) expect({ title: row.title, covered: overlaps(row.titleBox, other) }).toEqual({ title: row.title, covered: false });
    expect({ title: row.title, clipped: row.clipped }).toEqual({ title: row.title, clipped: false });
    expect(row.titleBox.width).toBeGreaterThanOrEqual(row.rowWidth / 2);
  }
  // Nothing sticks out sideways: the pane never scrolls horizontally.
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}



async function open(width: number, theme: typeof LIGHT, failOn?: string[]): Promise<OpenedPage> {
  const opened = await pane.open({ kind: "fake", options: { host: "Word", theme, document: NOTA, requirementSets: { WordApi: "1.5" }, failOn } });
  await opened.page.setViewportSize({ width, height: 640 });
  await opened.page.getByRole("list", { name: "Blokken van de nota" }).waitFor();
  return opened;
}

const row = (page: Page, title: string) => page.getByRole("listitem", { name: title, exact: true });
const visibleNotice = (page: Page) => page.locator("[data-notice]");

describe.each([
  [300, "light", LIGHT],
  [350, "light", LIGHT],
  [300, "dark", DARK],
  [350, "dark", DARK],
] as const)("Blokken at %i px, %s theme", (width, themeName, theme) => {
  test("titles stay readable and every result is where the eye is", async () => {
    const opened = await open(width, theme);
    const { page } = opened;
    const shot = shooter(page, `${width}-${themeName}`);

    // Office's own background colour, exactly.
    const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe(themeName === "dark" ? "rgb(31, 31, 31)" : "rgb(255, 255, 255)");
    await expectTitlesReadable(page);
    await expect(row(page, "Kernpunten").getByText("Als kop aanwezig").count()).resolves.toBe(1);
    await expect(row(page, "Met akkoord van …").getByText("Als regel aanwezig").count()).resolves.toBe(1);
    await shot("start");

    // A failed submit: the first wrong field gets the focus and is in view, its message under it.
    await page.getByRole("button", { name: "Ontwikkelingen demissionaire status kabinet invullen en invoegen" }).click();
    const form = page.getByRole("form", { name: "Gegevens voor Ontwikkelingen demissionaire status kabinet" });
    await form.getByRole("button", { name: "Invoegen", exact: true }).click();
    const date = form.getByRole("textbox", { name: "Datum demissionair" });
    await expect(date.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expectInViewport(date);
    await expectInViewport(form.getByText("Datum demissionair is verplicht: vul een waarde in."));
    await expectTitlesReadable(page);
    await shot("verplicht-veld");

    // Without a year the date takes the nota's year (2025, from "Datum 4 juni 2025").
    await date.fill("3-6");
    await form.getByText("In de tekst: 3 juni 2025").waitFor();
    await form.getByRole("button", { name: "Invoegen", exact: true }).click();
    const inserted = visibleNotice(page).filter({ hasText: "‘Ontwikkelingen demissionaire status kabinet’ is ingevoegd." });
    await expectInViewport(inserted);
    await page.getByRole("status").filter({ hasText: "is ingevoegd" }).waitFor();
    await expect(
      row(page, "Ontwikkelingen demissionaire status kabinet").evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    await expectTitlesReadable(page);
    await shot("ingevoegd");

    // The drafter's own heading: the question comes first in the form, before the button.
    await page.getByRole("button", { name: "Kernpunten invullen en invoegen" }).click();
    const kern = page.getByRole("form", { name: "Gegevens voor Kernpunten" });
    await expect(page.getByText("‘Ontwikkelingen demissionaire status kabinet’ is ingevoegd.", { exact: true }).count()).resolves.toBe(0);
    await expectInViewport(kern.getByText(/U hebt zelf al een kop ‘Kernpunten’/));
    await expectTitlesReadable(page);
    await shot("eigen-kop");
    // The question's box and its checkbox label meet contrast in this theme too (grey on olive did not).
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Empty fields that would leave placeholders are listed above the button.
    await kern.getByText("Nog leeg, dus als invulplek in de nota: [Datum onderraad], [Datum ministerraad] en [Beoogde verzending].", { exact: false }).scrollIntoViewIfNeeded();
    await shot("invulplekken");
    await kern.getByRole("button", { name: "Invoegen", exact: true }).click();
    await expectInViewport(kern.getByRole("checkbox", { name: /mijn eigen kop blijft staan/ }));
    await expectInViewport(kern.getByText("Zet het vinkje als u het blok toch wilt invoegen, of sluit het formulier."));
    await shot("eigen-kop-onbeantwoord");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(kern.count()).resolves.toBe(0);

    // Go to a block: Word selects it.
    await row(page, "Aanleiding").getByRole("button", { name: "Ga naar Aanleiding" }).click();
    await page.waitForFunction(() => window.fakeWord.read().selectedTag === "nota:aanleiding");

    // Change a value everywhere: the result appears below the button, in view.
    const panel = page.getByRole("region", { name: "Gegevens in de nota" });
    const field = panel.getByRole("textbox", { name: "Datum demissionair" });
    await field.fill("10-6-2025");
    await panel.getByRole("button", { name: "Overal aanpassen" }).click();
    await expectInViewport(visibleNotice(page).filter({ hasText: "Datum demissionair aangepast op 1 plek." }));
    await shot("aangepast");
    const host = await readHostDocument(page);
    expect(host.controls.filter((control) => control.tag === "nota:param:datumDemissionair").map((control) => control.text)).toEqual(["10 juni 2025"]);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("a form opened by keyboard low in the pane, and its error after a submit by Enter, are scrolled into view", async () => {
    const opened = await open(width, theme);
    const { page } = opened;
    const shot = shooter(page, `${width}-${themeName}-acke`);
    const acke = row(page, "Ambtelijke afstemming (ACKE)");
    await acke.getByRole("button", { name: "Ambtelijke afstemming (ACKE) invullen en invoegen" }).focus();
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Gegevens voor Ambtelijke afstemming (ACKE)" });
    await form.waitFor();
    // The row's title above the form and the form's top (at 300 px it opened at y=596 of 640 unscrolled).
    await expectInViewport(acke.locator("[data-role=block-title]"));
    await expectInViewport(form.getByRole("textbox", { name: "Datum ACKE" }));
    await expect(form.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight)).resolves.toBe(true);
    await shot("geopend");
    await form.getByRole("textbox", { name: "Datum ACKE" }).focus();
    await page.keyboard.press("Enter");
    // The field and the whole message under it, not just the field that had the focus already.
    await expectInViewport(form.getByText("Datum ACKE is verplicht: vul een waarde in."));
    await expectInViewport(form.getByRole("textbox", { name: "Datum ACKE" }));
    await shot("verplicht");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("a refusal by Word is explained next to the action, with technical details for the service desk", async () => {
    const opened = await open(width, theme, ["FakeParagraph.insertContentControl"]);
    const { page } = opened;
    const shot = shooter(page, `${width}-${themeName}-geweigerd`);
    await page.getByRole("button", { name: "Financiële gevolgen invullen en invoegen" }).click();
    await page.getByRole("form", { name: "Gegevens voor Financiële gevolgen" }).getByRole("button", { name: "Invoegen", exact: true }).click();
    const notice = visibleNotice(page).filter({ hasText: "Word heeft het invoegen geweigerd; het document is niet gewijzigd" });
    await expectInViewport(notice);
    await notice.getByText("Technische details").click();
    await expectInViewport(notice.getByText(/insert-rejected · GeneralException/));
    await expectTitlesReadable(page);
    await shot("details");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("the tab list has room for four tabs", async () => {
    const opened = await open(width, theme);
    const { page } = opened;
    // The coming tabs not built yet, as labels only: copies of the real tab with their texts, so Fluent's own styling applies.
    const boxes = await page.getByRole("tablist").evaluate((list) => {
      const tab = list.querySelector('[role="tab"]')!;
      // The copies carry the chosen tab's classes; its underline (a pseudo-element) is hidden on them.
      const style = document.createElement("style");
      style.textContent = "[data-coming-tab]::after { visibility: hidden; }";
      document.head.appendChild(style);
      const present = new Set([...list.querySelectorAll('[role="tab"] .fui-Tab__content')].map((element) => element.textContent));
      for (const label of ["Checklist", "Parafen & procedure", "Bedrijven"].filter((name) => !present.has(name))) {
        const copy = tab.cloneNode(true) as HTMLElement;
        copy.setAttribute("data-coming-tab", "");
        copy.removeAttribute("id");
        copy.setAttribute("aria-selected", "false");
        copy.querySelector(".fui-Tab__content")!.textContent = label;
        list.appendChild(copy);
      }
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const content = [...list.querySelectorAll(".fui-Tab__content")];
      return {
        list: box(list),
        tabs: [...list.querySelectorAll('[role="tab"]')].map(box),
        clipped: content.some((element) => element.scrollWidth > element.clientWidth + 1),
      };
    });
    await page.screenshot({ path: path.join(SHOTS, `${width}-${themeName}-vier-tabs.png`), clip: { x: 0, y: 0, width, height: 140 } });
    expect(boxes.tabs).toHaveLength(4);
    expect(boxes.clipped).toBe(false);
    for (const [i, tab] of boxes.tabs.entries()) {
      expect(tab.x + tab.width).toBeLessThanOrEqual(boxes.list.x + boxes.list.width + 0.5);
      for (const other of boxes.tabs.slice(i + 1)) expect(overlaps(tab, other)).toBe(false);
    }
    await settle(opened);
  });
});

test("before office.js answers, the page shows a loading text (static HTML)", () => {
  const html = readFileSync(path.resolve(__dirname, "../../dist/taskpane.html"), "utf8");
  // The build minifies the HTML: attribute quotes and the closing </p> may go.
  expect(html).toMatch(/<div id="?root"?><p[^>]*>Nota-assistent wordt geladen…/);
});
