// The shared fetch of a configured address (checklist, company list): https only, time-out, size limit.
import { TextDecoder as NodeTextDecoder } from "node:util";
import { fetchText, isHttpsAddress } from "../../src/taskpane/remoteText";

type Fetch = typeof fetch;

/** A response with `body`, its status and content-length; `chunks` stand for a streamed body. */
function response(body: string, init: { status?: number; length?: string; chunks?: Uint8Array[] } = {}): Response {
  const chunks = init.chunks;
  return {
    ok: (init.status ?? 200) < 400,
    status: init.status ?? 200,
    headers: { get: (name: string) => (name.toLowerCase() === "content-length" ? (init.length ?? null) : null) },
    body: chunks ? { getReader: () => ({ read: async () => (chunks.length > 0 ? { done: false, value: chunks.shift() } : { done: true, value: undefined }) }) } : null,
    text: async () => body,
  } as unknown as Response;
}

const limits = { timeoutMs: 1000, maxBytes: 1000 };

describe("fetchText", () => {
  it("returns the text at an https address, asked without credentials", async () => {
    const fetcher = jest.fn(async () => response("inhoud"));
    await expect(fetchText("https://intranet.example.nl/a.json", { ...limits, fetcher: fetcher as unknown as Fetch })).resolves.toEqual({ ok: true, text: "inhoud" });
    expect(fetcher).toHaveBeenCalledWith("https://intranet.example.nl/a.json", expect.objectContaining({ credentials: "omit" }));
  });

  it.each(["http://a.example/a.json", "ftp://a.example/a.json", "a.json", ""])("does not fetch %j", async (address) => {
    const fetcher = jest.fn();
    await expect(fetchText(address, { ...limits, fetcher: fetcher as unknown as Fetch })).resolves.toEqual({ ok: false, failure: { kind: "not-https" } });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("gives up after the time-out and aborts the request", async () => {
    jest.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      const hanging = (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        });
      const result = fetchText("https://a.example/a.json", { timeoutMs: 5000, maxBytes: 1000, fetcher: hanging as Fetch });
      jest.advanceTimersByTime(4999);
      expect(signal?.aborted).toBe(false);
      jest.advanceTimersByTime(1);
      await expect(result).resolves.toEqual({ ok: false, failure: { kind: "timeout" } });
      expect(signal?.aborted).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("refuses a body whose declared length passes the limit, without reading it", async () => {
    const text = jest.fn(async () => "{}");
    const fetcher = async () => ({ ...response("{}", { length: "1001" }), text }) as unknown as Response;
    await expect(fetchText("https://a.example/a.json", { ...limits, fetcher })).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
    expect(text).not.toHaveBeenCalled();
  });

  it("counts an undeclared body in UTF-8 bytes: 500 two-byte characters fit, 501 do not", async () => {
    await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: async () => response("é".repeat(500)) })).resolves.toEqual({ ok: true, text: "é".repeat(500) });
    await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: async () => response("é".repeat(501)) })).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
  });

  it("joins a streamed body, and stops reading one that passes the limit", async () => {
    // jsdom has no TextDecoder; every browser that hosts the pane has one.
    const had = "TextDecoder" in globalThis;
    Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
    try {
      // "Coöperatie" in UTF-8, split inside the two bytes of "ö" (C3 B6).
      const encoded = Uint8Array.from([0x43, 0x6f, 0xc3, 0xb6, ...Array.from("peratie", (c) => c.charCodeAt(0))]);
      const split = [encoded.slice(0, 3), encoded.slice(3)];
      await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: async () => response("", { chunks: split }) })).resolves.toEqual({ ok: true, text: "Coöperatie" });
      const chunks = [new Uint8Array(600), new Uint8Array(600), new Uint8Array(600)];
      await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: async () => response("", { chunks }) })).resolves.toEqual({ ok: false, failure: { kind: "too-large" } });
      expect(chunks).toHaveLength(1);
    } finally {
      if (!had) delete (globalThis as { TextDecoder?: unknown }).TextDecoder;
    }
  });

  it("reports the server's error status", async () => {
    await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: async () => response("", { status: 404 }) })).resolves.toEqual({ ok: false, failure: { kind: "http", status: 404 } });
  });

  it("reports a refusal by the browser (connect-src, offline) as unreachable", async () => {
    const refused = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(fetchText("https://a.example/a.json", { ...limits, fetcher: refused })).resolves.toEqual({ ok: false, failure: { kind: "unreachable" } });
  });
});

describe("isHttpsAddress", () => {
  it("accepts only absolute https addresses", () => {
    expect(["https://a.example/x", "HTTPS://A.EXAMPLE/x", "http://a.example/x", "//a.example/x", "niet een adres"].map(isHttpsAddress)).toEqual([true, true, false, false, false]);
  });
});
