// The Bedrijven tab of the production build in Chromium at task-pane width (300 and 350 px, Office's
// light and dark theme), driving the real Word adapter against the injected host: insert companies
// under a new heading, see an edited paragraph side by side, refresh; axe finds nothing serious. Leaves
// screenshots in /tmp/pane-shots for a person to look at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { defaultCompanyList } from "../../src/config/companies";
import { composeCompanyText } from "../../src/domain/companies";
import { insertedCompaniesChange } from "../../src/domain/companyParagraphs";
import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { statePartXml } from "../../src/domain/storedState";
import type { FakeDocumentSpec } from "../word/fakeWord";
import { readHostDocument, seriousAccessibilityViolations, settle, useTaskPaneHarness } from "./browser";
import { DARK, LIGHT, SHOTS } from "./paneChecks";

const tata = defaultCompanyList.companies.find((entry) => entry.id === "tata-steel")!;

/** A nota whose Tata Steel paragraph was edited by hand after insertion (its fingerprint says otherwise). */
const NOTA: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota", bold: true },
    { text: "Toelichting", styleBuiltIn: "Heading2" },
    { text: "De brief beantwoordt de motie." },
    { text: "Stand van zaken per bedrijf", styleBuiltIn: "Heading2" },
    { text: "Tata Steel Nederland werkt aan een JLoI; eigen tekst van de opsteller.", controls: ["nota:company:tata-steel"] },
    { text: "" },
  ],
  parts: [{ namespace: STATE_NAMESPACE, xml: statePartXml(insertedCompaniesChange([tata], "2025-06-16T10:00:00.000Z")) }],
  selection: 2,
};

const pane = useTaskPaneHarness();

async function noOverflow(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

describe.each([
  [300, "light", LIGHT],
  [350, "light", LIGHT],
  [300, "dark", DARK],
  [350, "dark", DARK],
] as const)("Bedrijven at %i px, %s theme", (width, themeName, theme) => {
  test("insert under the heading, compare an edited paragraph, no horizontal scrolling, axe clean", async () => {
    const opened = await pane.open({ kind: "fake", options: { host: "Word", theme, document: NOTA, requirementSets: { WordApi: "1.5" } } });
    const { page } = opened;
    await page.setViewportSize({ width, height: 640 });
    mkdirSync(SHOTS, { recursive: true });
    const shot = (what: string) => page.screenshot({ path: path.join(SHOTS, `bedrijven-${width}-${themeName}-${what}.png`), fullPage: true });

    await page.getByRole("tab", { name: "Bedrijven" }).click();
    const list = page.getByRole("list", { name: "Bedrijven" });
    await list.waitFor();
    const tataRow = list.getByRole("listitem", { name: "Tata Steel Nederland" });
    await tataRow.getByText("Met de hand aangepast").waitFor();
    await noOverflow(page);
    await shot("start");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await list.getByRole("checkbox", { name: "Cosun selecteren" }).check();
    await list.getByRole("checkbox", { name: "Shell selecteren" }).check();
    await page.getByRole("button", { name: "2 invoegen" }).click();
    await page.locator("[data-notice]").filter({ hasText: "2 alinea’s zijn ingevoegd." }).waitFor();
    const host = await readHostDocument(page);
    expect(host.lines.slice(3, 7)).toEqual([
      "Heading2: Stand van zaken per bedrijf",
      "[nota:company:tata-steel] Normal: Tata Steel Nederland werkt aan een JLoI; eigen tekst van de opsteller.",
      `[nota:company:cosun] Normal: ${composeCompanyText(defaultCompanyList.companies.find((entry) => entry.id === "cosun")!)}`,
      "[nota:company:shell] Normal: De gesprekken met Shell over een maatwerkafspraak zijn gestopt.",
    ]);
    await list.getByRole("listitem", { name: "Cosun" }).getByText("Actueel").waitFor();
    await noOverflow(page);
    await shot("ingevoegd");

    await tataRow.getByRole("button", { name: "Oude en nieuwe tekst van Tata Steel Nederland vergelijken" }).click();
    const compare = tataRow.getByRole("region", { name: "Tata Steel Nederland: met de hand aangepast" });
    await compare.getByText(composeCompanyText(tata)).waitFor();
    await noOverflow(page);
    await compare.scrollIntoViewIfNeeded();
    await shot("vergelijken");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await compare.getByRole("button", { name: "Vervangen" }).click();
    await page.locator("[data-notice]").filter({ hasText: "De tekst over Tata Steel Nederland is vervangen." }).waitFor();
    expect((await readHostDocument(page)).lines[4]).toBe(`[nota:company:tata-steel] Normal: ${composeCompanyText(tata)}`);
    await shot("vervangen");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });
});
