import { blockCatalogue } from "../../src/config/blocks";
import { parseSectionCatalogue, sectionCatalogue } from "../../src/config/sections";
import { VOORBEELD_NOTA_SECTIONS } from "../fixtures/voorbeeldNotaSections";

const valid = () => [
  { id: "toelichting", title: "Toelichting", aliases: [], parent: null, order: 60 },
  { id: "financieel", title: "Financiële gevolgen", aliases: ["Budgettaire gevolgen"], parent: "toelichting", order: 63 },
];

describe("parseSectionCatalogue", () => {
  it("accepts valid data", () => {
    expect(parseSectionCatalogue(valid()).map((s) => s.id)).toEqual(["toelichting", "financieel"]);
  });

  it.each<[string, (data: ReturnType<typeof valid>) => unknown, RegExp]>([
    ["a missing title", (d) => [d[0], { ...d[1], title: undefined }], /section 'financieel' field 'title'/],
    ["an empty title", (d) => [d[0], { ...d[1], title: " " }], /section 'financieel' field 'title'/],
    ["an unknown field", (d) => [{ ...d[0], alias: "x" }, d[1]], /section 'toelichting'/],
    ["an entry without id", (d) => [d[0], { ...d[1], id: undefined }], /section #2 field 'id'/],
    ["a duplicate id", (d) => [d[0], { ...d[1], id: "toelichting" }], /section 'toelichting': duplicate id/],
    ["an unknown parent", (d) => [d[0], { ...d[1], parent: "bijlagen" }], /section 'financieel': parent 'bijlagen' is not a section/],
    ["a child ordered before its parent", (d) => [d[0], { ...d[1], order: 1 }], /section 'financieel': comes before its parent 'toelichting'/],
    [
      "two sections answering to the same heading",
      (d) => [d[0], { ...d[1], aliases: ["TOELICHTING:"] }],
      /section 'financieel': 'TOELICHTING:' is also a name of section 'toelichting'/,
    ],
    [
      "a line section outside the header",
      (d) => [{ id: "akkoord", title: "Met akkoord van …", aliases: [], parent: null, order: 1, linePrefix: "Met akkoord van" }, ...d],
      /section 'akkoord': a line section belongs to the header/,
    ],
    [
      "a header section after a body section",
      (d) => [...d, { id: "parafenroute", title: "Parafenroute", aliases: [], parent: null, order: 70, header: true }],
      /section 'parafenroute': a header section must come before every body section/,
    ],
    [
      "a header section with a parent",
      (d) => [...d, { id: "paraaf", title: "Paraaf", aliases: [], parent: "toelichting", order: 1, header: true }],
      /section 'paraaf': a header section cannot have a parent/,
    ],
  ])("rejects %s, naming the entry", (_case, change, message) => {
    expect(() => parseSectionCatalogue(change(valid()))).toThrow(message);
  });

  it("rejects data that is not a list", () => {
    expect(() => parseSectionCatalogue({ id: "x" })).toThrow(/Invalid section catalogue/);
  });
});

describe("sectionCatalogue", () => {
  it("holds the nota's sections in order, the header first, sub-sections under Toelichting", () => {
    const ordered = [...sectionCatalogue].sort((a, b) => a.order - b.order);
    expect(ordered.map((s) => s.id)).toEqual([
      "parafenroute",
      "akkoord",
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "toelichting",
      "demissionair",
      "ambtelijke-afstemming",
      "financieel",
      "juridisch",
      "communicatie",
      "niet-openbaar",
    ]);
    expect(sectionCatalogue.filter((s) => s.header).map((s) => s.id)).toEqual(["parafenroute", "akkoord"]);
    expect(sectionCatalogue.filter((s) => s.parent === "toelichting").map((s) => s.id)).toEqual([
      "demissionair",
      "ambtelijke-afstemming",
      "financieel",
      "juridisch",
      "communicatie",
    ]);
  });

  it("is the one definition the block catalogue and the example memo's expected sections agree with", () => {
    const inOrder = [...sectionCatalogue].sort((a, b) => a.order - b.order);
    const byId = new Map(sectionCatalogue.map((s) => [s.id, s]));
    for (const block of blockCatalogue) expect([block.id, block.title, block.order]).toEqual([block.id, byId.get(block.id)?.title, byId.get(block.id)?.order]);
    expect(blockCatalogue.map((b) => b.id)).toEqual(inOrder.filter((s) => blockCatalogue.some((b) => b.id === s.id)).map((s) => s.id));
    expect(VOORBEELD_NOTA_SECTIONS).toEqual(inOrder.filter((s) => VOORBEELD_NOTA_SECTIONS.includes(s.id)).map((s) => s.id));
  });
});
