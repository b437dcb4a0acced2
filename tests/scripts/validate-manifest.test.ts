import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { semanticCheck, validateManifestFile, type Layout } from "../../scripts/manifest-check.cjs";

const repoRoot = path.resolve(__dirname, "../..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const devTree: Layout = { kind: "dev", root: repoRoot };
const workDir = mkdtempSync(path.join(tmpdir(), "nota-manifest-"));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The real manifest with one exact piece of text replaced (failing loudly if the text is not there). */
function edit(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`test fixture: ${from} not found in manifest.xml`);
  return changed;
}

const errorsOf = (xml: string) => semanticCheck(xml, "manifest.xml", devTree).errors;

describe("manifest checks the schema cannot do", () => {
  test("the real manifest passes, schema included", async () => {
    const result = await validateManifestFile(manifestPath);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test("a removed resource names the missing resid and where it is used", () => {
    const errors = errorsOf(edit(/\s*<bt:Image id="Icon.32"[^>]*\/>/, ""));
    expect(errors).toContainEqual(expect.stringMatching(/<bt:Image resid="Icon\.32"> is used by <Icon> in <Control id="Nota\.OpenPane"> but not defined/));
  });

  test("a resid defined twice", () => {
    const errors = errorsOf(edit("<bt:Urls>", '<bt:Urls>\n<bt:Url id="Help.Url" DefaultValue="https://localhost:3000/assets/help.html"/>'));
    expect(errors).toContainEqual(expect.stringMatching(/<bt:Url id="Help\.Url"> is defined 2 times/));
  });

  test("a reference to the wrong kind of resource", () => {
    const errors = errorsOf(edit('<ov:Description resid="OpenPane.Tooltip"/>', '<ov:Description resid="OpenPane.Label"/>'));
    expect(errors).toContainEqual(expect.stringMatching(/<Description resid="OpenPane\.Label">.*needs an entry in <bt:LongStrings>/));
  });

  test("an unused resource is a warning, not an error", () => {
    const result = semanticCheck(edit("<bt:Urls>", '<bt:Urls>\n<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/assets/help.html"/>'), "m", devTree);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/"Spare\.Url"> is defined but never used/));
  });

  test("an http URL", () => {
    const errors = errorsOf(edit('<SupportUrl DefaultValue="https:', '<SupportUrl DefaultValue="http:'));
    expect(errors).toContainEqual(expect.stringMatching(/<SupportUrl> has "http:\/\/localhost:3000\/assets\/help\.html": Office requires https/));
  });

  test("a second origin, also in a locale override", () => {
    const xml = edit(
      '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
      '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"><bt:Override Locale="en-US" Value="https://cdn.example.org/icon-16.png"/></bt:Image>',
    );
    expect(errorsOf(xml)).toContainEqual(expect.stringMatching(/<bt:Image id="Icon\.16"> \(<Override Locale="en-US">\) points to https:\/\/cdn\.example\.org, .*one origin/));
  });

  test("a file that does not exist", () => {
    const errors = errorsOf(edit("assets/icon-80.png", "assets/icon-81.png"));
    expect(errors).toContainEqual(expect.stringMatching(/<bt:Image id="Icon\.80"> points to .*icon-81\.png, but assets\/icon-81\.png does not exist/));
  });

  test("a URL the dev server does not serve", () => {
    expect(errorsOf(edit("assets/help.html", "help.html"))).toContainEqual(expect.stringMatching(/which the dev server does not serve/));
  });

  test("an icon of the wrong pixel size", () => {
    expect(errorsOf(edit("assets/icon-80.png", "assets/icon-64.png"))).toContainEqual(
      expect.stringMatching(/<bt:Image id="Icon\.80"> must be 80x80 px, but assets\/icon-64\.png is 64x64/),
    );
    expect(errorsOf(edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"'))).toContainEqual(
      expect.stringMatching(/<IconUrl> must be 32x32 px/),
    );
  });

  test("an Id that is not a GUID, or is the template's", () => {
    expect(errorsOf(edit(/<Id>[^<]*<\/Id>/, "<Id>nota-assistent</Id>"))).toContainEqual(expect.stringMatching(/<Id> "nota-assistent" is not a GUID/));
    expect(errorsOf(edit(/<Id>[^<]*<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"))).toContainEqual(expect.stringMatching(/placeholder GUID/));
  });

  test("a built manifest is checked against the files next to it", async () => {
    const dist = path.join(workDir, "dist");
    mkdirSync(path.join(dist, "assets"), { recursive: true });
    const built = manifest.replaceAll("https://localhost:3000/", "https://addins.example.nl/nota/");
    writeFileSync(path.join(dist, "manifest.xml"), built);
    writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html>");
    for (const file of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "help.html"]) {
      copyFileSync(path.join(repoRoot, "assets", file), path.join(dist, "assets", file));
    }
    expect((await validateManifestFile(path.join(dist, "manifest.xml"))).errors).toEqual([]);

    rmSync(path.join(dist, "assets", "icon-80.png"));
    const { errors } = await validateManifestFile(path.join(dist, "manifest.xml"));
    expect(errors).toEqual([expect.stringMatching(/<bt:Image id="Icon\.80"> points to https:\/\/addins\.example\.nl\/nota\/assets\/icon-80\.png, but .*dist\/assets\/icon-80\.png does not exist/)]);
  });
});

describe("npm run validate", () => {
  const run = (...args: string[]) => promisify(execFile)(process.execPath, [path.join(repoRoot, "scripts/validate-manifest.mjs"), ...args], { cwd: repoRoot });

  test("exits 1 and names the schema problem and the missing resid", async () => {
    const broken = path.join(workDir, "broken.xml");
    writeFileSync(broken, edit(/\s*<bt:Image id="Icon.80"[^>]*\/>/, "").replace("<Permissions>ReadWriteDocument", "<Permissions>Everything"));
    await expect(run(broken)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/broken\.xml:\d+: <Permissions>: .*'Everything'[\s\S]*<bt:Image resid="Icon\.80"> is used by <Icon> in <Group id="Nota\.Group"> but not defined/),
    });
  });

  test("exits 0 for the real manifest", async () => {
    const { stdout } = await run(manifestPath);
    expect(stdout).toMatch(/manifest\.xml: valid/);
  });
});
