// Where a checklist comes from (issue 9): a file the reviewer picks, or an https address they configure.
// Both are read as text with a size limit; an address is fetched with a time-out (src/taskpane/remoteText.ts,
// shared with the company list).
import { fetchText, type RemoteTextFailure } from "../remoteText";

// What the reviewer picked is remembered in the pane's own browser storage (localStorage).

/** Largest checklist accepted, in bytes (the default checklist is about 3 kB). */
export const CHECKLIST_MAX_BYTES = 512 * 1024;
/** How long fetching an address may take, in milliseconds. */
export const CHECKLIST_FETCH_TIMEOUT_MS = 10_000;

export type SourceFailure = RemoteTextFailure | { kind: "unreadable-file" };

export type SourceText = { ok: true; text: string } | { ok: false; failure: SourceFailure };

/**
 * Fetches the checklist text at `url` (src/taskpane/remoteText.ts): https only, aborted after
 * `timeoutMs`, refused above `maxBytes`. Never throws.
 */
export function fetchChecklistText(
  url: string,
  fetcher?: typeof fetch,
  timeoutMs = CHECKLIST_FETCH_TIMEOUT_MS,
  maxBytes = CHECKLIST_MAX_BYTES,
): Promise<SourceText> {
  return fetchText(url, { timeoutMs, maxBytes, fetcher });
}

/** Reads a picked file as UTF-8 text with FileReader; refused above `maxBytes`. Never throws. */
export function readChecklistFile(file: Blob, maxBytes = CHECKLIST_MAX_BYTES): Promise<SourceText> {
  if (file.size > maxBytes) return Promise.resolve({ ok: false, failure: { kind: "too-large" } });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? { ok: true, text: reader.result } : { ok: false, failure: { kind: "unreadable-file" } });
    reader.onerror = () => resolve({ ok: false, failure: { kind: "unreadable-file" } });
    reader.readAsText(file, "utf-8");
  });
}

const KEYS = { reviewer: "nota-assistent.reviewer", url: "nota-assistent.checklistUrl" } as const;

/** A value remembered on this machine; null when absent or when storage is blocked (private mode, policy). */
export function remembered(key: keyof typeof KEYS): string | null {
  try {
    return globalThis.localStorage?.getItem(KEYS[key]) ?? null;
  } catch {
    return null;
  }
}

/** Remembers (or, with null, forgets) a value on this machine; best effort when storage is blocked. */
export function remember(key: keyof typeof KEYS, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(KEYS[key]);
    else globalThis.localStorage?.setItem(KEYS[key], value);
  } catch {
    // Storage blocked: the value lasts as long as the pane.
  }
}
