// The production build in headless Chromium: in Word (office.js replaced by wordHost.ts), in a plain
// browser, and without network. Every test fails on any console error the situation does not explain.
import type { Page } from "playwright-core";
import { readHostDocument, seriousAccessibilityViolations, settle, useTaskPaneHarness } from "./browser";

const OPEN_IN_WORD = "Open de Nota-assistent in Word";

const pane = useTaskPaneHarness();

/** The shell's title contract, common to every situation. */
async function expectTitled(page: Page) {
  await expect(page.title()).resolves.toBe("Nota-assistent");
  await page.getByRole("heading", { level: 1, name: "Nota-assistent" }).waitFor();
}

/** Relative luminance (0..1) of a CSS `rgb(…)` colour. */
function luminance(cssColor: string): number {
  const [r, g, b] = (cssColor.match(/\d+(\.\d+)?/g) ?? ["255", "255", "255"]).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const providerBackground = (page: Page) =>
  page.locator("h1").evaluate((h1) => getComputedStyle(h1.closest(".fui-FluentProvider") ?? document.body).backgroundColor);

describe("task pane in Word", () => {
  test("shows the tabs, is accessible and keyboard reachable", async () => {
    const opened = await pane.open({ kind: "fake", options: { host: "Word" } });
    const { page } = opened;
    await expectTitled(page);
    await page.locator("main").getByRole("tablist").waitFor();
    await expect(page.getByText(OPEN_IN_WORD).count()).resolves.toBe(0);

    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.closest("main") !== null)).resolves.toBe(true);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await settle(opened);
  });

  test("follows Office's dark theme", async () => {
    const dark = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#2B2B2B", controlForegroundColor: "#FFFFFF" };
    const opened = await pane.open({ kind: "fake", options: { host: "Word", theme: dark } });
    await opened.page.locator("main").waitFor();
    expect(luminance(await providerBackground(opened.page))).toBeLessThan(0.5);
    expect(await seriousAccessibilityViolations(opened.page)).toEqual([]);
    await settle(opened);
  });

  test("the injected Word host lets a test read back what was written", async () => {
    const document = { paragraphs: [{ text: "Aan" }, { text: "Van" }] };
    const opened = await pane.open({ kind: "fake", options: { host: "Word", document } });
    await opened.page.locator("main").waitFor();
    const before = await readHostDocument(opened.page);
    await opened.page.evaluate(async () => {
      await Word.run(async (context) => {
        context.document.body.insertParagraph("Beslispunten", "End");
        await context.sync();
      });
    });
    const after = await readHostDocument(opened.page);
    expect(after.paragraphs.map((p) => p.text)).toEqual(["Aan", "Van", "Beslispunten"]);
    expect(after.runCount).toBe(before.runCount + 1);
    expect(after.syncCount).toBe(before.syncCount + 1);
    await settle(opened);
  });
});

describe("task pane outside Word", () => {
  test("in a plain browser it says to open it in Word", async () => {
    const opened = await pane.open({ kind: "fake", options: { host: null } });
    await expectTitled(opened.page);
    await opened.page.getByRole("alert").filter({ hasText: OPEN_IN_WORD }).waitFor();
    await expect(opened.page.locator("main").count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(opened.page)).toEqual([]);
    await settle(opened);
  });

  test("without network (office.js does not load) it still renders the message", async () => {
    const opened = await pane.open({ kind: "offline" });
    await expectTitled(opened.page);
    await opened.page.getByRole("alert").filter({ hasText: OPEN_IN_WORD }).waitFor();
    await settle(opened);
  });
});
