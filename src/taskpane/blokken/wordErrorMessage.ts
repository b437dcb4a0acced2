import { WordOperationError } from "../../word/errors";
import { strings } from "../strings";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  body?: string;
}

/** What the drafter reads when a Word operation fails: what happened and what to do, in Dutch. */
export function wordErrorNotice(error: unknown): Notice {
  const text = error instanceof WordOperationError ? strings.wordErrors[error.kind] : strings.wordErrors.unknown;
  return { intent: "error", title: text.title, body: text.body };
}
