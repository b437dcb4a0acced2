// Reading a checklist from an address or a file: the limits the pane puts on both (jsdom: FileReader).
import { fetchChecklistText, readChecklistFile } from "../../src/taskpane/checklist/checklistSource";

type Fetch = typeof fetch;

const response = (body: string, init: { status?: number; length?: string } = {}) =>
  ({
    ok: (init.status ?? 200) < 400,
    status: init.status ?? 200,
    headers: { get: (name: string) => (name.toLowerCase() === "content-length" ? (init.length ?? null) : null) },
    text: async () => body,
  }) as unknown as Response;

describe("fetchChecklistText", () => {
  it("returns the text of an https address", async () => {
    const fetcher = jest.fn(async () => response('{"version":1}'));
    await expect(fetchChecklistText("https://intranet.example.nl/c.json", fetcher as unknown as Fetch)).resolves.toEqual({ ok: true, text: '{"version":1}' });
  });

  it("gives up after the time-out, aborting the request", async () => {
    let signal: AbortSignal | undefined;
    const fetcher = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    await expect(fetchChecklistText("https://intranet.example.nl/c.json", fetcher as Fetch, 20)).resolves.toEqual({ ok: false, failure: { kind: "timeout" } });
    expect(signal?.aborted).toBe(true);
  });

  it("refuses a response over the size limit, whether declared or not", async () => {
    const declared = jest.fn(async () => response("{}", { length: "2000" }));
    await expect(fetchChecklistText("https://a.example/c.json", declared as unknown as Fetch, 1000, 1000)).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
    // 600 characters of two bytes each in UTF-8: 1,200 bytes.
    const undeclared = jest.fn(async () => response("é".repeat(600)));
    await expect(fetchChecklistText("https://a.example/c.json", undeclared as unknown as Fetch, 1000, 1000)).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
  });

  it("reports the server's error status, and a refusal by the browser as unreachable", async () => {
    const missing = jest.fn(async () => response("", { status: 404 }));
    await expect(fetchChecklistText("https://a.example/c.json", missing as unknown as Fetch)).resolves.toEqual({ ok: false, failure: { kind: "http", status: 404 } });
    const refused = jest.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(fetchChecklistText("https://a.example/c.json", refused as unknown as Fetch)).resolves.toEqual({ ok: false, failure: { kind: "unreachable" } });
  });

  it.each(["http://a.example/c.json", "ftp://a.example/c.json", "c.json", ""])("does not fetch %j", async (url) => {
    const fetcher = jest.fn();
    await expect(fetchChecklistText(url, fetcher as unknown as Fetch)).resolves.toEqual({ ok: false, failure: { kind: "not-https" } });
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe("readChecklistFile", () => {
  it("reads a picked file as UTF-8 text", async () => {
    await expect(readChecklistFile(new Blob(["{\"name\":\"Financiën\"}"]))).resolves.toEqual({ ok: true, text: '{"name":"Financiën"}' });
  });

  it("refuses a file over the size limit without reading it", async () => {
    await expect(readChecklistFile(new Blob(["x".repeat(11)]), 10)).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
  });
});
