// Harness for the browser tests: serves the production build (dist/) on 127.0.0.1, drives Debian's
// Chromium through playwright-core, stands in for office.js, and collects console errors and
// Content-Security-Policy violations.
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { WORD_HOST_BUNDLE_ENV, type FakeOfficeOptions, type HostDocument } from "./hostTypes";

export type { FakeOfficeOptions, HostDocument } from "./hostTypes";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const distDir = path.resolve(__dirname, "../../dist");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

let wordHostScript: string | undefined;
/** The injected office.js (wordHost.ts), bundled by globalSetup.ts. */
function wordHost(): string {
  const bundle = process.env[WORD_HOST_BUNDLE_ENV];
  if (!bundle || !existsSync(bundle)) {
    throw new Error(`The bundled Word host is missing (${WORD_HOST_BUNDLE_ENV}); run the tests with \`jest -c jest.e2e.config.js\`.`);
  }
  wordHostScript ??= readFileSync(bundle, "utf8");
  return wordHostScript;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** Plain HTTP is enough here: office.js's https requirement is Office's, and office.js is faked. */
export async function serveDist(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error(`${distDir}/taskpane.html not found: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(distDir, path.normalize(urlPath));
    if (!file.startsWith(distDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}; the end-to-end tests need it and never skip. ` +
        "Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.",
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** How the office.js request is answered: a fake host (Word, or a plain browser), or no network. */
export type OfficeMode = { kind: "fake"; options: FakeOfficeOptions } | { kind: "offline" };

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors, CSP violations and unexpected requests, except those the mode expects. */
  problems: string[];
}

/** What a `securitypolicyviolation` event reports, as the page hands it over. */
interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

/** How a CSP violation reads in `problems`: `CSP violation: <directive> refused <what> (<where>)`. */
export const describeViolation = ({ directive, blocked, source }: CspViolation) =>
  `CSP violation: ${directive} refused ${blocked || "(no URL)"} (${source || "no location"})`;

/**
 * Opens the task pane (or another page of dist/, such as `assets/help.html`) with office.js answered per
 * `mode`. Any other request that leaves the test server is aborted and reported: the add-in must load
 * nothing else from the internet. Every CSP violation is reported too: the page's own policy is in
 * force (playwright's bypassCSP stays off).
 */
export async function openTaskPane(browser: Browser, baseUrl: string, mode: OfficeMode, pagePath = "taskpane.html"): Promise<OpenedPage> {
  const context = await browser.newContext();
  // Every step here takes well under a second: a missing element fails in 10 s, not playwright's 30.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];

  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (mode.kind === "offline") await route.abort("internetdisconnected");
      else {
        const body = `window.__FAKE_OFFICE_OPTIONS__ = ${JSON.stringify(mode.options)};\n${wordHost()}`;
        await route.fulfill({ status: 200, contentType: "text/javascript", body });
      }
    } else if (url.startsWith(baseUrl)) {
      await route.continue();
    } else {
      problems.push(`unexpected request to ${url}`);
      await route.abort();
    }
  });

  const expectedFailure = (message: ConsoleMessage) =>
    mode.kind === "offline" && message.location().url === OFFICE_JS_URL && message.text().startsWith("Failed to load resource");
  page.on("console", (message) => {
    if (message.type() === "error" && !expectedFailure(message)) {
      problems.push(`console error: ${message.text()} (${message.location().url || "no location"})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  // The listener is an init script (run by the browser's debugging protocol, so the page's own policy
  // does not apply to it) and reports through a binding, before any of the page's scripts run.
  await page.exposeFunction("__reportCspViolation", (violation: CspViolation) => problems.push(describeViolation(violation)));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(v: CspViolation): void }).__reportCspViolation;
      void report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });

  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "load" });
  return { page, problems };
}

/** Lets late asynchronous errors surface, then fails on any console error, page error, CSP violation or stray request. */
export async function settle(opened: OpenedPage): Promise<void> {
  await opened.page.waitForLoadState("networkidle");
  expect(opened.problems).toEqual([]);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string }>;
}

/**
 * Fluent's focus manager (Tabster) inserts invisible, focusable `<i data-tabster-dummy aria-hidden>`
 * elements that hand focus on at once; axe flags them although screen readers never meet them.
 * Fluent calls this by design (microsoft/fluentui#27517, microsoft/tabster#288) and Microsoft's own
 * Accessibility Insights suppresses exactly these nodes, so this does too, and nothing else.
 */
const isTabsterDummy = (ruleId: string, node: { html: string }) => ruleId === "aria-hidden-focus" && node.html.includes("data-tabster-dummy");

/** Serious and critical axe-core violations on the page, one readable line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: a <script> tag with axe's source would be inline script,
  // which the pane's policy refuses.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, html }) => ({ target, html })) }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((node) => !isTabsterDummy(v.id, node)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** The injected host's document, as plain data. */
export function readHostDocument(page: Page): Promise<HostDocument> {
  return page.evaluate(() => window.fakeWord.read());
}

/**
 * For a test file: serves dist/ and launches Chromium once (beforeAll), closes both (afterAll), and
 * opens a fresh task pane per call.
 */
export function useTaskPaneHarness(): { open(mode: OfficeMode, pagePath?: string): Promise<OpenedPage> } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open(mode, pagePath) {
      if (!browser || !server) throw new Error("the browser harness did not start (see beforeAll)");
      return openTaskPane(browser, server.baseUrl, mode, pagePath);
    },
  };
}
