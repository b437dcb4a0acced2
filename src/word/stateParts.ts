// Writing the add-in's state part (src/domain/storedState.ts) in Word: read fresh, refuse what must be
// kept, merge the change in (newest entry per key wins), write, read back and compare. Two hosts:
//   - WordApi 1.4: `Word.CustomXmlPart` in one `Word.run` — 3 round trips (2 when there is no part yet):
//       1. the parts in our namespace (found by namespace: Word renames part files on save);
//       2. the part's XML;
//       3. setXml (or add) and, in the same batch, the parts and the XML read back;
//   - WordApi 1.3 (Office 2019/2021): the common API `Office.context.document.customXmlParts`, which
//     has no setXml: the new part is added before the old one is deleted, so the document never lacks
//     a state. 6 round trips (4 when there is no part yet): find, get XML, add, delete, find, get XML.
// Whatever the document's length, the count stays the same. A concurrent writer between our read and
// our write is caught by the read-back (our entries missing): reported, not retried blindly.
// An unreadable part is never written over; `setAside` moves it into a part of another namespace (issue 9).
import { STATE_NAMESPACE, type StoredStatePart } from "../domain/snapshot";
import { containsChanges, mergeState, type StoredState } from "../domain/stateModel";
import { conflictingStateParts, statePartXml, writeBase, type StateWriteRefusal } from "../domain/storedState";
import { asideHolds, asidePartXml, STATE_ASIDE_NAMESPACE } from "../domain/stateAside";
import { describeCause, WordOperationError } from "./errors";
import { parseStatePart } from "./storedState";

/** Reads and writes the state part; one implementation per host API. */
export interface StateStore {
  read(): Promise<StoredStatePart>;
  /** Merges `change` into the document's state and returns the state read back. Throws WordOperationError. */
  update(change: StoredState): Promise<StoredState>;
  /**
   * Sets our unreadable or conflicting part(s) aside (src/domain/stateAside.ts): adds the aside part,
   * reads it back, and only then deletes them; on any failure nothing of ours is deleted. `at` is the
   * ISO 8601 time recorded. Returns how many parts were set aside: 0, and nothing done, when the state
   * reads fine or is absent. Throws WordOperationError `state-write-failed` or `state-not-confirmed`.
   */
  setAside(at: string): Promise<number>;
}

/** The state part of a set of parts found by namespace, given the first one's XML. */
export function partsState(count: number, firstXml: string | null): StoredStatePart {
  if (count > 1) return conflictingStateParts(count, firstXml ?? "");
  return count === 0 || firstXml === null ? { status: "absent" } : parseStatePart(firstXml);
}

/** The model to merge into, or the typed error that keeps the part as it is. */
function baseFor(part: StoredStatePart): StoredState {
  const base = writeBase(part);
  if ("base" in base) return base.base;
  throw refusal(base.refused);
}

function refusal(refused: StateWriteRefusal): WordOperationError {
  switch (refused.reason) {
    case "unavailable":
      return new WordOperationError("state-unavailable", `The document's state cannot be stored here: ${refused.problem}`);
    case "newer-version":
      return new WordOperationError(
        "state-unreadable",
        `The state part has version ${refused.version}, newer than this add-in knows; it is kept as it is`,
      );
    case "unreadable":
      return new WordOperationError("state-unreadable", `The state part cannot be read (${refused.problem}); it is kept as it is`);
  }
}

/** Checks what was read back after a write: one part of ours that holds the change. */
function confirmed(count: number, xml: string | null, change: StoredState): StoredState {
  const part = partsState(count, xml);
  if (part.status === "ok" && containsChanges(part.model, change)) return part.model;
  const found =
    part.status === "ok" ? "a state without the change" : part.status === "unreadable" ? part.problem : "no state part";
  throw new WordOperationError("state-not-confirmed", `The state was written but reading it back found ${found}`);
}

/** The parts of a loaded collection (`load("items/id")` before the sync that fills it). */
function partsOf(parts: Word.CustomXmlPartScopedCollection): Word.CustomXmlPart[] {
  return parts.items;
}

/** The value of a synced ClientResult, or null when none was asked for. */
function valueOf(result: OfficeExtension.ClientResult<string> | null): string | null {
  return result === null ? null : result.value;
}

/** WordApi 1.4: state reads and writes inside `Word.run` batches. */
export function wordStateStore(run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>): StateStore {
  return {
    read: () =>
      run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
        parts.load("items/id");
        await context.sync();
        const found = partsOf(parts);
        const xml = found[0]?.getXml() ?? null;
        if (xml) await context.sync();
        return partsState(found.length, valueOf(xml));
      }),
    update: (change) => run((context) => updateInWord(context, change)),
    setAside: (at) => run((context) => setAsideInWord(context, at)),
  };
}

/**
 * Sets our unreadable part(s) aside in Word, in 4 round trips (2 when there is nothing to set aside),
 * whatever the document's length: 1. our parts; 2. their XML; 3. add the aside part and read it back;
 * 4. delete ours and find what is left. See StateStore.setAside.
 */
export async function setAsideInWord(context: Word.RequestContext, at: string): Promise<number> {
  const parts = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const found = partsOf(parts);
  const results = found.map((part) => part.getXml());
  if (results.length > 0) await context.sync();
  const xmls = results.map((result) => result.value);
  const part = partsState(found.length, xmls[0] ?? null);
  if (part.status !== "unreadable") return 0;
  let added: Word.CustomXmlPart;
  let back: OfficeExtension.ClientResult<string>;
  let asides: Word.CustomXmlPartScopedCollection;
  try {
    added = context.document.customXmlParts.add(asidePartXml(xmls, at, part.problem)).load("id");
    back = added.getXml();
    // A fresh query too: a part Word did not keep still reads back through its proxy (OfficeDev/office-js#1742).
    asides = context.document.customXmlParts.getByNamespace(STATE_ASIDE_NAMESPACE);
    asides.load("items/id");
    await context.sync();
  } catch (cause) {
    throw new WordOperationError("state-write-failed", `Word refused to add the part set aside: ${describeCause(cause)}`, { cause });
  }
  const kept = partsOf(asides).some((aside) => aside.id === added.id);
  if (!kept || !asideHolds(valueOf(back), xmls)) throw new WordOperationError("state-not-confirmed", "The part set aside did not read back as written; nothing was deleted");
  let left: Word.CustomXmlPartScopedCollection;
  try {
    for (const ours of found) ours.delete();
    left = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
    left.load("items/id");
    await context.sync();
  } catch (cause) {
    throw new WordOperationError("state-write-failed", `The part is set aside, but Word refused to delete the unreadable one: ${describeCause(cause)}`, { cause });
  }
  const remaining = partsOf(left);
  if (remaining.length > 0) throw new WordOperationError("state-not-confirmed", "The part is set aside, but a state part is still there");
  return found.length;
}

/** How many writes a concurrent writer can cost before the write is reported as not confirmed. */
const MAX_WRITES = 3;

/**
 * One state write in Word (see the module comment for its round trips). The write batch first reads the
 * part once more: Word applies other writers' changes between batches, not inside one, so when that
 * text is not what the merge started from, someone wrote in between; their state and ours are merged
 * and written again (one more round trip each time, at most MAX_WRITES writes). Two writers that both
 * add the first part: the one that sees two parts removes its own and merges into the other.
 */
export async function updateInWord(context: Word.RequestContext, change: StoredState): Promise<StoredState> {
  const parts = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const found = partsOf(parts);
  const existing = found.length === 1 ? found[0] : null;
  const xml = existing?.getXml() ?? null;
  if (xml) await context.sync();
  const expected = valueOf(xml);
  return writeState(context, { existing, expected, base: baseFor(partsState(found.length, expected)), wanted: change, change }, 1);
}

interface WriteStep {
  /** Our part, or null to add it. */
  existing: Word.CustomXmlPart | null;
  /** The part's XML the merge starts from (null without a part). */
  expected: string | null;
  base: StoredState;
  /** Everything to write over `base`. */
  wanted: StoredState;
  /** The caller's change, which the read-back must hold. */
  change: StoredState;
}

async function writeState(context: Word.RequestContext, step: WriteStep, write: number): Promise<StoredState> {
  const collection = context.document.customXmlParts;
  const next = statePartXml(mergeState(step.base, step.wanted));
  let written: Word.CustomXmlPart;
  let before: OfficeExtension.ClientResult<string> | null = null;
  let after: Word.CustomXmlPartScopedCollection;
  let back: OfficeExtension.ClientResult<string>;
  try {
    if (step.existing) {
      before = step.existing.getXml();
      step.existing.setXml(next);
    }
    written = step.existing ?? collection.add(next).load("id");
    // Read back from a fresh query: a concurrent writer, or a part Word did not keep (OfficeDev/office-js#1742).
    after = collection.getByNamespace(STATE_NAMESPACE);
    after.load("items/id");
    back = written.getXml();
    await context.sync();
  } catch (cause) {
    throw new WordOperationError("state-write-failed", `Word refused to write the state: ${describeCause(cause)}`, { cause });
  }
  const now = partsOf(after);
  const overwritten = before !== null && valueOf(before) !== step.expected ? valueOf(before) : null;
  const added = step.existing === null && now.length > 1 ? now.find((part) => part.id !== written.id) : undefined;
  if ((overwritten === null && added === undefined) || write === MAX_WRITES) return confirmed(now.length, valueOf(back), step.change);

  // Someone else wrote in between: merge their state with everything we wrote, and write again.
  const wanted = mergeState(step.base, step.wanted);
  if (added) {
    written.delete();
    const theirs = added.getXml();
    await context.sync();
    return writeState(context, { ...step, existing: added, expected: valueOf(theirs), base: baseFor(partsState(1, valueOf(theirs))), wanted }, write + 1);
  }
  return writeState(context, { ...step, expected: next, base: baseFor(partsState(1, overwritten)), wanted }, write + 1);
}

/** The slice of the common API (`Office.context.document.customXmlParts`, requirement set CustomXmlParts) used here. */
export interface CommonXmlParts {
  getByNamespaceAsync(namespace: string, callback: (result: Office.AsyncResult<CommonXmlPart[]>) => void): void;
  addAsync(xml: string, callback: (result: Office.AsyncResult<CommonXmlPart>) => void): void;
}

export interface CommonXmlPart {
  getXmlAsync(callback: (result: Office.AsyncResult<string>) => void): void;
  deleteAsync(callback: (result: Office.AsyncResult<void>) => void): void;
}

/** One common-API call as a promise; a failed call rejects with Office's error. */
function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      // Compared as text: the enum Office.AsyncResultStatus exists only inside Office.
      if (String(result.status) === "failed") reject(new Error(`${result.error.name}: ${result.error.message}`));
      else resolve(result.value);
    });
  });
}

/** WordApi 1.3: the same reads and writes through the common API. */
export function commonStateStore(parts: CommonXmlParts): StateStore {
  const find = () => call<CommonXmlPart[]>((done) => parts.getByNamespaceAsync(STATE_NAMESPACE, done));
  const xmlOf = (part: CommonXmlPart) => call<string>((done) => part.getXmlAsync(done));
  const read = async (): Promise<{ found: CommonXmlPart[]; part: StoredStatePart }> => {
    const found = await find();
    const xml = found.length > 0 ? await xmlOf(found[0]) : null;
    return { found, part: partsState(found.length, xml) };
  };
  return {
    read: async () => {
      try {
        return (await read()).part;
      } catch (cause) {
        throw new WordOperationError("read-failed", `Reading the state failed: ${describeCause(cause)}`, { cause });
      }
    },
    update: async (change) => {
      let current: Awaited<ReturnType<typeof read>>;
      try {
        current = await read();
      } catch (cause) {
        throw new WordOperationError("state-write-failed", `Reading the state before writing failed: ${describeCause(cause)}`, { cause });
      }
      const next = statePartXml(mergeState(baseFor(current.part), change));
      let added: CommonXmlPart;
      try {
        added = await call<CommonXmlPart>((done) => parts.addAsync(next, done));
      } catch (cause) {
        throw new WordOperationError("state-write-failed", `Word refused to add the state part: ${describeCause(cause)}`, { cause });
      }
      const old = current.found[0];
      if (old) {
        try {
          await call<void>((done) => old.deleteAsync(done));
        } catch (cause) {
          // Two parts of ours would read as a conflict: take the new one away again.
          await call<void>((done) => added.deleteAsync(done)).catch(() => undefined);
          throw new WordOperationError("state-write-failed", `Word refused to replace the state part: ${describeCause(cause)}`, { cause });
        }
      }
      let back: Awaited<ReturnType<typeof read>>;
      try {
        back = await read();
      } catch (cause) {
        throw new WordOperationError("state-not-confirmed", `The state was written but could not be read back: ${describeCause(cause)}`, { cause });
      }
      return confirmed(back.found.length, back.part.status === "absent" ? null : partXml(back.part), change);
    },
    // 4 + 2n calls for n parts of ours (2 when the state reads fine): find, n XML, add, its XML, n deletes, find.
    setAside: async (at) => {
      let found: CommonXmlPart[];
      let xmls: string[];
      try {
        found = await find();
        xmls = await Promise.all(found.map(xmlOf));
      } catch (cause) {
        throw new WordOperationError("state-write-failed", `Reading the state before setting it aside failed: ${describeCause(cause)}`, { cause });
      }
      const part = partsState(found.length, xmls[0] ?? null);
      if (part.status !== "unreadable") return 0;
      let back: string;
      try {
        const added = await call<CommonXmlPart>((done) => parts.addAsync(asidePartXml(xmls, at, part.problem), done));
        back = await xmlOf(added);
      } catch (cause) {
        throw new WordOperationError("state-write-failed", `Word refused to add the part set aside: ${describeCause(cause)}`, { cause });
      }
      if (!asideHolds(back, xmls)) throw new WordOperationError("state-not-confirmed", "The part set aside did not read back as written; nothing was deleted");
      try {
        for (const ours of found) await call<void>((done) => ours.deleteAsync(done));
        if ((await find()).length > 0) throw new Error("a state part is still there");
      } catch (cause) {
        throw new WordOperationError("state-not-confirmed", `The part is set aside, but the unreadable one was not deleted: ${describeCause(cause)}`, { cause });
      }
      return found.length;
    },
  };
}

function partXml(part: StoredStatePart): string | null {
  return part.status === "ok" || part.status === "unreadable" ? part.xml : null;
}
