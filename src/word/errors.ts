// Failures of Word operations, typed so the task pane can explain them in Dutch; no user text here.

export type WordErrorKind =
  /** Reading the document failed; nothing was changed. */
  | "read-failed"
  /** The document changed since the snapshot the insertion was planned on; nothing was changed. */
  | "document-changed"
  /** Word refused the insertion; everything inserted so far was removed again. */
  | "insert-rejected"
  /** Word refused the insertion and the partly inserted block could not be removed. */
  | "insert-incomplete"
  /** Updating parameter values failed; nothing was changed (values already written were put back). */
  | "update-failed"
  /**
   * Word rejected the update and putting the old values back failed too: some parameter controls may
   * hold the new value, others the old one. The drafter should check the values (or undo) and retry.
   */
  | "update-incomplete"
  /** Selecting a content control, paragraph or finding's location failed. */
  | "select-failed"
  /** Comments need WordApi 1.4 (Word 2019/2021 have 1.3): nothing was added. */
  | "comments-unavailable"
  /** Word refused to add the comment. */
  | "comment-failed"
  /** The host can store no state part (neither WordApi 1.4 nor the common API's custom XML parts). */
  | "state-unavailable"
  /** The state part cannot be read, there are two, or it is of a newer version: kept as is, nothing written. */
  | "state-unreadable"
  /** Word refused to write the state part; the state is as before. */
  | "state-write-failed"
  /** The state was written but reading it back did not find the change (a concurrent writer, or a lost part). */
  | "state-not-confirmed";

export class WordOperationError extends Error {
  override readonly name = "WordOperationError";

  constructor(
    readonly kind: WordErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The message of whatever Word threw, for logs; Word's own text is never shown to the drafter. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
