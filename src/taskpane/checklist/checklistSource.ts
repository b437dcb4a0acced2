// Where a checklist comes from (issue 9): a file the reviewer picks, or an https address they configure.
// Both are read as text with a size limit; an address is fetched with a time-out. Only addresses the
// deployer allowed in the pane's Content Security Policy (NOTA_CONNECT_SRC, connect-src) can be
// fetched: the browser refuses others before any request, which fetch reports as a TypeError.
// What the reviewer picked is remembered in the pane's own browser storage (localStorage).

/** Largest checklist accepted, in bytes (the default checklist is about 3 kB). */
export const CHECKLIST_MAX_BYTES = 512 * 1024;
/** How long fetching an address may take, in milliseconds. */
export const CHECKLIST_FETCH_TIMEOUT_MS = 10_000;

export type SourceFailure =
  | { kind: "not-https" }
  | { kind: "too-large" }
  | { kind: "timeout" }
  | { kind: "http"; status: number }
  /** The browser refused or could not connect (not allowed by connect-src, offline, DNS, TLS). */
  | { kind: "unreachable" }
  | { kind: "unreadable-file" };

export type SourceText = { ok: true; text: string } | { ok: false; failure: SourceFailure };

/** True for an absolute https address (the only kind the pane fetches). */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Fetches the text at `url`: refused unless https; aborted after `timeoutMs`; refused when the
 * response declares or turns out to be larger than `maxBytes`. Never throws.
 */
export async function fetchChecklistText(
  url: string,
  fetcher: typeof fetch = (...args) => fetch(...args),
  timeoutMs = CHECKLIST_FETCH_TIMEOUT_MS,
  maxBytes = CHECKLIST_MAX_BYTES,
): Promise<SourceText> {
  if (!isHttpsUrl(url)) return { ok: false, failure: { kind: "not-https" } };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // No credentials: a checklist is a public file of the department, not a per-user resource.
    const response = await fetcher(url, { signal: controller.signal, credentials: "omit", cache: "no-cache" });
    if (!response.ok) return { ok: false, failure: { kind: "http", status: response.status } };
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, failure: { kind: "too-large" } };
    const text = await response.text();
    return byteLength(text) > maxBytes ? { ok: false, failure: { kind: "too-large" } } : { ok: true, text };
  } catch {
    return { ok: false, failure: timedOut ? { kind: "timeout" } : { kind: "unreachable" } };
  } finally {
    clearTimeout(timer);
  }
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

/** The length of `text` in UTF-8, as it came over the wire. */
function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
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
