// Offline validation of an Office add-in manifest: Microsoft's manifest XSDs, where a folder with them
// is found (schemaPlan; they are not part of this repository), through xmllint-wasm, plus what those
// schemas cannot express: resid references, one https origin,
// referenced files that exist, icon pixel sizes and a real GUID. Used by scripts/validate-manifest.mjs;
// tested by tests/scripts/validate-manifest.test.ts.
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");
const { validateXML } = require("xmllint-wasm");
const { repoRoot, devSourceFor } = require("./addin-layout.cjs");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
};
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";

const hasSchema = (dir) => fs.existsSync(path.join(dir, ENTRY_SCHEMA));

/**
 * Whether and where the schema pass runs (issue 7). The XSDs are looked for in MANIFEST_SCHEMA_DIR, else
 * in ../shared/schemas/office-addin-manifest beside the repository (`root`). Returns `{ dir }` when found;
 * `{ dir: null, notice }` when not (the other checks still run); `{ dir: null, error }` when
 * MANIFEST_SCHEMA_DIR names a folder without them, or none is found and the pass is required (CI=true).
 */
function schemaPlan(env = process.env, root = repoRoot) {
  const howTo = `set MANIFEST_SCHEMA_DIR to the folder holding the Office add-in manifest XSDs (${ENTRY_SCHEMA} and the files it imports)`;
  if (env.MANIFEST_SCHEMA_DIR) {
    const dir = path.resolve(env.MANIFEST_SCHEMA_DIR);
    return hasSchema(dir) ? { dir } : { dir: null, error: `MANIFEST_SCHEMA_DIR=${env.MANIFEST_SCHEMA_DIR}: ${ENTRY_SCHEMA} not found there` };
  }
  const beside = path.resolve(root, "../shared/schemas/office-addin-manifest");
  if (hasSchema(beside)) return { dir: beside };
  if (env.CI === "true") return { dir: null, error: `the schema pass is required when CI=true, but no XSDs were found in ${beside}: ${howTo}` };
  return { dir: null, notice: `Schema pass not run (no XSDs in ${beside}); to run it, ${howTo}.` };
}

// The GUID of Microsoft's task-pane template: an add-in that keeps it collides with every other copy.
const TEMPLATE_GUID = "05c2e1c9-3e1d-406e-9a91-e9ac64854143";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Which resource collection each referencing element needs (by the XSD type of the reference).
const COLLECTION_FOR = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

// Pixel sizes the documentation requires for a task pane add-in's top-level icons.
const TOP_LEVEL_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Paths in messages: relative when inside the working directory, absolute otherwise. */
function displayPath(file) {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

const elements = (node) => Array.from(node.getElementsByTagName("*"));

/** The element's name as the messages show it: `bt:` for basic types, the plain local name otherwise. */
function nameOf(el) {
  return el.namespaceURI === NS.bt ? `bt:${el.localName}` : el.localName;
}

/** `<Name attr="value">` with the attribute that identifies the element, if it has one. */
function describe(el) {
  for (const attr of ["resid", "id", "Name"]) {
    if (el.hasAttribute(attr)) return `<${nameOf(el)} ${attr}="${el.getAttribute(attr)}">`;
  }
  return `<${nameOf(el)}>`;
}

/** Where a reference is used, e.g. `<Icon> in <Control id="Nota.OpenPane">`. */
function usedBy(el) {
  const parent = el.parentNode;
  let owner = parent && parent.parentNode;
  while (owner && owner.nodeType === 1 && !owner.hasAttribute("id")) owner = owner.parentNode;
  const inOwner = owner && owner.nodeType === 1 ? ` in ${describe(owner)}` : "";
  return `<${nameOf(parent)}>${inOwner}`;
}

function readPngSize(file) {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(24);
    fs.readSync(fd, head, 0, 24, 0);
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (!head.subarray(0, 8).equals(signature) || head.toString("ascii", 12, 16) !== "IHDR") return null;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

/** XSD validation against the XSDs in `schemaDir`; returns messages like `manifest.xml:36: <Permissions>: …`. */
async function schemaErrors(xml, label, schemaDir) {
  if (!hasSchema(schemaDir)) return [`${label}: cannot validate against the schema: ${path.join(schemaDir, ENTRY_SCHEMA)} not found`];
  const schemaFiles = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(ENTRY_SCHEMA)],
    preload: schemaFiles.filter((f) => f !== ENTRY_SCHEMA).map(read),
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) => {
    const where = e.loc ? `${label}:${e.loc.lineNumber}` : label;
    const message = e.message
      .replace(/^Schemas (validity|parser) error : /, "")
      .replace(/Element '\{[^}]*\}([^']+)'/g, "<$1>")
      .replace(/\{https?:\/\/[^}]*\}/g, "");
    return `${where}: ${message}`;
  });
  // libxml2 sometimes reports failure without a parsed message (e.g. a fatal parse error).
  return errors.length > 0 ? errors : [`${label}: not valid against ${ENTRY_SCHEMA}: ${result.rawOutput.trim()}`];
}

/**
 * The checks the schema cannot do. `layout` says where a URL's file lives: { kind: "dev", root } maps
 * through scripts/addin-layout.cjs, { kind: "dist", root } maps a URL path to the same path under root.
 */
function semanticCheck(xml, label, layout) {
  const errors = [];
  const warnings = [];
  const at = (el, message) => `${label}:${el.lineNumber ?? "?"}: ${message}`;

  let doc;
  try {
    doc = new DOMParser({ onError: () => {} }).parseFromString(xml, "text/xml");
  } catch (e) {
    return { errors: [`${label}: not well-formed XML: ${e.message}`], warnings };
  }
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    return { errors: [`${label}: the root element must be <OfficeApp xmlns="${NS.app}">`], warnings };
  }
  const all = elements(root);
  const topLevel = (name) => all.find((el) => el.localName === name && el.parentNode === root);

  // <Id>
  const idEl = topLevel("Id");
  const id = idEl ? idEl.textContent.trim() : "";
  if (!idEl) errors.push(`${label}: <Id> is missing`);
  else if (!GUID.test(id)) errors.push(at(idEl, `<Id> "${id}" is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`));
  else if (/^[0-]+$/.test(id) || id.toLowerCase() === TEMPLATE_GUID) {
    errors.push(at(idEl, `<Id> "${id}" is a placeholder GUID; generate a fresh one`));
  }

  // Resources: every definition once, every reference defined in the right collection.
  const definitions = new Map();
  for (const el of all) {
    const collection = el.parentNode;
    if (el.namespaceURI !== NS.bt || !el.hasAttribute("id") || collection.namespaceURI !== NS.bt) continue;
    const resid = el.getAttribute("id");
    if (!definitions.has(resid)) definitions.set(resid, []);
    definitions.get(resid).push({ el, collection: collection.localName });
  }
  for (const [resid, defs] of definitions) {
    if (defs.length > 1) {
      const lines = defs.map((d) => d.el.lineNumber).join(", ");
      errors.push(
        at(defs[1].el, `<${nameOf(defs[1].el)} id="${resid}"> is defined ${defs.length} times (lines ${lines}); each resid must be defined exactly once`),
      );
    }
  }
  const referenced = new Set();
  const imageSizes = new Map(); // resid -> [{ size, el }]
  for (const el of all.filter((e) => e.hasAttribute("resid"))) {
    const resid = el.getAttribute("resid");
    referenced.add(resid);
    const defs = definitions.get(resid);
    const needed = COLLECTION_FOR[el.localName];
    if (!defs) {
      errors.push(at(el, `${describe(el)} is used by ${usedBy(el)} but not defined${needed ? ` in <bt:${needed}>` : ""}`));
    } else if (needed && !defs.some((d) => d.collection === needed)) {
      errors.push(at(el, `${describe(el)} is used by ${usedBy(el)} and needs an entry in <bt:${needed}>, but "${resid}" is defined in <bt:${defs[0].collection}>`));
    }
    if (el.localName === "Image" && el.hasAttribute("size")) {
      if (!imageSizes.has(resid)) imageSizes.set(resid, []);
      imageSizes.get(resid).push({ size: Number(el.getAttribute("size")), el });
    }
  }
  for (const [resid, defs] of definitions) {
    if (!referenced.has(resid)) warnings.push(at(defs[0].el, `<${nameOf(defs[0].el)} id="${resid}"> is defined but never used`));
  }

  // URLs: in this format every URL of the add-in is an attribute (DefaultValue, or an <Override>'s Value).
  // <AppDomain> texts are deliberately other origins and are not collected.
  const urls = [];
  for (const el of all) {
    const urlElement = isUrlElement(el.localName === "Override" ? el.parentNode : el);
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value && (urlElement || /^[a-z][a-z0-9+.-]*:\/\//i.test(value))) urls.push({ el, attr, value });
    }
  }
  const sourceEl = all.find((el) => el.localName === "SourceLocation" && el.parentNode.localName === "DefaultSettings");
  const source = sourceEl && urls.find((u) => u.el === sourceEl);
  let base = null;
  if (!source) errors.push(`${label}: <DefaultSettings><SourceLocation DefaultValue="…"> is missing`);
  else {
    try {
      base = new URL(".", source.value);
    } catch {
      errors.push(at(sourceEl, `<SourceLocation> DefaultValue "${source.value}" is not a valid URL`));
    }
  }
  const owner = (u) => (u.attr === "Value" ? `${describe(u.el.parentNode)} (<Override Locale="${u.el.getAttribute("Locale")}">)` : describe(u.el));

  for (const u of urls) {
    let url;
    try {
      url = new URL(u.value);
    } catch {
      errors.push(at(u.el, `${owner(u)} has "${u.value}", which is not a valid URL`));
      continue;
    }
    if (url.protocol !== "https:") {
      errors.push(at(u.el, `${owner(u)} has "${u.value}": Office requires https`));
      continue;
    }
    if (!base) continue;
    if (url.origin !== base.origin) {
      errors.push(at(u.el, `${owner(u)} points to ${url.origin}, but the task pane is served from ${base.origin}: all URLs must share one origin`));
      continue;
    }
    if (!url.pathname.startsWith(base.pathname)) {
      errors.push(at(u.el, `${owner(u)} points to ${url.pathname}, outside the add-in's base path ${base.pathname}`));
      continue;
    }
    const relative = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const file = layout.kind === "dist" ? path.join(layout.root, relative) : devSourceFor(relative, layout.root);
    const shown = file && displayPath(file);
    if (!file) {
      errors.push(at(u.el, `${owner(u)} points to ${u.value}, which the dev server does not serve (only built pages and assets/…)`));
    } else if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      errors.push(at(u.el, `${owner(u)} points to ${u.value}, but ${shown} does not exist`));
    } else {
      const sizes = expectedSizes(u, imageSizes);
      if (sizes.length > 0) checkIcon(file, shown, sizes, u, errors, at, owner);
    }
  }
  return { errors, warnings };
}

function isUrlElement(el) {
  if (el.namespaceURI === NS.app) return ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(el.localName);
  return el.namespaceURI === NS.bt && ["Images", "Urls"].includes(el.parentNode.localName);
}

/** The pixel sizes a URL's image must have: from IconUrl/HighResolutionIconUrl, or from <bt:Image size>. */
function expectedSizes(u, imageSizes) {
  const el = u.attr === "Value" ? u.el.parentNode : u.el;
  if (TOP_LEVEL_ICON_SIZE[el.localName] && el.namespaceURI === NS.app) return [TOP_LEVEL_ICON_SIZE[el.localName]];
  if (el.namespaceURI === NS.bt && el.localName === "Image" && el.parentNode.localName === "Images") {
    return [...new Set((imageSizes.get(el.getAttribute("id")) ?? []).map((r) => r.size))];
  }
  return [];
}

function checkIcon(file, shown, sizes, u, errors, at, owner) {
  if (sizes.length > 1) {
    errors.push(at(u.el, `${owner(u)} is used with sizes ${sizes.join(" and ")}; one image has one size`));
    return;
  }
  const actual = readPngSize(file);
  if (!actual) errors.push(at(u.el, `${owner(u)}: ${shown} is not a PNG file`));
  else if (actual.width !== sizes[0] || actual.height !== sizes[0]) {
    errors.push(at(u.el, `${owner(u)} must be ${sizes[0]}x${sizes[0]} px, but ${shown} is ${actual.width}x${actual.height}`));
  }
}

/** A manifest inside a `dist` folder is checked against the files next to it, any other against the dev tree. */
function layoutFor(manifestFile) {
  const dir = path.dirname(path.resolve(manifestFile));
  return path.basename(dir) === "dist" ? { kind: "dist", root: dir } : { kind: "dev", root: repoRoot };
}

/**
 * Validates one manifest file; resolves to { errors, warnings, schemaChecked } (messages start with the
 * file name). `schemaDir`: the XSD folder, or null to skip the schema pass; by default schemaPlan()'s,
 * whose error (if any) is one of the errors.
 */
async function validateManifestFile(file, options = {}) {
  const label = options.label ?? displayPath(file);
  const xml = fs.readFileSync(file, "utf8");
  const plan = options.schemaDir !== undefined ? { dir: options.schemaDir } : schemaPlan();
  const schema = plan.dir ? await schemaErrors(xml, label, plan.dir) : plan.error ? [`${label}: ${plan.error}`] : [];
  const semantic = semanticCheck(xml, label, options.layout ?? layoutFor(file));
  return { errors: [...schema, ...semantic.errors], warnings: semantic.warnings, schemaChecked: Boolean(plan.dir) };
}

module.exports = { validateManifestFile, displayPath, schemaErrors, semanticCheck, layoutFor, readPngSize, schemaPlan };
