// The add-in's URL space, shared by webpack.config.js (which produces it) and the manifest validator
// (which checks that every URL in a manifest maps to a file), so the two cannot drift apart.
//
//   URL (relative to the base)   dev tree (manifest.xml)          build (dist/)
//   taskpane.html                src/taskpane/taskpane.html       dist/taskpane.html
//   assets/<file>                assets/<file>                    dist/assets/<file>
//   manifest.xml                 manifest.xml                     dist/manifest.xml
const path = require("node:path");

const repoRoot = path.resolve(__dirname, "..");

/** Base URL of the development manifest; the build replaces it with ADDIN_URL. */
const DEV_BASE_URL = "https://localhost:3000/";

/** Pages webpack builds: the URL they are served at and the HTML template they come from. */
const PAGES = [{ url: "taskpane.html", template: "src/taskpane/taskpane.html", entry: "./src/taskpane/index.tsx" }];

/** Static files, served unchanged under the same name. */
const ASSETS_DIR = "assets";

/**
 * The file in the dev tree that serves `relativeUrl` (a path relative to the base URL), or null when
 * the dev server does not serve that path.
 */
function devSourceFor(relativeUrl, root = repoRoot) {
  const page = PAGES.find((p) => p.url === relativeUrl);
  if (page) return path.join(root, page.template);
  if (relativeUrl.startsWith(`${ASSETS_DIR}/`)) return path.join(root, relativeUrl);
  return null;
}

module.exports = { repoRoot, DEV_BASE_URL, PAGES, ASSETS_DIR, devSourceFor };
