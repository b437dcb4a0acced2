// String-built XML for the .docx writer. Every value passes through `escapeXml`; markup exists
// only as the branded `Xml` type, which only `el` produces, so document text (untrusted) can
// never reach a part unescaped.

declare const xmlBrand: unique symbol;

/** A well-formed XML fragment. Obtain one from `el` or `text` only. */
export type Xml = string & { readonly [xmlBrand]: true };

export type Attributes = Record<string, string | number | undefined>;

// Characters XML 1.0 allows (§2.2); everything else (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) would make the part unreadable, so it is dropped.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // As character references, tab and line ends survive attribute-value normalisation.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes a value for element content or a (double- or single-quoted) attribute value. */
export function escapeXml(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, "").replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch]);
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

function checkName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`Not an XML name: ${JSON.stringify(name)}`);
  return name;
}

/** Escaped character data. */
export function text(value: string): Xml {
  return escapeXml(value) as Xml;
}

/** An element; attributes whose value is undefined are left out. */
export function el(name: string, attributes: Attributes = {}, ...children: Xml[]): Xml {
  let open = "<" + checkName(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    open += ` ${checkName(key)}="${escapeXml(String(value))}"`;
  }
  if (children.length === 0) return (open + "/>") as Xml;
  return (open + ">" + children.join("") + "</" + name + ">") as Xml;
}

/** A complete part: the declaration Word writes, then the root element. */
export function xmlPart(root: Xml): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + root;
}
