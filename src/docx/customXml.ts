// The add-in's stored state: the one customXml/itemN.xml whose root element is in STATE_NAMESPACE.
// A part of ours that cannot be understood is reported with its text, never dropped. Its content is
// handed to the domain (src/domain/storedState.ts), which interprets it.
import type { StoredStatePart } from "../domain/snapshot";
import { classifyStatePart, combineStateParts } from "../domain/storedState";
import { DocxError } from "./errors";
import { XmlElement, attr, decodeXml, parseXml } from "./xml";
import type { ZipArchive } from "./zip";

const ITEM_PREFIX = "customxml/item";
const ITEM_SUFFIX = ".xml";

/** customXml/item1.xml, item2.xml … in number order (not itemProps, not the rels). */
function itemNames(zip: ZipArchive): string[] {
  const numbered: [number, string][] = [];
  for (const name of zip.names()) {
    const lower = name.toLowerCase();
    if (!lower.startsWith(ITEM_PREFIX) || !lower.endsWith(ITEM_SUFFIX)) continue;
    const number = Number(lower.slice(ITEM_PREFIX.length, -ITEM_SUFFIX.length));
    if (Number.isInteger(number) && number >= 0) numbered.push([number, name]);
  }
  return numbered.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/** Our part, or null when the item belongs to someone else. The root's own text is the model's JSON. */
function inspect(name: string, xml: string): StoredStatePart | null {
  let root: XmlElement | null = null;
  let depth = 0;
  const text: string[] = [];
  try {
    parseXml(xml, name, {
      open(element: XmlElement) {
        root ??= element;
        depth += 1;
      },
      close() {
        depth -= 1;
      },
      text(value: string) {
        if (depth === 1) text.push(value);
      },
    });
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    return classifyStatePart(xml, { error: error.message });
  }
  const element = root as XmlElement | null;
  if (element === null) return classifyStatePart(xml, { error: `${name} has no root element` });
  return classifyStatePart(xml, { namespace: element.uri || null, version: attr(element, "", "version") ?? null, text: text.join("") });
}

/**
 * The state among the custom XML items: `items` are the parts the main document part relates
 * to (customXml relationships), or null in a package without relationships, where the
 * customXml/itemN.xml names are scanned instead.
 */
export function readState(zip: ZipArchive, items: string[] | null): StoredStatePart {
  const ours: StoredStatePart[] = [];
  for (const name of items ?? itemNames(zip)) {
    const bytes = zip.read(name);
    const part = bytes === null ? null : inspect(name, decodeXml(bytes));
    if (part !== null) ours.push(part);
  }
  return combineStateParts(ours);
}
