// Streaming, namespace-aware XML parsing for the package parts. A SAX parser (saxes) rather than a
// DOM: a 500-page document.xml is 10+ MB, which a DOM parser turns into seconds and hundreds of MB.
// saxes checks well-formedness; namespaces are resolved here, because its own namespace mode
// allocates an object per attribute and costs about a third of the parse. Word declares its
// namespaces once on the root, so a scope is created only where an element declares some.
import { SaxesParser, SaxesTagPlain } from "saxes";
import { DocxError } from "./errors";
import { W_NS } from "./namespaces";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Namespace bindings in effect: prefix ("" for the default namespace) → URI. */
export class Scope {
  private readonly bindings: Map<string, string>;
  private readonly prefixCache = new Map<string, string[]>();

  constructor(bindings: Map<string, string>) {
    this.bindings = bindings;
  }

  uri(prefix: string): string | undefined {
    return this.bindings.get(prefix);
  }

  /** Prefixes bound to a URI, for attribute lookups ("" is never one: unprefixed attributes have no namespace). */
  prefixes(uri: string): string[] {
    let prefixes = this.prefixCache.get(uri);
    if (prefixes === undefined) {
      prefixes = [];
      for (const [prefix, bound] of this.bindings) if (bound === uri && prefix !== "") prefixes.push(prefix + ":");
      this.prefixCache.set(uri, prefixes);
    }
    return prefixes;
  }

  /** This scope plus the element's xmlns declarations, or this scope when it declares none. */
  extend(attributes: Record<string, string>): Scope {
    let bindings: Map<string, string> | null = null;
    for (const name in attributes) {
      if (!name.startsWith("xmlns")) continue;
      const prefix = name === "xmlns" ? "" : name.startsWith("xmlns:") ? name.slice(6) : null;
      if (prefix === null) continue;
      bindings ??= new Map(this.bindings);
      bindings.set(prefix, attributes[name]);
    }
    return bindings === null ? this : new Scope(bindings);
  }
}

const ROOT_SCOPE = new Scope(new Map([["xml", XML_NS]]));

export interface XmlElement {
  uri: string;
  local: string;
  /** Attribute values by qualified name; read them with `attr`. */
  attributes: Record<string, string>;
  scope: Scope;
}

/** Receives a part's elements and text in document order. */
export interface XmlHandler {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(text: string): void;
}

/**
 * Parses a whole part and returns its root element (null when there is none); malformed XML
 * becomes a DocxError naming the part.
 */
export function parseXml(xml: string, part: string, handler: XmlHandler): XmlElement | null {
  const parser = new SaxesParser();
  const open: XmlElement[] = [];
  let root: XmlElement | null = null;
  let scope = ROOT_SCOPE;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const attributes = tag.attributes as Record<string, string>;
    scope = scope.extend(attributes);
    const colon = tag.name.indexOf(":");
    const prefix = colon < 0 ? "" : tag.name.slice(0, colon);
    const uri = scope.uri(prefix);
    if (uri === undefined && prefix !== "") parser.fail(`unbound namespace prefix: "${prefix}"`);
    const element: XmlElement = { uri: uri ?? "", local: tag.name.slice(colon + 1), attributes, scope };
    if (open.length === 0) root ??= element;
    open.push(element);
    handler.open(element);
  });
  parser.on("closetag", () => {
    const element = open.pop();
    if (element === undefined) return;
    scope = open.length > 0 ? open[open.length - 1].scope : ROOT_SCOPE;
    handler.close(element);
  });
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxError("bad-xml", `${part} is not well-formed XML (${detail})`);
  }
  return root;
}

/** A namespaced attribute's value (uri "" for an unprefixed attribute). */
export function attr(element: XmlElement, uri: string, local: string): string | undefined {
  if (uri === "") return element.attributes[local];
  for (const prefix of element.scope.prefixes(uri)) {
    const value = element.attributes[prefix + local];
    if (value !== undefined) return value;
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
