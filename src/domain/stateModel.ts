// The model of everything the add-in stores in a document (issue 7, "One stored state"): reviewer
// dispositions, co-signatories and procedure, company fingerprints, parameter values as data.
// It is the JSON text of the state part (see storedState.ts); both readers hand that text here, so it
// is interpreted once. Pure: hand-written checks, no schema library.
//
// Every entry carries `updatedAt` (ISO 8601 date-time) so that `mergeState` can keep the newest entry
// per key: two reviewers writing at once lose nothing. A removed entry stays as a tombstone
// `{ removed: true, updatedAt }` so that a removal also wins over older copies. Fields and entries this
// version does not know ride along untouched: a newer add-in's data survives an older one's write.

import { parseIsoDate } from "./dutchDates";
import type { RenderedBlock } from "./rendered";

/** The model version this code writes (the part's `version` attribute). Version 1 held no data. */
export const STATE_VERSION = 2;

export interface Stamped {
  /** ISO 8601 date-time of the entry's last change; the newest entry per key wins a merge. */
  updatedAt: string;
}

/** A removed entry: kept so that the removal wins over older copies in other documents' merges. */
export interface Removed extends Stamped {
  removed: true;
}

export type Entry<T extends Stamped> = T | Removed;

/** A reviewer's decision on a checklist item (issue 9). */
export interface Disposition extends Stamped {
  state: "afgehandeld" | "niet-van-toepassing";
  /** The reviewer's name as they gave it. */
  by: string;
  /** ISO 8601 date-time of the decision. */
  at: string;
  note: string;
}

export type CosignatoryRole = "akkoord" | "medeondertekening";
export type CosignatoryStatus = "nog-vragen" | "gevraagd" | "akkoord" | "getekend" | "afgewezen";

/** A bewindspersoon whose agreement is required, keyed by signatory id (issue 10). */
export interface Cosignatory extends Stamped {
  roles: CosignatoryRole[];
  status: CosignatoryStatus;
  /** ISO date (YYYY-MM-DD) of the current status, or null. */
  date: string | null;
  note: string;
}

/** A procedure step: on one date, or in a week given as its first and last day (ISO dates). */
export type Milestone = Stamped & { label?: string } & ({ date: string } | { from: string; to: string });

/** The fixed procedure steps (issue 10); other keys in `milestones` are kept but not interpreted. */
export const MILESTONE_KEYS = ["acke", "onderraad", "mr", "verzending"] as const;

/** A free procedure event, e.g. "JLoI-ondertekening Cosun" (issue 10). */
export interface ProcedureEvent extends Stamped {
  label: string;
  /** ISO date. */
  date: string;
}

export interface Flag extends Stamped {
  value: boolean;
}

/** What a company paragraph was made from, keyed by company id (issue 11). */
export interface CompanyFingerprint extends Stamped {
  entryHash: string;
  textHash: string;
  /** ISO 8601 date-time of the insertion. */
  insertedAt: string;
  /** Made plain text by the drafter: never refreshed again. */
  detached: boolean;
}

/**
 * A block parameter's value as data: dates as ISO dates (so "20 juni" never needs its year guessed),
 * booleans "true"/"false", else the text. `text` is what the parameter's controls showed when it was
 * recorded: the data holds only while the document still shows that text (a hand edit, or an update
 * whose recording failed, leaves the data stale, and a reader can tell).
 */
export interface ParameterValue extends Stamped {
  value: string;
  text: string;
}

export interface Procedure {
  /** "Nog onduidelijk wie tekent" (a demissionary cabinet); absent until someone says. */
  unclearWhoSigns?: Entry<Flag>;
  milestones: Record<string, Entry<Milestone>>;
  events: Record<string, Entry<ProcedureEvent>>;
}

/**
 * The stored state. Unknown top-level fields, unknown fields of `procedure` and of entries are kept
 * on the objects as they were read (JSON has no other place for them) and written back unchanged.
 */
export interface StoredState {
  dispositions: Record<string, Entry<Disposition>>;
  cosignatories: Record<string, Entry<Cosignatory>>;
  procedure: Procedure;
  companies: Record<string, Entry<CompanyFingerprint>>;
  parameters: Record<string, Entry<ParameterValue>>;
}

/** A model without entries: the state of a document without a part, and the start of a change. */
export function emptyState(): StoredState {
  return { dispositions: {}, cosignatories: {}, procedure: { milestones: {}, events: {} }, companies: {}, parameters: {} };
}

/** True for a tombstone, an entry that was removed (it still wins merges by its `updatedAt`). */
export function isRemoved<T extends Stamped>(entry: Entry<T>): entry is Removed {
  return (entry as Partial<Removed>).removed === true;
}

/** The live (not removed) entries of a section. */
export function liveEntries<T extends Stamped>(section: Record<string, Entry<T>>): [string, T][] {
  return Object.entries(section).filter((pair): pair is [string, T] => !isRemoved(pair[1]));
}

// ---------------------------------------------------------------------------------------------------
// Reading

/** Why a part's content is not a valid model: a path into the JSON and what is wrong there. */
export class StateModelError extends Error {
  override readonly name = "StateModelError";
}

type Json = Record<string, unknown>;
type Check<T> = (value: Json, path: string) => T;

/**
 * The model held in a part's text. `version` is the part's version attribute (a positive integer):
 * version 1 held no data and becomes the empty model; from version 2 the text is a JSON object. A
 * version newer than STATE_VERSION is read the same way (newer versions only add fields).
 * Throws StateModelError naming the first wrong field.
 */
export function parseStoredState(version: number, text: string): StoredState {
  if (version === 1) return emptyState();
  if (text.trim() === "") throw new StateModelError("the part holds no JSON");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StateModelError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return checkState(data);
}

/** Checks a JSON value against the model; unknown fields are kept. Throws StateModelError. */
export function checkState(data: unknown): StoredState {
  const root = object(data, "state");
  const procedure = root.procedure === undefined ? {} : object(root.procedure, "procedure");
  const state: StoredState = {
    ...root,
    dispositions: section(root.dispositions, "dispositions", checkDisposition),
    cosignatories: section(root.cosignatories, "cosignatories", checkCosignatory),
    procedure: {
      ...procedure,
      milestones: section(procedure.milestones, "procedure.milestones", checkMilestone),
      events: section(procedure.events, "procedure.events", checkEvent),
    },
    companies: section(root.companies, "companies", checkCompany),
    parameters: section(root.parameters, "parameters", checkParameter),
  };
  if (procedure.unclearWhoSigns !== undefined) {
    state.procedure.unclearWhoSigns = entry(procedure.unclearWhoSigns, "procedure.unclearWhoSigns", checkFlag);
  } else {
    delete state.procedure.unclearWhoSigns;
  }
  return state;
}

/** `record[key] = value` that also works for the key "__proto__", which JSON may hold as data. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new StateModelError(`${path}: expected an object`);
  return value as Json;
}

function section<T extends Stamped>(value: unknown, path: string, check: Check<T>): Record<string, Entry<T>> {
  if (value === undefined) return {};
  const entries = object(value, path);
  const checked: Record<string, Entry<T>> = {};
  for (const [key, item] of Object.entries(entries)) setOwn(checked, key, entry(item, `${path}.${key}`, check));
  return checked;
}

function entry<T extends Stamped>(value: unknown, path: string, check: Check<T>): Entry<T> {
  const item = object(value, path);
  dateTime(item, "updatedAt", path);
  if (item.removed !== undefined) {
    if (item.removed !== true) throw new StateModelError(`${path}.removed: expected true`);
    return item as unknown as Removed;
  }
  return check(item, path);
}

function text(item: Json, field: string, path: string): string {
  const value = item[field];
  if (typeof value !== "string") throw new StateModelError(`${path}.${field}: expected a string`);
  return value;
}

function oneOf<T extends string>(item: Json, field: string, path: string, allowed: readonly T[]): T {
  const value = text(item, field, path);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new StateModelError(`${path}.${field}: "${value}" is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}

function isoDate(item: Json, field: string, path: string): string {
  const value = text(item, field, path);
  if (parseIsoDate(value) === null || value.trim() !== value) {
    throw new StateModelError(`${path}.${field}: "${value}" is not a date YYYY-MM-DD`);
  }
  return value;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function dateTime(item: Json, field: string, path: string): string {
  const value = text(item, field, path);
  if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new StateModelError(`${path}.${field}: "${value}" is not an ISO 8601 date-time`);
  }
  return value;
}

function bool(item: Json, field: string, path: string): boolean {
  const value = item[field];
  if (typeof value !== "boolean") throw new StateModelError(`${path}.${field}: expected true or false`);
  return value;
}

const DISPOSITION_STATES = ["afgehandeld", "niet-van-toepassing"] as const;
const ROLES = ["akkoord", "medeondertekening"] as const;
const STATUSES = ["nog-vragen", "gevraagd", "akkoord", "getekend", "afgewezen"] as const;

function checkDisposition(item: Json, path: string): Disposition {
  oneOf(item, "state", path, DISPOSITION_STATES);
  text(item, "by", path);
  dateTime(item, "at", path);
  text(item, "note", path);
  return item as unknown as Disposition;
}

function checkCosignatory(item: Json, path: string): Cosignatory {
  const roles = item.roles;
  if (!Array.isArray(roles) || roles.some((role) => !(ROLES as readonly unknown[]).includes(role))) {
    throw new StateModelError(`${path}.roles: expected a list of ${ROLES.join(", ")}`);
  }
  oneOf(item, "status", path, STATUSES);
  if (item.date !== null) isoDate(item, "date", path);
  text(item, "note", path);
  return item as unknown as Cosignatory;
}

function checkMilestone(item: Json, path: string): Milestone {
  if (item.label !== undefined) text(item, "label", path);
  if (item.date !== undefined) {
    isoDate(item, "date", path);
  } else {
    const from = isoDate(item, "from", path);
    if (isoDate(item, "to", path) < from) throw new StateModelError(`${path}: "to" is before "from"`);
  }
  return item as unknown as Milestone;
}

function checkEvent(item: Json, path: string): ProcedureEvent {
  text(item, "label", path);
  isoDate(item, "date", path);
  return item as unknown as ProcedureEvent;
}

function checkFlag(item: Json, path: string): Flag {
  bool(item, "value", path);
  return item as unknown as Flag;
}

function checkCompany(item: Json, path: string): CompanyFingerprint {
  text(item, "entryHash", path);
  text(item, "textHash", path);
  dateTime(item, "insertedAt", path);
  bool(item, "detached", path);
  return item as unknown as CompanyFingerprint;
}

function checkParameter(item: Json, path: string): ParameterValue {
  text(item, "value", path);
  text(item, "text", path);
  return item as unknown as ParameterValue;
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** The part's text for a model: JSON, keys in a stable order so equal models give equal text. */
export function serializeState(state: StoredState): string {
  return JSON.stringify(sortKeys(state));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const sorted: Json = {};
  for (const key of Object.keys(value).sort()) setOwn(sorted, key, sortKeys((value as Json)[key]));
  return sorted;
}

// ---------------------------------------------------------------------------------------------------
// Merging

/**
 * `base` (the state in the document now) with `changes` (a model holding only the entries to set)
 * merged in: per key the entry with the newest `updatedAt` wins, on a tie the one whose JSON sorts
 * last (so every writer picks the same one). Entries in either side only are kept; unknown fields
 * come from `base`, then from `changes` where `base` has none. Idempotent, and no entry is lost.
 */
export function mergeState(base: StoredState, changes: StoredState): StoredState {
  const merged: StoredState = {
    ...changes,
    ...base,
    dispositions: mergeSection(base.dispositions, changes.dispositions),
    cosignatories: mergeSection(base.cosignatories, changes.cosignatories),
    procedure: {
      ...changes.procedure,
      ...base.procedure,
      milestones: mergeSection(base.procedure.milestones, changes.procedure.milestones),
      events: mergeSection(base.procedure.events, changes.procedure.events),
    },
    companies: mergeSection(base.companies, changes.companies),
    parameters: mergeSection(base.parameters, changes.parameters),
  };
  const flag = newest(base.procedure.unclearWhoSigns, changes.procedure.unclearWhoSigns);
  if (flag === undefined) delete merged.procedure.unclearWhoSigns;
  else merged.procedure.unclearWhoSigns = flag;
  return merged;
}

function mergeSection<T extends Stamped>(
  base: Record<string, Entry<T>>,
  changes: Record<string, Entry<T>>,
): Record<string, Entry<T>> {
  const merged: Record<string, Entry<T>> = { ...base };
  for (const [key, change] of Object.entries(changes)) {
    // Object.entries on a JSON object: own keys only, so "__proto__" arrives as data and stays data.
    const winner = newest(Object.hasOwn(base, key) ? base[key] : undefined, change);
    if (winner !== undefined) setOwn(merged, key, winner);
  }
  return merged;
}

function newest<T extends Stamped>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const difference = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (difference !== 0) return difference > 0 ? a : b;
  return serializeState(a as unknown as StoredState) >= serializeState(b as unknown as StoredState) ? a : b;
}

/**
 * True when every entry of `changes` is in `state` or lost there to a newer entry: what a writer
 * checks after reading its write back.
 */
export function containsChanges(state: StoredState, changes: StoredState): boolean {
  return serializeState(mergeState(state, changes)) === serializeState(state);
}

/**
 * A change that records parameter values as data: per name the value (ISO dates for dates) and the
 * text the document shows for it, stamped `updatedAt`. Empty values are left out.
 */
export function parameterChange(
  values: Readonly<Record<string, { value: string; text: string }>>,
  updatedAt: string,
): StoredState {
  const change = emptyState();
  for (const [name, { value, text }] of Object.entries(values)) {
    if (value === "") continue;
    setOwn(change.parameters, name, { value, text, updatedAt });
  }
  return change;
}

/** The parameter values a rendered block shows, as a change (see `parameterChange`). */
export function blockParameterChange(block: RenderedBlock, updatedAt: string): StoredState {
  const values: Record<string, { value: string; text: string }> = {};
  for (const paragraph of block.paragraphs) {
    for (const segment of paragraph.segments) {
      const value = segment.kind === "param" ? block.values?.[segment.name] : undefined;
      if (segment.kind === "param" && value !== undefined) setOwn(values, segment.name, { value, text: segment.text });
    }
  }
  return parameterChange(values, updatedAt);
}

/** True when the change holds no entry at all (writing it would change nothing). */
export function isEmptyChange(change: StoredState): boolean {
  return (
    Object.keys(change.dispositions).length === 0 &&
    Object.keys(change.cosignatories).length === 0 &&
    Object.keys(change.procedure.milestones).length === 0 &&
    Object.keys(change.procedure.events).length === 0 &&
    change.procedure.unclearWhoSigns === undefined &&
    Object.keys(change.companies).length === 0 &&
    Object.keys(change.parameters).length === 0
  );
}
