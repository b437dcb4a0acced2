import { connectSourcesFrom, HELP_PAGE_POLICY, taskPanePolicy, withPolicyMeta } from "../../scripts/content-security-policy.cjs";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the deployer's connect-src (NOTA_CONNECT_SRC)", () => {
  test("origins and folders, separated by spaces or commas, end up in connect-src after 'self'", () => {
    const sources = connectSourcesFrom(" https://intranet.example.nl, https://data.example.nl/nota/lijsten/  https://x.example.nl/ ");
    expect(sources).toEqual(["https://intranet.example.nl", "https://data.example.nl/nota/lijsten/", "https://x.example.nl"]);
    expect(directives(taskPanePolicy(sources)).get("connect-src")).toEqual(["'self'", ...sources]);
  });

  test("unset or empty: the pane connects only to its own origin", () => {
    expect(connectSourcesFrom(undefined)).toEqual([]);
    expect(connectSourcesFrom("  ")).toEqual([]);
    expect(directives(taskPanePolicy()).get("connect-src")).toEqual(["'self'"]);
  });

  test.each([
    ["http://intranet.example.nl", /must use https/],
    ["intranet.example.nl", /is not a URL/],
    ["*", /is not a URL/],
    ["https://intranet.example.nl/lijst.json", /must end with "\/"/],
    ["https://intranet.example.nl/?x=1", /without user, query or fragment/],
    ["https://user:pw@intranet.example.nl/", /without user, query or fragment/],
  ])("%s is refused with a message naming it", (entry, message) => {
    expect(() => connectSourcesFrom(`https://ok.example.nl ${entry}`)).toThrow(message);
    expect(() => connectSourcesFrom(entry)).toThrow(/^NOTA_CONNECT_SRC: /);
  });
});

describe("the policies", () => {
  test("task pane: scripts from itself and Office's CDN only, no objects, base and forms locked", () => {
    const policy = directives(taskPanePolicy());
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("help page: no scripts at all", () => {
    const policy = directives(HELP_PAGE_POLICY);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
  });

  test("the meta goes first in <head>, escaped, and a page is never given two policies", () => {
    const html = '<!doctype html><html><head lang="nl"><meta charset="utf-8"><script src="a.js"></script></head></html>';
    const withMeta = withPolicyMeta(html, `default-src 'self' "x"`, "p.html");
    expect(withMeta).toMatch(/<head lang="nl">\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self' &quot;x&quot;" \/><meta charset/);
    expect(() => withPolicyMeta(withMeta, "default-src 'none'", "p.html")).toThrow(/p\.html already has a Content-Security-Policy/);
    expect(() => withPolicyMeta("<p>no head</p>", "default-src 'none'", "q.html")).toThrow(/q\.html has no <head>/);
  });
});
