// `npm run validate [-- manifest.xml …]`: validates the given manifests offline, or, with no argument,
// manifest.xml and (when built) dist/manifest.xml. Exits 1 when any check fails. The schema pass runs
// when the XSDs are found (MANIFEST_SCHEMA_DIR, else ../shared/schemas/office-addin-manifest) and is
// required when CI=true; otherwise one line says it was not run.
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { validateManifestFile, displayPath, schemaPlan } = require("./manifest-check.cjs");
const { repoRoot } = require("./addin-layout.cjs");

// npm runs scripts from the package root; paths on the command line are relative to where npm was run.
const given = process.argv.slice(2).map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
const files = given.length > 0 ? given : ["manifest.xml", "dist/manifest.xml"].map((f) => path.join(repoRoot, f)).filter((f, i) => i === 0 || existsSync(f));

const plan = schemaPlan();
let failed = false;
if (plan.error) {
  console.error(`Error: ${plan.error}`);
  failed = true;
}
if (plan.notice) console.log(plan.notice);
const checks = `${plan.dir ? "schema, " : ""}resources, URLs, files, icon sizes, Id`;

for (const file of files) {
  const label = displayPath(file);
  if (!existsSync(file)) {
    console.error(`${label}: file not found`);
    failed = true;
    continue;
  }
  const { errors, warnings } = await validateManifestFile(file, { schemaDir: plan.dir });
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(e);
  if (errors.length > 0) {
    failed = true;
    console.error(`${label}: ${errors.length} problem(s) found`);
  } else {
    console.log(`${label}: valid (${checks})`);
  }
}
process.exitCode = failed ? 1 : 0;
