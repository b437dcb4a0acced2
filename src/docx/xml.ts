// Streaming, namespace-aware XML parsing for the package parts. A SAX parser (saxes) rather than a
// DOM: a 500-page document.xml is 10+ MB, which a DOM parser turns into seconds and hundreds of MB.
import { SaxesParser } from "saxes";
import { DocxError } from "./errors";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
export const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, XmlAttribute>;
}

/** Receives a part's elements and text in document order. */
export interface XmlHandler {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(text: string): void;
}

/** Parses a whole part; malformed XML becomes a DocxError naming the part. */
export function parseXml(xml: string, part: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => handler.open(tag));
  parser.on("closetag", (tag) => handler.close(tag));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxError("bad-xml", `${part} is not well-formed XML (${detail})`);
  }
}

// The prefixes Word writes; a lookup tries them first to avoid scanning every attribute.
const USUAL_PREFIX: Record<string, string> = { [W_NS]: "w:", [W14_NS]: "w14:", [W15_NS]: "w15:", "": "" };

/** A namespaced attribute's value (uri "" for an unprefixed attribute). */
export function attr(element: XmlElement, uri: string, local: string): string | undefined {
  const likely = element.attributes[(USUAL_PREFIX[uri] ?? "") + local];
  if (likely !== undefined && likely.uri === uri && likely.local === local) return likely.value;
  for (const name in element.attributes) {
    const candidate = element.attributes[name];
    if (candidate.uri === uri && candidate.local === local) return candidate.value;
  }
  return undefined;
}

/** The `w:val` attribute, which carries most WordprocessingML property values. */
export function wVal(element: XmlElement): string | undefined {
  return attr(element, W_NS, "val");
}

/** ST_OnOff: an absent value means on. */
export function onOff(element: XmlElement): boolean {
  const value = wVal(element);
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

/** A non-negative integer attribute value (levels, ids), or undefined. */
export function parseLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 ? level : undefined;
}

const utf8 = new TextDecoder("utf-8");

/** Parts are UTF-8 in practice; custom XML items are sometimes UTF-16 with a byte-order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}
