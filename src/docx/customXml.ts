// The add-in's stored state: the one customXml/itemN.xml whose root element is in STATE_NAMESPACE.
// A part of ours that cannot be understood is reported with its text, never dropped.
import { STATE_NAMESPACE, StoredStatePart } from "../domain/snapshot";
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

type Candidate = { status: "ok"; version: number; xml: string } | { status: "unreadable"; xml: string; problem: string };

/** Our part, or null when the item belongs to someone else. */
function inspect(name: string, xml: string): Candidate | null {
  let root: XmlElement | null = null;
  try {
    parseXml(xml, name, {
      open(element: XmlElement) {
        root ??= element;
      },
      close() {},
      text() {},
    });
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    // It cannot be parsed, so only its text can tell whose it is.
    return xml.includes(STATE_NAMESPACE) ? { status: "unreadable", xml, problem: error.message } : null;
  }
  const element = root as XmlElement | null;
  if (element === null || element.uri !== STATE_NAMESPACE) return null;
  const raw = attr(element, "", "version");
  const version = Number(raw);
  if (raw === undefined || raw.trim() === "" || !Number.isInteger(version) || version < 1) {
    return { status: "unreadable", xml, problem: `${name} has no valid version attribute` };
  }
  return { status: "ok", version, xml };
}

export function readState(zip: ZipArchive): StoredStatePart {
  const ours: Candidate[] = [];
  for (const name of itemNames(zip)) {
    const bytes = zip.read(name);
    const candidate = bytes === null ? null : inspect(name, decodeXml(bytes));
    if (candidate !== null) ours.push(candidate);
  }
  if (ours.length === 0) return { status: "absent" };
  if (ours.length > 1) {
    return { status: "unreadable", xml: ours[0].xml, problem: `${ours.length} state parts found, expected one` };
  }
  return ours[0];
}
