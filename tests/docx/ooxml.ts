// A tiny hand-written-OOXML builder for the reader's tricky cases: tests give the XML inside
// w:body (and optionally other parts), this wraps them in a valid .docx package.
import { strToU8, zipSync } from "fflate";

export const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'mc:Ignorable="w14 w15"';

export interface OoxmlParts {
  /** XML inside w:body. */
  body: string;
  /** XML inside w:styles. */
  styles?: string;
  /** XML inside w:numbering. */
  numbering?: string;
  /** XML inside w:comments. */
  comments?: string;
  /** XML inside w15:commentsEx. */
  commentsExtended?: string;
  /** Complete custom XML items, stored as customXml/item1.xml, item2.xml … */
  customXml?: string[];
  /** Entry names other than word/document.xml, word/styles.xml … (Word for the web: word/document2.xml). */
  names?: Partial<Record<"document" | keyof typeof WORD_PARTS, string>>;
  /** Further parts the main part relates to, in this order after the ones above. */
  related?: RelatedPart[];
  /** Entries no relationship names (and no content type). */
  extraFiles?: Record<string, Uint8Array | string>;
  /** Further <Default Extension ContentType> entries of [Content_Types].xml, by extension. */
  contentTypeDefaults?: Record<string, string>;
  /** No relationship parts at all: the package is read through fixed names. */
  noRelationships?: boolean;
}

export interface RelatedPart {
  /** Relationship id; rId<n> when left out. */
  id?: string;
  /** Full relationship type URI, or the last segment of an ECMA-376 one ("header", "aFChunk"). */
  type: string;
  /** Entry name in the zip. */
  part: string;
  /** The Target as written; by default computed from `part`. */
  target?: string;
  /** The Override content type; none when left out (then the extension's Default, if any). */
  contentType?: string;
  data: Uint8Array | string;
  /** TargetMode="External": the target is a URL, not a part. */
  external?: boolean;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

interface WordPart {
  file: string;
  root: string;
  contentType: string;
  relType: string;
}

const WORD_PARTS: Record<"styles" | "numbering" | "comments" | "commentsExtended", WordPart> = {
  styles: { file: "styles.xml", root: "w:styles", contentType: `${WML}.styles+xml`, relType: `${REL}/styles` },
  numbering: {
    file: "numbering.xml",
    root: "w:numbering",
    contentType: `${WML}.numbering+xml`,
    relType: `${REL}/numbering`,
  },
  comments: { file: "comments.xml", root: "w:comments", contentType: `${WML}.comments+xml`, relType: `${REL}/comments` },
  commentsExtended: {
    file: "commentsExtended.xml",
    root: "w15:commentsEx",
    contentType: `${WML}.commentsExtended+xml`,
    relType: "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
  },
};

/**
 * A .docx package: [Content_Types].xml, the main part and the parts given, and the relationship
 * parts that name them (relative targets for parts in the main part's folder, absolute otherwise).
 */
export function buildDocx(parts: OoxmlParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const main = parts.names?.document ?? "word/document.xml";
  const overrides = [`<Override PartName="/${main}" ContentType="${WML}.document.main+xml"/>`];
  const rels: string[] = [];
  const relate = (type: string, part: string, id?: string, external = false, target = external ? part : relativeTarget(main, part)): void => {
    rels.push(
      `<Relationship Id="${id ?? `rId${rels.length + 1}`}" Type="${type.includes(":") ? type : `${REL}/${type}`}" ` +
        `Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    );
  };

  files[main] = strToU8(xmlPart("w:document", `<w:body>${parts.body}</w:body>`));
  for (const key of Object.keys(WORD_PARTS) as (keyof typeof WORD_PARTS)[]) {
    const inner = parts[key];
    if (inner === undefined) continue;
    const part = WORD_PARTS[key];
    const name = parts.names?.[key] ?? `word/${part.file}`;
    files[name] = strToU8(xmlPart(part.root, inner));
    overrides.push(`<Override PartName="/${name}" ContentType="${part.contentType}"/>`);
    relate(part.relType, name);
  }
  (parts.customXml ?? []).forEach((xml, i) => {
    files[`customXml/item${i + 1}.xml`] = strToU8(xml);
    relate("customXml", `customXml/item${i + 1}.xml`);
  });
  for (const part of parts.related ?? []) {
    relate(part.type, part.part, part.id, part.external, part.target);
    if (part.external) continue;
    files[part.part] = typeof part.data === "string" ? strToU8(part.data) : part.data;
    if (part.contentType !== undefined) overrides.push(`<Override PartName="/${part.part}" ContentType="${part.contentType}"/>`);
  }
  for (const [name, data] of Object.entries(parts.extraFiles ?? {})) {
    files[name] = typeof data === "string" ? strToU8(data) : data;
  }

  files["[Content_Types].xml"] = strToU8(
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      Object.entries(parts.contentTypeDefaults ?? {})
        .map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`)
        .join("") +
      `${overrides.join("")}</Types>`,
  );
  if (!parts.noRelationships) {
    files["_rels/.rels"] = relationshipsXml(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${parts.names?.document === undefined ? main : `/${main}`}"/>`);
    files[relationshipsPartOf(main)] = relationshipsXml(rels.join(""));
  }
  return zipSync(files, { level: 6 });
}

/** A complete part: the XML declaration and `root` element (with the usual namespaces) around `inner`. */
export function xmlPart(root: string, inner: string): string {
  return `${DECLARATION}<${root} ${NAMESPACES}>${inner}</${root}>`;
}

function relationshipsXml(inner: string): Uint8Array {
  return strToU8(`${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`);
}

function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** `part` as a target from `source`: relative to the source's folder, or absolute ("/…") when deeper. */
function relativeTarget(source: string, part: string): string {
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  if (part.startsWith(folder)) return part.slice(folder.length);
  // One folder deep, as word/ is: the package root is "..".
  return folder.split("/").length === 2 ? `../${part}` : `/${part}`;
}

/** A paragraph: `<w:p>` with optional paragraph properties XML and content XML. */
export function p(content: string, properties = ""): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${content}</w:p>`;
}

/** A run of text, with optional run properties XML. */
export function r(text: string, properties = ""): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** A content control; `inner` is its content (paragraphs for a block control, runs for inline). */
export function sdt(tag: string, alias: string, inner: string): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}
