// Tab "Parafen & procedure" of the production build in Chromium, at task-pane width (300 and 350 px)
// in Office's light and dark theme, driving the real Word adapter against the injected host. The clock
// is fixed at 18 June 2025, so the days to go are known. After every action: a screenshot in
// /tmp/pane-shots for a person to look at, titles not covered or clipped, the result in view; at the
// end what the host's document holds (state part, inserted block) and axe.
import type { Page } from "playwright-core";
import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import type { StoredState } from "../../src/domain/stateModel";
import type { FakeDocumentSpec } from "../word/fakeWord";
import { readHostDocument, seriousAccessibilityViolations, settle, useTaskPaneHarness, type OpenedPage } from "./browser";
import { DARK, expectInViewport, LIGHT, overlaps, shooter } from "./paneChecks";

const STAS = "Staatssecretaris van Infrastructuur en Waterstaat";
const ACKE_PARAGRAPH = "De nota is op dinsdag 2 juni in de ACKE besproken; daarna volgen de RFL (17 juni) en de MR van 20 juni.";

/** A nota as the example memo has it, with one mistake (2 June 2025 was a Monday), and no parafenroute. */
const NOTA: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota", bold: true },
    { text: "Datum 4 juni 2025" },
    { text: `Met akkoord van de ${STAS}` },
    { text: "Aanleiding", styleBuiltIn: "Heading2" },
    { text: `De Kamerbrief wordt medeondertekend door de ${STAS}.` },
    { text: "Kernpunten", styleBuiltIn: "Heading2" },
    { text: ACKE_PARAGRAPH },
    { text: "De beoogde verzenddatum is in de week van 23-27 juni." },
    { text: "Toelichting", styleBuiltIn: "Heading2" },
    { text: "Het kabinet is demissionair; het is nog niet duidelijk welke bewindspersoon zal tekenen." },
  ],
  selection: 9,
};

const pane = useTaskPaneHarness();

async function open(width: number, theme: typeof LIGHT, failOn?: string[]): Promise<OpenedPage> {
  const opened = await pane.open({ kind: "fake", options: { host: "Word", theme, document: NOTA, requirementSets: { WordApi: "1.5" }, failOn } });
  const { page } = opened;
  // The clock before the pane starts: the reload keeps the host's options and starts from the same document.
  await page.clock.setFixedTime(new Date("2025-06-18T10:00:00"));
  await page.reload({ waitUntil: "load" });
  await page.setViewportSize({ width, height: 640 });
  await page.getByRole("tab", { name: "Parafen & procedure" }).click();
  await page.getByRole("list", { name: "Stappen van de procedure" }).waitFor();
  return opened;
}



/** Every card and step: its title not covered by a badge or button, not clipped; the pane never scrolls sideways. */
async function expectTitlesReadable(page: Page) {
  const rows = await page.locator("#panel-procedure li").evaluateAll((items) =>
    items.map((item) => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const title = item.querySelector("[id^=medeondertekenaar-], [id^=stap-]") ?? item.querySelector(".fui-Text:not(.fui-Badge *)");
      return {
        title: title?.textContent ?? "",
        titleBox: title ? box(title) : null,
        clipped: title ? title.scrollWidth > title.clientWidth + 1 : true,
        others: [...item.querySelectorAll(".fui-Badge, button")].map(box),
      };
    }),
  );
  expect(rows.length).toBeGreaterThan(4);
  for (const row of rows) {
    expect(row.titleBox).not.toBeNull();
    for (const other of row.others) expect({ title: row.title, covered: overlaps(row.titleBox!, other) }).toEqual({ title: row.title, covered: false });
    expect({ title: row.title, clipped: row.clipped }).toEqual({ title: row.title, clipped: false });
  }
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}


const notice = (page: Page, text: string) => page.locator("[data-notice]").filter({ hasText: text });
const card = (page: Page, title: string) => page.getByRole("list", { name: "Medeondertekenaars van de nota" }).getByRole("listitem", { name: title });
const step = (page: Page, label: string) => page.getByRole("list", { name: "Stappen van de procedure" }).getByRole("listitem", { name: label, exact: true });

/** The add-in's state in the host's document, read through the Word API as another add-in would. */
async function hostState(page: Page): Promise<StoredState | null> {
  const xml = await page.evaluate(async (namespace) => {
    return Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(namespace);
      parts.load("items/id");
      await context.sync();
      if (parts.items.length === 0) return null;
      const text = parts.items[0].getXml();
      await context.sync();
      return text.value;
    });
  }, STATE_NAMESPACE);
  if (xml === null) return null;
  const text = /<state[^>]*>([\s\S]*)<\/state>/.exec(xml)?.[1] ?? "";
  return JSON.parse(text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&")) as StoredState;
}

describe.each([
  [300, "light", LIGHT],
  [350, "light", LIGHT],
  [300, "dark", DARK],
  [350, "dark", DARK],
] as const)("Parafen & procedure at %i px, %s theme", (width, themeName, theme) => {
  test("a drafter stores what the text says, moves the co-signatory on, moves the MR, goes to a finding and inserts the parafenroute", async () => {
    const opened = await open(width, theme);
    const { page } = opened;
    const shot = shooter(page, `procedure-${width}-${themeName}`);

    // What the text says, not yet stored; the days to go from the fixed clock.
    await page.getByText("Nog niet opgeslagen").waitFor();
    await card(page, STAS).getByText("Uit de tekst").waitFor();
    await page.getByText("Volgende stap: MR, over 2 dagen.").waitFor();
    await step(page, "Verzending").getByText("week van maandag 23 juni t/m vrijdag 27 juni 2025").waitFor();
    await expectTitlesReadable(page);
    await shot("start");

    await page.getByRole("button", { name: "Opslaan in het document" }).click();
    await expectInViewport(notice(page, "De gegevens uit de tekst zijn opgeslagen in het document."));
    await card(page, STAS).getByText("Nog vragen").waitFor();
    await expectTitlesReadable(page);
    await shot("opgeslagen");

    await card(page, STAS).getByRole("button", { name: `Zet op ‘Gevraagd’: ${STAS}` }).click();
    await expectInViewport(notice(page, `De ${STAS} staat nu op ‘Gevraagd’.`));
    await card(page, STAS).getByText("Gevraagd", { exact: true }).waitFor();
    await card(page, STAS).getByText(/sinds 18 juni 2025/).waitFor();
    await expectTitlesReadable(page);
    await shot("gevraagd");

    await step(page, "MR").getByRole("button", { name: "Wijzigen: datum van MR" }).click();
    const form = page.getByRole("form", { name: "Datum van MR" });
    await form.getByRole("textbox", { name: /^Datum/ }).fill("19-6");
    await form.getByText("In de tekst: donderdag 19 juni 2025").waitFor();
    await expectTitlesReadable(page);
    await shot("mr-formulier");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expectInViewport(notice(page, "MR staat nu op donderdag 19 juni 2025."));
    await page.getByText("Volgende stap: MR, morgen.").waitFor();
    await step(page, "ACKE").getByText("Geweest").waitFor();
    await expectTitlesReadable(page);
    await shot("mr-verzet");

    const findings = page.getByRole("list", { name: "Controles van medeondertekening en procedure" });
    const weekday = findings.getByRole("listitem", { name: "“dinsdag 2 juni”: 2 juni 2025 is een maandag, geen dinsdag." });
    await weekday.scrollIntoViewIfNeeded();
    await expectInViewport(weekday.getByText("Fout"));
    await weekday.getByRole("button", { name: "Ga naar: dinsdag 2 juni" }).click();
    // Word selects the quoted date itself, in the paragraph that holds it.
    await page.waitForFunction(() => window.fakeWord.read().selectedText !== null);
    await expect(readHostDocument(page)).resolves.toMatchObject({ selectedText: { paragraph: NOTA.paragraphs.findIndex((p) => p.text === ACKE_PARAGRAPH), text: "dinsdag 2 juni" } });
    await expectTitlesReadable(page);
    await shot("ga-naar");

    await page.getByRole("button", { name: "Parafenroute invoegen" }).click();
    await expectInViewport(notice(page, "‘Parafenroute’ is ingevoegd."));
    await expect(page.getByRole("button", { name: "Parafenroute invoegen" }).count()).resolves.toBe(0);
    await shot("parafenroute");

    const host = await readHostDocument(page);
    expect(host.controls.filter((control) => control.tag === "nota:parafenroute")).toHaveLength(1);
    const state = await hostState(page);
    expect(state?.cosignatories["stas-ienw"]).toMatchObject({ roles: ["akkoord", "medeondertekening"], status: "gevraagd", date: "2025-06-18" });
    expect(state?.procedure.milestones.mr).toMatchObject({ date: "2025-06-19" });
    expect(state?.procedure.milestones.verzending).toMatchObject({ from: "2025-06-23", to: "2025-06-27" });
    expect(state?.procedure.unclearWhoSigns).toMatchObject({ value: true });

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });
});

test("when Word refuses to store, the pane says so next to the action and shows nothing changed", async () => {
  const opened = await open(300, LIGHT, ["FakeCustomXmlParts.add"]);
  const { page } = opened;
  const shot = shooter(page, "procedure-geweigerd");
  await card(page, STAS).getByRole("button", { name: `Zet op ‘Gevraagd’: ${STAS}` }).click();
  const refused = notice(page, "Word heeft het opslaan geweigerd; er is niets gewijzigd");
  await expectInViewport(refused);
  await card(page, STAS).getByText("Uit de tekst").waitFor();
  await page.getByText("Nog niet opgeslagen").waitFor();
  await refused.getByText("Technische details").click();
  await expectInViewport(refused.getByText(/state-write-failed/));
  await shot("details");
  expect(await hostState(page)).toBeNull();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await settle(opened);
});
