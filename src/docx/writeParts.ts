// The fixed parts of a new beslisnota: package plumbing, styles, bullet numbering, settings and
// document properties. The body lives in writeDocx.ts.

import { W_NS } from "./namespaces";
import { el, text, xmlPart, type Xml } from "./writeXml";

const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** numId of the one bullet list; list paragraphs refer to it. */
export const BULLET_NUM_ID = 1;
/** Levels defined in numbering.xml (Word's maximum): list levels 0–8. */
export const BULLET_LEVELS = 9;
/** Heading styles Heading1…Heading9 are defined, matching RenderedBlock.headingLevel. */
export const HEADING_LEVELS = 9;

// Rijksoverheid notas are set in a sans at 9.5 pt; Verdana is the common stand-in.
const FONT = "Verdana";
const FONT_HALF_POINTS = 19;

const WML = ".wordprocessingml.";
const OFFICE_DOC = "application/vnd.openxmlformats-officedocument";

/** [Content_Types].xml; `withState` adds the type of the state part's properties part. */
export function contentTypesXml(withState = false): string {
  const override = (part: string, type: string): Xml => el("Override", { PartName: part, ContentType: type });
  return xmlPart(
    el(
      "Types",
      { xmlns: NS_CONTENT_TYPES },
      el("Default", { Extension: "rels", ContentType: "application/vnd.openxmlformats-package.relationships+xml" }),
      el("Default", { Extension: "xml", ContentType: "application/xml" }),
      override("/word/document.xml", OFFICE_DOC + WML + "document.main+xml"),
      override("/word/styles.xml", OFFICE_DOC + WML + "styles+xml"),
      override("/word/numbering.xml", OFFICE_DOC + WML + "numbering+xml"),
      override("/word/settings.xml", OFFICE_DOC + WML + "settings+xml"),
      override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      override("/docProps/app.xml", OFFICE_DOC + ".extended-properties+xml"),
      // The state part itself is plain XML (the Default above); its properties part has its own type.
      ...(withState ? [override(`/${STATE_PROPS_PATH}`, OFFICE_DOC + ".customXmlProperties+xml")] : []),
    ),
  );
}

function relationships(rels: Array<[type: string, target: string]>): string {
  return xmlPart(
    el(
      "Relationships",
      { xmlns: NS_PACKAGE_RELS },
      ...rels.map(([type, target], i) => el("Relationship", { Id: `rId${i + 1}`, Type: type, Target: target })),
    ),
  );
}

export function packageRelsXml(): string {
  return relationships([
    [REL_TYPE + "officeDocument", "word/document.xml"],
    ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
    [REL_TYPE + "extended-properties", "docProps/app.xml"],
  ]);
}

/** The main part's relationships; `withState` adds the one to the state part. */
export function documentRelsXml(withState = false): string {
  return relationships([
    [REL_TYPE + "styles", "styles.xml"],
    [REL_TYPE + "numbering", "numbering.xml"],
    [REL_TYPE + "settings", "settings.xml"],
    ...(withState ? [[REL_TYPE + "customXml", `../${STATE_ITEM_PATH}`] as [string, string]] : []),
  ]);
}

/** Where a new nota keeps the add-in's state part, as Word names custom XML parts (item1, item2, …). */
export const STATE_ITEM_PATH = "customXml/item1.xml";
const STATE_PROPS_PATH = "customXml/itemProps1.xml";
// Word gives every custom XML part a GUID in its properties part; a fixed one keeps the output reproducible.
const STATE_ITEM_ID = "{5D0C3F0A-6E2B-4A51-9C7D-2B8E4F1A0C93}";

/** The state part's relationship to its properties part and the properties part, by path. */
export function statePropsParts(): Record<string, string> {
  return {
    "customXml/_rels/item1.xml.rels": relationships([[REL_TYPE + "customXmlProps", "itemProps1.xml"]]),
    [STATE_PROPS_PATH]: xmlPart(
      el(
        "ds:datastoreItem",
        { "ds:itemID": STATE_ITEM_ID, "xmlns:ds": "http://schemas.openxmlformats.org/officeDocument/2006/customXml" },
        el("ds:schemaRefs"),
      ),
    ),
  };
}

/** A WordprocessingML property element that holds its value in w:val, e.g. <w:pStyle w:val="…"/>. */
export const val = (name: string, value: string | number): Xml => el(name, { "w:val": value });

function fonts(font: string): Xml {
  return el("w:rFonts", { "w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font });
}

function headingStyle(level: number): Xml {
  // Level 1 a little larger; deeper levels differ by weight and slant only, as in Rijksoverheid notas.
  const size = level === 1 ? 22 : FONT_HALF_POINTS;
  return el(
    "w:style",
    { "w:type": "paragraph", "w:styleId": `Heading${level}` },
    val("w:name", `heading ${level}`),
    val("w:basedOn", "Normal"),
    val("w:next", "Normal"),
    val("w:uiPriority", 9),
    ...(level > 1 ? [el("w:unhideWhenUsed")] : []),
    el("w:qFormat"),
    el(
      "w:pPr",
      {},
      el("w:keepNext"),
      el("w:keepLines"),
      el("w:spacing", { "w:before": 240, "w:after": 60 }),
      // The outline level is what makes it a heading for Word's navigation pane and for the readers.
      val("w:outlineLvl", level - 1),
    ),
    el("w:rPr", {}, el("w:b"), el("w:bCs"), ...(level >= 3 ? [el("w:i"), el("w:iCs")] : []), val("w:sz", size), val("w:szCs", size)),
  );
}

export function stylesXml(): string {
  const headings: Xml[] = [];
  for (let level = 1; level <= HEADING_LEVELS; level++) headings.push(headingStyle(level));
  return xmlPart(
    el(
      "w:styles",
      { "xmlns:w": W_NS },
      el(
        "w:docDefaults",
        {},
        el(
          "w:rPrDefault",
          {},
          el("w:rPr", {}, fonts(FONT), val("w:sz", FONT_HALF_POINTS), val("w:szCs", FONT_HALF_POINTS), el("w:lang", { "w:val": "nl-NL", "w:eastAsia": "en-US", "w:bidi": "ar-SA" })),
        ),
        el("w:pPrDefault", {}, el("w:pPr", {}, el("w:spacing", { "w:after": 0, "w:line": 270, "w:lineRule": "auto" }))),
      ),
      el(
        "w:style",
        { "w:type": "paragraph", "w:default": 1, "w:styleId": "Normal" },
        val("w:name", "Normal"),
        el("w:qFormat"),
      ),
      ...headings,
      el(
        "w:style",
        { "w:type": "paragraph", "w:styleId": "ListParagraph" },
        val("w:name", "List Paragraph"),
        val("w:basedOn", "Normal"),
        val("w:uiPriority", 34),
        el("w:qFormat"),
        el("w:pPr", {}, el("w:ind", { "w:left": 720 }), el("w:contextualSpacing")),
      ),
    ),
  );
}

// Word's own bullet cycle: bullet, circle, square.
const BULLET_GLYPHS: Array<{ glyph: string; font: string }> = [
  { glyph: "\u2022", font: FONT },
  { glyph: "o", font: "Courier New" },
  { glyph: "\u25AA", font: FONT },
];
const INDENT_STEP = 360;

export function numberingXml(): string {
  const levels: Xml[] = [];
  for (let level = 0; level < BULLET_LEVELS; level++) {
    const { glyph, font } = BULLET_GLYPHS[level % BULLET_GLYPHS.length];
    levels.push(
      el(
        "w:lvl",
        { "w:ilvl": level },
        val("w:start", 1),
        val("w:numFmt", "bullet"),
        val("w:lvlText", glyph),
        val("w:lvlJc", "left"),
        el("w:pPr", {}, el("w:ind", { "w:left": INDENT_STEP * (level + 1), "w:hanging": INDENT_STEP })),
        el("w:rPr", {}, fonts(font)),
      ),
    );
  }
  return xmlPart(
    el(
      "w:numbering",
      { "xmlns:w": W_NS },
      el("w:abstractNum", { "w:abstractNumId": 0 }, val("w:multiLevelType", "hybridMultilevel"), ...levels),
      el("w:num", { "w:numId": BULLET_NUM_ID }, val("w:abstractNumId", 0)),
    ),
  );
}

export function settingsXml(): string {
  return xmlPart(
    el(
      "w:settings",
      { "xmlns:w": W_NS },
      el("w:zoom", { "w:percent": 100 }),
      val("w:defaultTabStop", 708),
      val("w:characterSpacingControl", "doNotCompress"),
      // Mode 15 (Word 2013+) keeps Word from opening the nota in compatibility mode.
      el(
        "w:compat",
        {},
        el("w:compatSetting", { "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": 15 }),
      ),
    ),
  );
}

export interface CoreProperties {
  title?: string;
  author?: string;
  created: Date;
}

/** W3CDTF as Word writes it: UTC, whole seconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function corePropsXml({ title, author, created }: CoreProperties): string {
  const when = w3cdtf(created);
  const optional = (name: string, value: string | undefined): Xml[] => (value === undefined ? [] : [el(name, {}, text(value))]);
  return xmlPart(
    el(
      "cp:coreProperties",
      {
        "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "xmlns:dcterms": "http://purl.org/dc/terms/",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      },
      ...optional("dc:title", title),
      ...optional("dc:creator", author),
      ...optional("cp:lastModifiedBy", author),
      el("dcterms:created", { "xsi:type": "dcterms:W3CDTF" }, text(when)),
      el("dcterms:modified", { "xsi:type": "dcterms:W3CDTF" }, text(when)),
    ),
  );
}

export function appPropsXml(): string {
  return xmlPart(
    el(
      "Properties",
      { xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" },
      el("Application", {}, text("Nota-assistent")),
    ),
  );
}
