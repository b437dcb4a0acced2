// Where the pane gets its company list (issue 11): the bundled default, a file the drafter picks, or an
// https address the drafter configures (remembered in this browser). Every list is validated whole
// before anything uses it (src/config/companies.ts).
import { parseCompanyListJson } from "../../config/companies";
import type { CompanyList } from "../../domain/companies";
import { fetchText } from "../remoteText";

/** Largest list accepted, in bytes: a list of hundreds of companies is far below it. */
export const MAX_LIST_SIZE = 1_000_000;
/** How long a download may take, in milliseconds. */
export const FETCH_TIMEOUT_MS = 10_000;
const URL_KEY = "nota-assistent:bedrijvenlijst-url";

/** Why a list could not be fetched (the list's own problems are a CompanyListError). */
export class ListSourceError extends Error {
  override readonly name = "ListSourceError";
  constructor(
    readonly reason: "not-https" | "timeout" | "too-large" | "http" | "network",
    message: string,
  ) {
    super(message);
  }
}

/** The text of a picked file, validated; throws CompanyListError or ListSourceError ("too-large"). */
export async function listFromFile(file: Blob): Promise<CompanyList> {
  if (file.size > MAX_LIST_SIZE) throw new ListSourceError("too-large", `${file.size} bytes`);
  return parseCompanyListJson(await readText(file));
}

/** A file's text through FileReader, which every host of the pane has (Blob.text is missing in some). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file, "utf-8");
  });
}

/**
 * Downloads and validates the list at `address` (https only; src/taskpane/remoteText.ts), with a
 * time-out and a size limit. Throws ListSourceError or CompanyListError. The address must also be
 * allowed by the build's Content-Security-Policy (NOTA_CONNECT_SRC), or the browser refuses it ("network").
 */
export async function listFromUrl(address: string, fetcher?: typeof fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<CompanyList> {
  const fetched = await fetchText(address, { timeoutMs, maxBytes: MAX_LIST_SIZE, fetcher });
  if (fetched.ok) return parseCompanyListJson(fetched.text);
  const failure = fetched.failure;
  switch (failure.kind) {
    case "not-https":
      throw new ListSourceError("not-https", address);
    case "timeout":
      throw new ListSourceError("timeout", `${timeoutMs} ms`);
    case "too-large":
      throw new ListSourceError("too-large", `over ${MAX_LIST_SIZE} bytes`);
    case "http":
      throw new ListSourceError("http", `HTTP ${failure.status}`);
    case "unreachable":
      throw new ListSourceError("network", `${address} could not be reached`);
  }
}

/** The address the drafter configured last, or "" (none, or no storage in this host). */
export function rememberedUrl(): string {
  try {
    return globalThis.localStorage?.getItem(URL_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remembers `address` for the next time the pane opens ("" forgets it). */
export function rememberUrl(address: string): void {
  try {
    if (address === "") globalThis.localStorage?.removeItem(URL_KEY);
    else globalThis.localStorage?.setItem(URL_KEY, address);
  } catch {
    // Storage refused (private mode, policy): the address is then only kept while the pane is open.
  }
}
