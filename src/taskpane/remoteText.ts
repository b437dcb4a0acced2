// Fetching the text at an https address the user configured (issues 9 and 11: a checklist, a company
// list), with a time-out and a size limit. Only addresses the deployer allowed in the pane's Content
// Security Policy (NOTA_CONNECT_SRC, connect-src) can be fetched: the browser refuses others before any
// request, which fetch reports as a TypeError, here "unreachable". Each caller words the failures itself.

/** Why no text came back. */
export type RemoteTextFailure =
  | { kind: "not-https" }
  | { kind: "timeout" }
  | { kind: "too-large" }
  | { kind: "http"; status: number }
  /** The browser refused or could not connect (not allowed by connect-src, offline, DNS, TLS). */
  | { kind: "unreachable" };

export type RemoteText = { ok: true; text: string } | { ok: false; failure: RemoteTextFailure };

export interface FetchTextOptions {
  /** How long the whole download (headers and body) may take, in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes as it comes over the wire (UTF-8). */
  maxBytes: number;
  /** The fetch to use (tests pass their own); the browser's by default. */
  fetcher?: typeof fetch;
}

/** True for an absolute https address (the only kind the pane fetches). */
export function isHttpsAddress(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Raised inside fetchText when the body passes the limit while it is read. */
class TooLarge extends Error {}

/**
 * Fetches `address` as UTF-8 text. Refused without a request unless https; aborted after `timeoutMs`;
 * refused when the response declares (content-length) or turns out to be larger than `maxBytes`
 * (a streamed body is given up as soon as it passes the limit). Sends no credentials: what the pane
 * fetches is a public file of the department, not a per-user resource. Never throws.
 */
export async function fetchText(address: string, { timeoutMs, maxBytes, fetcher = (...args) => fetch(...args) }: FetchTextOptions): Promise<RemoteText> {
  if (!isHttpsAddress(address)) return { ok: false, failure: { kind: "not-https" } };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetcher(new URL(address).href, { signal: controller.signal, credentials: "omit", cache: "no-cache" });
    if (!response.ok) return { ok: false, failure: { kind: "http", status: response.status } };
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, failure: { kind: "too-large" } };
    return { ok: true, text: await limitedText(response, maxBytes, controller) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, failure: { kind: "too-large" } };
    return { ok: false, failure: timedOut ? { kind: "timeout" } : { kind: "unreachable" } };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, read chunk by chunk and given up past `maxBytes` (a body without a length header). */
async function limitedText(response: Response, maxBytes: number, controller: AbortController): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (utf8Length(text) > maxBytes) throw new TooLarge();
    return text;
  }
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The length of `text` in UTF-8, as it came over the wire. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}
