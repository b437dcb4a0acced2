// The rule for the add-in's own custom XML part, shared by both readers and both writers:
//   <state xmlns="urn:nota-assistent:state" version="2">{JSON of the model, XML-escaped}</state>
// Readers only pick out the root's namespace, its version attribute and its text, and hand them here:
// the content is interpreted once (stateModel.ts). A part of ours that breaks the rule is reported as
// unreadable with its XML, never dropped or overwritten; two parts of ours are a conflict to report too.
import { paramNameFromTag } from "./rendered";
import { STATE_NAMESPACE, type DocumentSnapshot, type StoredStatePart } from "./snapshot";
import { liveEntries, parseStoredState, serializeState, StateModelError, STATE_VERSION, type StoredState } from "./stateModel";

/** What a reader's XML parser saw of one part: its root element and text, or why it could not parse it. */
export type ParsedStateRoot = { namespace: string | null; version: string | null; text: string } | { error: string };

/** Our part's status with its model, or null when the part belongs to someone else. */
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
  try {
    return { status: "ok", version: Number(version), xml, model: parseStoredState(Number(version), root.text) };
  } catch (error) {
    if (!(error instanceof StateModelError)) throw error;
    return { status: "unreadable", xml, problem: `version ${version}: ${error.message}` };
  }
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

/** Why a state part must not be written: it is kept as it is and the reason reported. */
export type StateWriteRefusal =
  | { reason: "unreadable"; problem: string }
  | { reason: "newer-version"; version: number }
  | { reason: "unavailable"; problem: string };

/**
 * What a write starts from: the model in the document (empty when there is no part), or why the part
 * must be kept as it is — unreadable or conflicting parts, and parts of a newer version (an older
 * add-in would write its own version number over data it cannot check).
 */
export function writeBase(part: StoredStatePart): { base: StoredState } | { refused: StateWriteRefusal } {
  switch (part.status) {
    case "absent":
      return { base: parseStoredState(1, "") };
    case "unavailable":
      return { refused: { reason: "unavailable", problem: part.reason } };
    case "unreadable":
      return { refused: { reason: "unreadable", problem: part.problem } };
    case "ok":
      return part.version > STATE_VERSION ? { refused: { reason: "newer-version", version: part.version } } : { base: part.model };
  }
}

/**
 * The part's XML for a model: no `<?xml?>` declaration (Word failed to update parts that had one,
 * OfficeDev/office-js#1643), the JSON escaped as XML text.
 */
export function statePartXml(state: StoredState): string {
  // JSON leaves U+FFFE/U+FFFF as they are, and XML 1.0 forbids them: write them as JSON escapes.
  const json = serializeState(state).replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
  const text = json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<state xmlns="${STATE_NAMESPACE}" version="${STATE_VERSION}">${text}</state>`;
}

/**
 * The parameter values stored as data that still hold: per parameter name, the recorded value when
 * every `nota:param:<name>` control in the document shows the text it was recorded with (a hand edit,
 * or an update whose recording failed, makes it stale and it is left out). Empty without a readable state.
 */
export function currentParameterData(snapshot: DocumentSnapshot): Record<string, string> {
  if (snapshot.state.status !== "ok") return {};
  const shown = new Map<string, string[]>();
  for (const control of snapshot.contentControls) {
    const name = paramNameFromTag(control.tag);
    if (name !== null) shown.set(name, [...(shown.get(name) ?? []), control.text]);
  }
  const data: Record<string, string> = {};
  for (const [name, entry] of liveEntries(snapshot.state.model.parameters)) {
    const texts = shown.get(name);
    if (texts && texts.every((text) => text === entry.text)) {
      Object.defineProperty(data, name, { value: entry.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return data;
}
