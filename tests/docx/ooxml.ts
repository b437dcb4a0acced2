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

export function buildDocx(parts: OoxmlParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = [`<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>`];
  const rels: string[] = [];

  files["word/document.xml"] = strToU8(
    `${DECLARATION}<w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`,
  );
  for (const key of Object.keys(WORD_PARTS) as (keyof typeof WORD_PARTS)[]) {
    const inner = parts[key];
    if (inner === undefined) continue;
    const part = WORD_PARTS[key];
    files[`word/${part.file}`] = strToU8(`${DECLARATION}<${part.root} ${NAMESPACES}>${inner}</${part.root}>`);
    overrides.push(`<Override PartName="/word/${part.file}" ContentType="${part.contentType}"/>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${part.relType}" Target="${part.file}"/>`);
  }
  (parts.customXml ?? []).forEach((xml, i) => {
    files[`customXml/item${i + 1}.xml`] = strToU8(xml);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/customXml" Target="../customXml/item${i + 1}.xml"/>`);
  });

  files["[Content_Types].xml"] = strToU8(
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join("")}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files["word/_rels/document.xml.rels"] = strToU8(
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `${rels.join("")}</Relationships>`,
  );
  return zipSync(files, { level: 6 });
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
