// The content of a w:altChunk (ECMA-376 Part 1, §17.17.2.1): a part in another format that Word
// merges into the body when it opens the file. A .docx chunk is read by the same reader (see
// readDocx.ts); HTML and plain-text chunks are turned into paragraphs here, the way Word imports
// them: HTML block elements (p, div, h1–h6, li, td …) and plain-text lines each become a
// paragraph, <br> a line break inside one. Other formats (RTF, MHT, Word XML) are not read.
import { decodeXml } from "./xml";

export type ChunkFormat = "docx" | "html" | "text";

/** A paragraph of an HTML or text chunk, with what its markup says about it. */
export interface ChunkParagraph {
  text: string;
  /** 1–6 for h1–h6, else null. */
  headingLevel: number | null;
  /** 0-based nesting of ul/ol around an li, else null. */
  listLevel: number | null;
  inTable: boolean;
  /** All of its text inside b or strong. */
  bold: boolean;
}

const DOCX_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
  "application/vnd.ms-word.document.macroenabled.12",
  "application/vnd.ms-word.template.macroenabledtemplate.12",
]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const DOCX_EXTENSIONS = new Set(["docx", "docm", "dotx", "dotm"]);
const HTML_EXTENSIONS = new Set(["htm", "html", "xhtml"]);

/**
 * The chunk's format from its content type ([Content_Types].xml, lower case), else from its
 * extension; null for a format the reader does not read.
 */
export function chunkFormat(contentType: string | null, part: string): ChunkFormat | null {
  if (contentType !== null) {
    const type = contentType.split(";")[0].trim();
    if (DOCX_TYPES.has(type)) return "docx";
    if (HTML_TYPES.has(type)) return "html";
    if (type === "text/plain") return "text";
    return null;
  }
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  if (DOCX_EXTENSIONS.has(extension)) return "docx";
  if (HTML_EXTENSIONS.has(extension)) return "html";
  return extension === "txt" ? "text" : null;
}

/** A plain-text chunk: one paragraph per line (CR, LF or CRLF); a final line break ends the last. */
export function textParagraphs(bytes: Uint8Array): ChunkParagraph[] {
  const lines = decodeText(bytes).split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((text) => ({ text, headingLevel: null, listLevel: null, inTable: false, bold: false }));
}

// Elements whose start and end end the paragraph before them.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
  "th", "thead", "tr", "ul",
]);
// Elements whose content is not text on the page.
const HIDDEN = new Set(["head", "script", "style", "template", "title", "noscript"]);

/**
 * An HTML chunk's paragraphs: the text of each block with white space collapsed as a browser
 * does, character references decoded; blocks without text give no paragraph. A linear scan, not a
 * DOM: the markup is untrusted, and only its text and block structure matter here.
 */
export function htmlParagraphs(bytes: Uint8Array): ChunkParagraph[] {
  const html = decodeHtml(bytes);
  const paragraphs: ChunkParagraph[] = [];
  let text = "";
  let hasBold = false;
  let hasPlain = false;
  let heading: number | null = null;
  let listDepth = 0;
  let inItem = false;
  let tableDepth = 0;
  let boldDepth = 0;

  const flush = (): void => {
    // Spaces around line breaks and at the ends go; a no-break space stays (Word writes an empty
    // paragraph as <p>&nbsp;</p>).
    const trimmed = text.replace(/ *\n */g, "\n").replace(/^ +| +$/g, "");
    if (trimmed !== "") {
      paragraphs.push({
        text: trimmed,
        headingLevel: heading,
        listLevel: inItem && listDepth > 0 ? listDepth - 1 : null,
        inTable: tableDepth > 0,
        bold: hasBold && !hasPlain,
      });
    }
    text = "";
    hasBold = hasPlain = false;
  };
  const addText = (raw: string): void => {
    const collapsed = decodeEntities(raw.replace(/[ \t\n\r\f]+/g, " "));
    if (collapsed.trim() !== "") {
      if (boldDepth > 0) hasBold = true;
      else hasPlain = true;
    }
    // One space between words, none after a line break or at the start.
    text += text === "" || text.endsWith(" ") || text.endsWith("\n") ? collapsed.replace(/^ /, "") : collapsed;
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    if (lt < 0) {
      addText(html.slice(at));
      break;
    }
    if (lt > at) addText(html.slice(at, lt));
    // "<" not followed by a name, "/", "!" or "?" is text, as in a browser.
    if (!/[a-zA-Z/!?]/.test(html[lt + 1] ?? "")) {
      addText("<");
      at = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    at = tag.end;
    if (tag.name === null) continue;
    const name = tag.name;
    if (!tag.closing && HIDDEN.has(name)) {
      at = skipElement(html, at, name);
      continue;
    }
    if (name === "br") {
      text = text.replace(/ $/, "") + "\n";
      continue;
    }
    if (name === "b" || name === "strong") {
      boldDepth = Math.max(0, boldDepth + (tag.closing ? -1 : 1));
      continue;
    }
    if (!BLOCKS.has(name)) continue;
    flush();
    const level = /^h([1-6])$/.exec(name);
    if (level) heading = tag.closing ? null : Number(level[1]);
    else if (name === "ul" || name === "ol") listDepth = Math.max(0, listDepth + (tag.closing ? -1 : 1));
    else if (name === "li") inItem = !tag.closing;
    else if (name === "table") tableDepth = Math.max(0, tableDepth + (tag.closing ? -1 : 1));
  }
  flush();
  return paragraphs;
}

interface Tag {
  /** Lower-case element name, or null for a comment, declaration or processing instruction. */
  name: string | null;
  closing: boolean;
  /** Index just after the tag. */
  end: number;
}

/** The markup starting at `lt` (a "<"); quoted attribute values may hold ">". */
function readTag(html: string, lt: number): Tag {
  if (html.startsWith("<!--", lt)) {
    const end = html.indexOf("-->", lt + 4);
    return { name: null, closing: false, end: end < 0 ? html.length : end + 3 };
  }
  const closing = html[lt + 1] === "/";
  const nameMatch = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(lt + (closing ? 2 : 1), lt + 40));
  let at = lt + 1;
  let quote = "";
  for (; at < html.length; at++) {
    const ch = html[at];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      if (nameMatch !== null) quote = ch;
    } else if (ch === ">") break;
  }
  const end = Math.min(html.length, at + 1);
  return { name: nameMatch === null ? null : nameMatch[0].toLowerCase(), closing, end };
}

/** Index after the end tag of a hidden element (script, style …), or the end of the text. */
function skipElement(html: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, "gi");
  endTag.lastIndex = from;
  const match = endTag.exec(html);
  return match === null ? html.length : readTag(html, match.index).end;
}

// HTML 4's named character references for U+00A0–U+00FF, in code point order, and the few others
// that Dutch text uses; any other name is left as written.
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
  "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde " +
  "Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc " +
  "Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml " +
  "aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc " +
  "otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
const NAMED_REFERENCES = new Map<string, string>([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["euro", "€"],
  ["ndash", "–"],
  ["mdash", "—"],
  ["lsquo", "‘"],
  ["rsquo", "’"],
  ["sbquo", "‚"],
  ["ldquo", "“"],
  ["rdquo", "”"],
  ["bdquo", "„"],
  ["bull", "•"],
  ["hellip", "…"],
  ["trade", "™"],
  ...LATIN1_NAMES.split(" ").map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
]);

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_REFERENCES.get(ref) ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // NUL, surrogates and values beyond Unicode become U+FFFD, as in a browser.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\ufffd" : String.fromCodePoint(code);
  });
}

/** BOM, else a charset named in the first 1024 bytes (meta or XML declaration), else UTF-8. */
function decodeHtml(bytes: Uint8Array): string {
  if (hasBom(bytes)) return decodeXml(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const charset = /charset\s*=\s*["']?([a-zA-Z0-9_:.-]+)/i.exec(head) ?? /encoding\s*=\s*["']([a-zA-Z0-9_:.-]+)/i.exec(head);
  return decodeWith(charset?.[1], bytes);
}

/** BOM, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Word assumes for Western text). */
function decodeText(bytes: Uint8Array): string {
  if (hasBom(bytes)) return decodeXml(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) ||
    (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
  );
}

function decodeWith(label: string | undefined, bytes: Uint8Array): string {
  if (label !== undefined) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset name: fall back to UTF-8.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
