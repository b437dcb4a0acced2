import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { schemaPlan, semanticCheck, validateManifestFile, type Layout } from "../../scripts/manifest-check.cjs";

const repoRoot = path.resolve(__dirname, "../..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const devTree: Layout = { kind: "dev", root: repoRoot };
const workDir = mkdtempSync(path.join(tmpdir(), "nota-manifest-"));
// Microsoft's XSDs are not in the repository; this hand-written stand-in checks <Permissions> only.
const fixtureSchemaDir = path.join(repoRoot, "tests/fixtures/manifest-schema");

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The real manifest with one exact piece of text replaced (failing loudly if the text is not there). */
function edit(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`test fixture: ${from} not found in manifest.xml`);
  return changed;
}

const errorsOf = (xml: string) => semanticCheck(xml, "manifest.xml", devTree).errors;

describe("manifest checks the schema cannot do", () => {
  test("the real manifest passes, with and without a schema pass", async () => {
    const withSchema = await validateManifestFile(manifestPath, { schemaDir: fixtureSchemaDir });
    expect(withSchema).toEqual({ errors: [], warnings: [], schemaChecked: true });
    const without = await validateManifestFile(manifestPath, { schemaDir: null });
    expect(without).toEqual({ errors: [], warnings: [], schemaChecked: false });
  });

  test("without a schema pass the validator's own checks still find problems", async () => {
    const broken = path.join(workDir, "no-resource.xml");
    writeFileSync(broken, edit(/\s*<bt:Image id="Icon.32"[^>]*\/>/, ""));
    const result = await validateManifestFile(broken, { schemaDir: null, layout: devTree });
    expect(result.schemaChecked).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(/<bt:Image resid="Icon\.32"> is used by/));
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
    expect((await validateManifestFile(path.join(dist, "manifest.xml"), { schemaDir: null })).errors).toEqual([]);

    rmSync(path.join(dist, "assets", "icon-80.png"));
    const { errors } = await validateManifestFile(path.join(dist, "manifest.xml"), { schemaDir: null });
    expect(errors).toEqual([expect.stringMatching(/<bt:Image id="Icon\.80"> points to https:\/\/addins\.example\.nl\/nota\/assets\/icon-80\.png, but .*dist\/assets\/icon-80\.png does not exist/)]);
  });
});

describe("where the schema pass runs", () => {
  // A repository root whose parent has (or lacks) ../shared/schemas/office-addin-manifest.
  const rootWith = (schema: boolean) => {
    const parent = mkdtempSync(path.join(workDir, "parent-"));
    const root = path.join(parent, "nota");
    mkdirSync(root);
    if (schema) {
      const beside = path.join(parent, "shared/schemas/office-addin-manifest");
      mkdirSync(beside, { recursive: true });
      copyFileSync(path.join(fixtureSchemaDir, "OfficeAppManifestV1_1.xsd"), path.join(beside, "OfficeAppManifestV1_1.xsd"));
    }
    return { root, beside: path.join(parent, "shared/schemas/office-addin-manifest") };
  };

  test("MANIFEST_SCHEMA_DIR first, else ../shared/schemas/office-addin-manifest beside the repository", () => {
    const { root, beside } = rootWith(true);
    expect(schemaPlan({ MANIFEST_SCHEMA_DIR: fixtureSchemaDir }, root)).toEqual({ dir: fixtureSchemaDir });
    expect(schemaPlan({}, root)).toEqual({ dir: beside });
    expect(schemaPlan({ CI: "true" }, root)).toEqual({ dir: beside });
  });

  test("found nowhere: one line saying it was not run and how to enable it", () => {
    const { root } = rootWith(false);
    const plan = schemaPlan({}, root);
    expect(plan.dir).toBeNull();
    expect(plan.error).toBeUndefined();
    expect(plan.notice).toMatch(/^Schema pass not run .*set MANIFEST_SCHEMA_DIR to the folder holding the Office add-in manifest XSDs/);
    expect(plan.notice).not.toContain("\n");
  });

  test("found nowhere with CI=true, or MANIFEST_SCHEMA_DIR without the XSDs: an error", () => {
    const { root } = rootWith(false);
    expect(schemaPlan({ CI: "true" }, root)).toEqual({ dir: null, error: expect.stringMatching(/required when CI=true.*set MANIFEST_SCHEMA_DIR/) });
    expect(schemaPlan({ MANIFEST_SCHEMA_DIR: workDir }, rootWith(true).root)).toEqual({
      dir: null,
      error: expect.stringMatching(/^MANIFEST_SCHEMA_DIR=.*: OfficeAppManifestV1_1\.xsd not found there$/),
    });
  });
});

describe("npm run validate", () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    promisify(execFile)(process.execPath, [path.join(repoRoot, "scripts/validate-manifest.mjs"), ...args], { cwd: repoRoot, env: { ...process.env, ...env } });

  test("exits 1 and names the schema problem and the missing resid", async () => {
    const broken = path.join(workDir, "broken.xml");
    writeFileSync(broken, edit(/\s*<bt:Image id="Icon.80"[^>]*\/>/, "").replace("<Permissions>ReadWriteDocument", "<Permissions>Everything"));
    await expect(run({ MANIFEST_SCHEMA_DIR: fixtureSchemaDir }, broken)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/broken\.xml:\d+: <Permissions>: .*'Everything'[\s\S]*<bt:Image resid="Icon\.80"> is used by <Icon> in <Group id="Nota\.Group"> but not defined/),
    });
  });

  test("exits 0 for the real manifest and says the schema was checked", async () => {
    const { stdout } = await run({ MANIFEST_SCHEMA_DIR: fixtureSchemaDir }, manifestPath);
    expect(stdout).toMatch(/manifest\.xml: valid \(schema, resources/);
  });

  test("exits 1 when MANIFEST_SCHEMA_DIR names a folder without the XSDs", async () => {
    await expect(run({ MANIFEST_SCHEMA_DIR: workDir }, manifestPath)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Error: MANIFEST_SCHEMA_DIR=.*OfficeAppManifestV1_1\.xsd not found there/),
    });
  });
});
