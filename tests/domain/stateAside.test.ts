import { asideHolds, asidePartXml, STATE_ASIDE_NAMESPACE } from "../../src/domain/stateAside";

describe("the aside part", () => {
  const broken = `<state xmlns="urn:nota-assistent:state" version="1">a & "b"`;

  it("is well-formed XML in its own namespace whatever the reason and the parts hold", () => {
    const xml = asidePartXml([broken, "<x/>"], "2025-06-02T09:00:00.000Z", 'line 1\n"quoted" <tag> & more');
    const parsed = new DOMParser().parseFromString(xml, "application/xml");
    expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(parsed.documentElement.namespaceURI).toBe(STATE_ASIDE_NAMESPACE);
    expect(parsed.documentElement.getAttribute("reason")).toBe('line 1\n"quoted" <tag> & more');
    expect(parsed.documentElement.getAttribute("at")).toBe("2025-06-02T09:00:00.000Z");
    expect(Array.from(parsed.getElementsByTagName("part"), (part) => part.textContent)).toEqual([broken, "<x/>"]);
    expect(xml).not.toMatch(/^<\?xml/);
  });

  it("holds the parts only when every part's text came back", () => {
    const xml = asidePartXml([broken, "<x/>"], "2025-06-02T09:00:00.000Z", "two parts");
    expect(asideHolds(xml, [broken, "<x/>"])).toBe(true);
    expect(asideHolds(asidePartXml([broken], "2025-06-02T09:00:00.000Z", "two parts"), [broken, "<x/>"])).toBe(false);
    expect(asideHolds(null, [broken])).toBe(false);
  });
});
