// The add-in's own custom XML part: recognised by its root element (namespace STATE_NAMESPACE) and a
// positive integer `version` attribute. Anything else is reported as unreadable and kept as it is.
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { STATE_NAMESPACE, type StoredStatePart } from "../domain/snapshot";

export function parseStatePart(xml: string): StoredStatePart {
  const problems: string[] = [];
  let root: XmlElement | null;
  try {
    const parser = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) });
    root = parser.parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    return { status: "unreadable", xml, problem: error instanceof Error ? error.message : String(error) };
  }
  if (problems.length > 0 || root === null) {
    return { status: "unreadable", xml, problem: problems[0] ?? "no root element" };
  }
  if (root.namespaceURI !== STATE_NAMESPACE) {
    return { status: "unreadable", xml, problem: `root element is not in namespace ${STATE_NAMESPACE}` };
  }
  const version = root.getAttribute("version") ?? "";
  if (!/^[1-9][0-9]{0,8}$/.test(version)) {
    return { status: "unreadable", xml, problem: `missing or invalid version attribute "${version}"` };
  }
  return { status: "ok", version: Number(version), xml };
}
