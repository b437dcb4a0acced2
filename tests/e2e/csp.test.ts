// The Content-Security-Policy of the built pages (issue 7), in Chromium: what the policy refuses, that
// the harness reports every refusal (so any test that meets one fails), and that the pages work under it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CONNECT_ENV, connectSourcesFrom, HELP_PAGE_POLICY, taskPanePolicy } from "../../scripts/content-security-policy.cjs";
import { settle, useTaskPaneHarness } from "./browser";

const pane = useTaskPaneHarness();
const distDir = path.resolve(__dirname, "../../dist");
const violations = (problems: string[]) => problems.filter((problem) => problem.startsWith("CSP violation:"));

describe("Content-Security-Policy", () => {
  test("the built task pane carries the policy before any script, with the deployer's connect-src", () => {
    const html = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
    const head = html.slice(html.indexOf("<head>") + "<head>".length);
    expect(head).toMatch(/^\s*<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/);
    const policy = /content="([^"]+)"/.exec(head)?.[1];
    expect(policy).toBe(taskPanePolicy(connectSourcesFrom(process.env[CONNECT_ENV])));
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  test("the pane in Word refuses inline script, eval, other origins' connections, objects and a foreign base URL, and each refusal is reported", async () => {
    const opened = await pane.open({ kind: "fake", options: { host: "Word" } });
    const { page } = opened;
    await page.locator("main").waitFor();
    expect(violations(opened.problems)).toEqual([]);

    const outcome = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.body.append(script);
      // A string timer is eval run by the page itself (code evaluated by the test harness is exempt).
      (setTimeout as (code: string, ms: number) => number)("window.__evalRan = true;", 0);
      const object = document.createElement("object");
      object.data = "/assets/icon-16.png";
      document.body.append(object);
      const base = document.createElement("base");
      base.href = "https://elders.example.org/";
      document.head.append(base);
      let fetched: string;
      try {
        await fetch("https://checklist.example.org/lijst.json");
        fetched = "fetched";
      } catch {
        fetched = "refused";
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ran = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      return { inlineRan: ran.__inlineRan === true, evalRan: ran.__evalRan === true, fetched };
    });
    expect(outcome).toEqual({ inlineRan: false, evalRan: false, fetched: "refused" });
    const directives = violations(opened.problems).map((problem) => problem.split(" ")[2]);
    expect(directives.sort()).toEqual(["base-uri", "connect-src", "object-src", "script-src", "script-src-elem"]);
    // The fetch never left the page: the policy refused it before the network (no stray request).
    expect(opened.problems.filter((problem) => problem.startsWith("unexpected request"))).toEqual([]);
  });

  test("the help page works under its own policy: styled, its icon shown, no violations", async () => {
    const help = readFileSync(path.join(distDir, "assets/help.html"), "utf8");
    expect(help).toContain(HELP_PAGE_POLICY);
    const opened = await pane.open({ kind: "offline" }, "assets/help.html");
    const { page } = opened;
    // A <style> the policy refused would leave no style sheet.
    await expect(page.evaluate(() => document.styleSheets.length)).resolves.toBeGreaterThan(0);
    await expect(page.locator("h1 img").evaluate((img) => (img as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(0);
    await settle(opened);
  });
});
