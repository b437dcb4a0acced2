// The add-in's custom XML part as Word hands it over, judged by the shared rule in
// src/domain/storedState.ts. Parsed with the host's own DOMParser: no XML library in the task pane.
import { classifyStatePart, type ParsedStateRoot } from "../domain/storedState";
import type { StoredStatePart } from "../domain/snapshot";

/** Our part as Word hands over its XML: root namespace, version and own text go to the domain. */
export function parseStatePart(xml: string): StoredStatePart {
  // getByNamespace already chose the part by its root's namespace; one that no longer parses is still ours.
  return classifyStatePart(xml, parseRoot(xml)) ?? { status: "unreadable", xml, problem: "root element is not in the add-in's namespace" };
}

// Node.TEXT_NODE and Node.CDATA_SECTION_NODE, without needing the global Node.
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function parseRoot(xml: string): ParsedStateRoot {
  if (typeof DOMParser === "undefined") return { error: "this host has no XML parser" };
  let document: Document;
  try {
    document = new DOMParser().parseFromString(xml, "application/xml");
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  // Browsers do not throw on malformed XML: they return a document holding a <parsererror> element.
  const failure = document.getElementsByTagName("parsererror")[0];
  if (failure) return { error: (failure.textContent ?? "").trim().split("\n")[0] || "parse error" };
  const root = document.documentElement;
  if (!root) return { error: "no root element" };
  // The root's own text (not its children's) is the model's JSON.
  const text = Array.from(root.childNodes)
    .filter((node) => node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE)
    .map((node) => node.nodeValue ?? "")
    .join("");
  return { namespace: root.namespaceURI, version: root.getAttribute("version"), text };
}
