// The rule for the add-in's own custom XML part, shared by both readers: its root element is in
// STATE_NAMESPACE and carries a positive integer `version`. A part of ours that breaks the rule is
// reported as unreadable with its XML, never dropped; two parts of ours are a conflict to report too.
import { STATE_NAMESPACE, type StoredStatePart } from "./snapshot";

/** What a reader's XML parser saw of one part: its root element, or why it could not parse it. */
export type ParsedStateRoot = { namespace: string | null; version: string | null } | { error: string };

/** Our part's status, or null when the part belongs to someone else. */
export function classifyStatePart(xml: string, root: ParsedStateRoot): StoredStatePart | null {
  if ("error" in root) {
    // It cannot be parsed, so only its text can tell whose it is.
    return xml.includes(STATE_NAMESPACE) ? { status: "unreadable", xml, problem: `not well-formed XML: ${root.error}` } : null;
  }
  if (root.namespace !== STATE_NAMESPACE) return null;
  const version = root.version ?? "";
  if (!/^[1-9][0-9]{0,8}$/.test(version)) {
    return { status: "unreadable", xml, problem: `missing or invalid version attribute "${version}"` };
  }
  return { status: "ok", version: Number(version), xml };
}

/** One state out of all the parts of ours a document holds. */
export function combineStateParts(ours: readonly StoredStatePart[]): StoredStatePart {
  if (ours.length === 0) return { status: "absent" };
  if (ours.length === 1) return ours[0];
  const first = ours[0];
  return conflictingStateParts(ours.length, first.status === "ok" || first.status === "unreadable" ? first.xml : "");
}

/** Several parts of ours: which one holds the truth is unknown, so none is trusted (the first is shown). */
export function conflictingStateParts(count: number, firstXml: string): StoredStatePart {
  return { status: "unreadable", xml: firstXml, problem: `${count} state parts found, expected one` };
}
