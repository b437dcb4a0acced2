// The Word operations the task pane may use. Components receive an implementation through
// props/context: the real one (src/word/officeWord.ts) in Word, a fake in UI tests.
import type { DocumentSnapshot } from "../domain/snapshot";
import type { FindingLocation } from "../domain/findings";
import type { ParagraphAnchor, ParagraphRef } from "../domain/placement";
import type { RenderedBlock } from "../domain/rendered";
import type { StoredState } from "../domain/stateModel";
import type { LocationOutcome } from "./findingLocation";

export type { LocationOutcome };

export type InsertPosition =
  /**
   * Before or after the anchor paragraph (or the block control around it), as computed from the
   * snapshot by `insertionAnchor`; at the document's start when there is no anchor. Refused with a
   * "document-changed" error when the anchor no longer matches the document.
   */
  | { kind: "nota-order"; anchor: ParagraphAnchor | null }
  /** At the drafter's cursor: after the paragraph holding the selection's end. */
  | { kind: "cursor" }
  /** At the end of the document. */
  | { kind: "end" };

/** A plain heading paragraph (no control) put before inserted blocks, e.g. "Stand van zaken per bedrijf". */
export interface LeadingHeading {
  text: string;
  /** 1–9. */
  level: number;
}

/** One company paragraph to refresh: its control's tag, the text it must still have, and its new text. */
export interface CompanyRefresh {
  tag: string;
  /** The text the pane saw (compared white space aside): a paragraph edited since is not overwritten. */
  expectedText: string;
  text: string;
}

export interface WordPort {
  readSnapshot(): Promise<DocumentSnapshot>;
  /**
   * Inserts the block as one tagged content control; all or nothing. Then records the block's
   * parameter values as data (`block.values`) in the state part, best effort (see officeWord.ts).
   */
  insertBlock(block: RenderedBlock, position: InsertPosition): Promise<void>;
  /**
   * Sets every `nota:param:<name>` control to its new text; returns how many were changed. With
   * `data` (the same names' values as data: ISO dates, …) also records those in the state part, best effort.
   */
  updateParameters(values: Record<string, string>, data?: Record<string, string>): Promise<number>;
  /**
   * Merges `change` (a model holding only the entries to set, each with its `updatedAt`) into the
   * document's state part: read, merge (newest entry per key wins), write, read back. Returns the
   * state read back. Throws WordOperationError: `state-unavailable`, `state-unreadable` (an unreadable
   * part, two parts or a newer version: kept, nothing written), `state-write-failed`, `state-not-confirmed`.
   */
  updateState(change: StoredState): Promise<StoredState>;
  /**
   * "Apart zetten" (issue 9): keeps an unreadable or conflicting state part's XML as text in a part of
   * namespace urn:nota-assistent:state-aside, reads that back, and only then deletes our part(s), so the
   * add-in starts with empty data; on any failure nothing is deleted. Returns how many parts were set
   * aside (0 when the state reads fine). Throws WordOperationError: `state-unavailable`,
   * `state-write-failed`, `state-not-confirmed`.
   */
  setStateAside(): Promise<number>;
  /**
   * Inserts the company paragraphs (`renderCompanyBlock`), each a rich-text control tagged
   * `nota:company:<id>`, one after the other at `position`, after `heading` when given; all or nothing.
   * Then merges `change` (their fingerprints) into the state part as `updateState` does, whose errors it throws.
   */
  insertCompanies(blocks: RenderedBlock[], position: InsertPosition, heading: LeadingHeading | null, change: StoredState): Promise<void>;
  /**
   * Replaces the text of the given company paragraphs in one batch (`document-changed` and nothing
   * written when one changed or is gone since it was read; `update-failed` when Word rejects the write
   * and the old texts are back); then records `change` (new fingerprints) as `updateState` does.
   * Returns how many were refreshed.
   */
  refreshCompanies(refreshes: CompanyRefresh[], change: StoredState): Promise<number>;
  /**
   * Loskoppelen: removes the company paragraph's control and keeps its text; then records `change`
   * (the fingerprint marked detached). False, and nothing recorded, when the control is not there.
   */
  detachCompany(tag: string, change: StoredState): Promise<boolean>;
  /** Selects (and scrolls to) the first content control with this tag; false when absent. */
  selectByTag(tag: string): Promise<boolean>;
  /** Selects a paragraph the snapshot saw (a hand-written heading); false when the document changed since. */
  selectParagraph(ref: ParagraphRef): Promise<boolean>;
  /**
   * Selects (and scrolls to) a finding's location: its matched text — also across runs, inside a
   * content control, or longer than Word's search limit — or its paragraph when it has no match (the
   * heading of the section where a phrase was expected) or Word's search cannot reach the match.
   * "changed" (nothing selected) when the paragraph is no longer where and what the snapshot saw.
   */
  selectLocation(location: FindingLocation): Promise<LocationOutcome>;
  /** True when the host can add comments (WordApi 1.4); below it `addComment` always throws. */
  commentsAvailable(): boolean;
  /**
   * Adds a Word comment at a finding's location (where `selectLocation` would select), its text
   * `"<ruleId>: <text>"` ("FIN-1: …"); Word sets the author. "changed": nothing added, re-read.
   * Throws WordOperationError `comments-unavailable` (below WordApi 1.4) or `comment-failed`.
   */
  addComment(location: FindingLocation, comment: { ruleId: string; text: string }): Promise<LocationOutcome>;
}
