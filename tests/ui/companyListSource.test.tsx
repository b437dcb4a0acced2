import { CompanyListError, companyListJson, defaultCompanyList } from "../../src/config/companies";
import { companyListProblemText } from "../../src/config/companyListMessages";
import { listFromUrl, MAX_LIST_SIZE, rememberedUrl, rememberUrl } from "../../src/taskpane/bedrijven/companyListSource";

/** A fetch answering with `body` (status, headers), recording what was asked. */
function answering(body: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (url: string, requestInit?: RequestInit) => {
    calls.push({ url, init: requestInit });
    const status = init.status ?? 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: (name: string) => init.headers?.[name.toLowerCase()] ?? null },
      body: null,
      text: async () => body,
    } as unknown as Response;
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe("listFromUrl", () => {
  it("downloads and validates a list over https, without credentials", async () => {
    const { fetcher, calls } = answering(companyListJson(defaultCompanyList));
    expect(await listFromUrl("https://intranet.example.nl/bedrijven.json", fetcher)).toEqual(defaultCompanyList);
    expect(calls[0]).toMatchObject({ url: "https://intranet.example.nl/bedrijven.json", init: { credentials: "omit" } });
  });

  it("refuses other addresses before fetching", async () => {
    const { fetcher, calls } = answering("{}");
    await expect(listFromUrl("http://example.nl/lijst.json", fetcher)).rejects.toMatchObject({ reason: "not-https" });
    await expect(listFromUrl("geen adres", fetcher)).rejects.toMatchObject({ reason: "not-https" });
    expect(calls).toEqual([]);
  });

  it("refuses an HTTP error, a list over the size limit (declared or read) and an invalid list", async () => {
    await expect(listFromUrl("https://example.nl/x", answering("", { status: 404 }).fetcher)).rejects.toMatchObject({ reason: "http" });
    await expect(listFromUrl("https://example.nl/x", answering("{}", { headers: { "content-length": String(MAX_LIST_SIZE + 1) } }).fetcher)).rejects.toMatchObject({ reason: "too-large" });
    await expect(listFromUrl("https://example.nl/x", answering(" ".repeat(MAX_LIST_SIZE + 1)).fetcher)).rejects.toMatchObject({ reason: "too-large" });
    const invalid = await listFromUrl("https://example.nl/x", answering('{"version":1,"companies":[{"id":"x","name":"X","phase":"eop"}]}').fetcher).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(CompanyListError);
    expect((invalid as CompanyListError).problems.map(companyListProblemText)).toEqual(['bedrijf 1 ("x"), veld "updated": ontbreekt; vul dit veld in']);
  });

  it("gives up after the time-out", async () => {
    const hanging = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))))) as unknown as typeof fetch;
    await expect(listFromUrl("https://example.nl/x", hanging, 20)).rejects.toMatchObject({ reason: "timeout" });
  });

  it("remembers the address", () => {
    rememberUrl("https://example.nl/lijst.json");
    expect(rememberedUrl()).toBe("https://example.nl/lijst.json");
    rememberUrl("");
    expect(rememberedUrl()).toBe("");
  });
});
