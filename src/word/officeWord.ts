// The real WordPort: each operation is one `Word.run` batch sequence (see the modules for sync counts).
// The state part is written through WordApi 1.4 or, on Word 2019/2021 (1.3), the common API
// (src/word/stateParts.ts). Inserting a block and updating parameters also record the parameters'
// values as data in it; that recording is best effort: the data carries the text it was recorded with,
// so a failed recording leaves data a reader sees is stale, while the drafter's operation stands.
import type { FindingLocation } from "../domain/findings";
import type { ParagraphRef } from "../domain/placement";
import type { DocumentSnapshot } from "../domain/snapshot";
import type { RenderedBlock } from "../domain/rendered";
import { blockParameterChange, isEmptyChange, parameterChange, type StoredState } from "../domain/stateModel";
import { detectFeatures, officeRequirementCheck, type RequirementCheck, type WordFeatures } from "./capabilities";
import { describeCause, WordOperationError, type WordErrorKind } from "./errors";
import { detachCompanyParagraph, refreshCompanyParagraphs } from "./companyParagraphs";
import { addComment, selectLocation, type LocationOutcome } from "./findingLocation";
import { insertBlock, insertBlocks } from "./insertBlock";
import type { CompanyRefresh, InsertPosition, LeadingHeading, WordPort } from "./port";
import { readSnapshot } from "./readSnapshot";
import { selectByTag } from "./selectByTag";
import { selectParagraph } from "./selectParagraph";
import { commonStateStore, wordStateStore, type CommonXmlParts, type StateStore } from "./stateParts";
import { updateParameters } from "./updateParameters";

export interface OfficeWordOptions {
  /** The common API's custom XML parts when the host has them (requirement set CustomXmlParts), else null. */
  commonParts?: () => CommonXmlParts | null;
  /** The clock for the state's time stamps (ISO 8601). */
  now?: () => string;
}

export function createOfficeWord(isSetSupported: RequirementCheck = officeRequirementCheck(), options: OfficeWordOptions = {}): WordPort {
  // Asked on every call: cheap, and right even if the pane was created before Office was ready.
  const features = (): WordFeatures => detectFeatures(isSetSupported);
  const commonParts = options.commonParts ?? (() => officeCommonParts(isSetSupported));
  const now = options.now ?? (() => new Date().toISOString());
  const stateStore = (): StateStore | null => {
    if (features().customXmlParts) return wordStateStore((batch) => run("state-write-failed", batch));
    const common = commonParts();
    return common ? commonStateStore(common) : null;
  };
  /** Best effort (see the module comment): a failure here must not undo the drafter's operation. */
  const record = async (change: StoredState): Promise<void> => {
    const store = stateStore();
    if (store === null || isEmptyChange(change)) return;
    await store.update(change).catch(() => undefined);
  };
  const updateState = (change: StoredState): Promise<StoredState> => {
    const store = stateStore();
    if (store === null) {
      return Promise.reject(new WordOperationError("state-unavailable", "This host has neither WordApi 1.4 nor the common API's custom XML parts"));
    }
    return store.update(change);
  };
  const setStateAside = (): Promise<number> => {
    const store = stateStore();
    if (store === null) {
      return Promise.reject(new WordOperationError("state-unavailable", "This host has neither WordApi 1.4 nor the common API's custom XML parts"));
    }
    return store.setAside(now());
  };
  return {
    readSnapshot: async (): Promise<DocumentSnapshot> => {
      const snapshot = await run("read-failed", (context) => readSnapshot(context, features()));
      const common = snapshot.state.status === "unavailable" ? commonParts() : null;
      return common ? { ...snapshot, state: await commonStateStore(common).read() } : snapshot;
    },
    insertBlock: async (block: RenderedBlock, position: InsertPosition): Promise<void> => {
      await run("insert-rejected", (context) => insertBlock(context, features(), block, position));
      await record(blockParameterChange(block, now()));
    },
    updateParameters: async (values: Record<string, string>, data?: Record<string, string>): Promise<number> => {
      const changed = await run("update-failed", (context) => updateParameters(context, features(), values));
      if (data) {
        const recorded = Object.entries(values).flatMap(([name, text]) => (data[name] === undefined ? [] : [[name, { value: data[name], text }]]));
        await record(parameterChange(Object.fromEntries(recorded) as Record<string, { value: string; text: string }>, now()));
      }
      return changed;
    },
    updateState,
    setStateAside,
    insertCompanies: async (blocks: RenderedBlock[], position: InsertPosition, heading: LeadingHeading | null, change: StoredState): Promise<void> => {
      await run("insert-rejected", (context) => insertBlocks(context, features(), blocks, position, heading));
      await updateState(change);
    },
    refreshCompanies: async (refreshes: CompanyRefresh[], change: StoredState): Promise<number> => {
      const count = await run("update-failed", (context) => refreshCompanyParagraphs(context, features(), refreshes));
      await updateState(change);
      return count;
    },
    detachCompany: async (tag: string, change: StoredState): Promise<boolean> => {
      const detached = await run("update-failed", (context) => detachCompanyParagraph(context, features(), tag));
      if (detached) await updateState(change);
      return detached;
    },
    selectByTag: (tag: string): Promise<boolean> =>
      run("select-failed", (context) => selectByTag(context, features(), tag)),
    selectParagraph: (ref: ParagraphRef): Promise<boolean> =>
      run("select-failed", (context) => selectParagraph(context, features(), ref)),
    selectLocation: (location: FindingLocation): Promise<LocationOutcome> =>
      run("select-failed", (context) => selectLocation(context, features(), location)),
    commentsAvailable: (): boolean => features().comments,
    addComment: (location: FindingLocation, comment: { ruleId: string; text: string }): Promise<LocationOutcome> =>
      run("comment-failed", (context) => addComment(context, features(), location, `${comment.ruleId}: ${comment.text}`)),
  };
}

/** `Office.context.document.customXmlParts` where the host supports it (Word 2013 and later). */
function officeCommonParts(isSetSupported: RequirementCheck): CommonXmlParts | null {
  if (typeof Office === "undefined" || !isSetSupported("CustomXmlParts", "1.1")) return null;
  return (Office.context?.document?.customXmlParts as unknown as CommonXmlParts | undefined) ?? null;
}

async function run<T>(kind: WordErrorKind, operation: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(operation);
  } catch (cause) {
    if (cause instanceof WordOperationError) throw cause;
    throw new WordOperationError(kind, `Word operation failed: ${describeCause(cause)}`, { cause });
  }
}
