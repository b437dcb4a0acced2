// What the drafter reads after an operation: a Dutch title, what to do, and for the service desk a
// technical detail (error code, Word's own message) kept behind a "Technische details" disclosure.
import { WordOperationError } from "../../word/errors";
import { strings } from "../strings";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  body?: string;
  /** For the service desk: the error kind, Word's error code and message. Never shown unasked. */
  detail?: string;
}

/** Word's own errors (OfficeExtension.Error) carry a string `code`, such as "GeneralException". */
function wordErrorCode(cause: unknown): string | null {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof cause === "object" && typeof code === "string" ? code : null;
}

/** Kinds whose text says "Word refused": true only when Word itself answered with an error. */
const REFUSALS = new Set(["read-failed", "insert-rejected", "update-failed", "select-failed", "comment-failed"]);

/**
 * The notice for a failed operation (issue 7): a typed WordOperationError gets its own Dutch text; a
 * "refused" kind whose cause is not Word's error, or any other exception, is reported as the add-in's
 * own failure, never as Word refusing. Either way the technical detail goes along.
 */
export function errorNotice(error: unknown): Notice {
  if (error instanceof WordOperationError) {
    const cause = error.cause;
    const code = wordErrorCode(cause);
    const detail = [error.kind, code, describe(cause ?? error)].filter(Boolean).join(" · ");
    if (REFUSALS.has(error.kind) && cause !== undefined && code === null) {
      const text = error.kind === "insert-rejected" || error.kind === "update-failed" ? strings.wordErrors.unexpectedUnchanged : strings.wordErrors.unexpected;
      return { intent: "error", title: text.title, body: text.body, detail };
    }
    const text = strings.wordErrors[error.kind];
    return { intent: "error", title: text.title, body: text.body, detail };
  }
  const text = strings.wordErrors.unexpected;
  return { intent: "error", title: text.title, body: text.body, detail: describe(error) };
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const location = (value as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
    return `${value.name}: ${value.message}${typeof location === "string" && location ? ` (${location})` : ""}`;
  }
  return String(value);
}
