import { blockCatalogue, parseBlockCatalogue } from "../../src/config/blocks";
import { sectionCatalogue } from "../../src/config/sections";
import { renderBlock, validateParams, type BlockDefinition } from "../../src/domain/blocks";
import type { RenderedBlock, RenderedParagraph } from "../../src/domain/rendered";
import { detectSections } from "../../src/domain/sections";
import { buildSnapshot, bullet, h, p, type ControlSpec, type ParagraphSpec } from "../domain/snapshotBuilder";

const valid = () => [
  {
    id: "akkoord",
    headingLevel: 2,
    heading: false,
    params: [{ name: "bewindspersoon", label: "Bewindspersoon", type: "text", required: true }],
    body: [{ kind: "body", text: "Met akkoord van de {bewindspersoon}" }],
  },
  {
    id: "demissionair",
    headingLevel: 3,
    params: [
      { name: "datum", label: "Datum", type: "date", required: true },
      { name: "onduidelijk", label: "Onduidelijk", type: "boolean" },
    ],
    body: [
      { kind: "bullet", text: "Per {datum} demissionair." },
      { kind: "bullet", level: 1, when: "onduidelijk", text: "Nog onduidelijk." },
    ],
  },
];
type Data = ReturnType<typeof valid>;
const withBlock = (change: (block: Data[1]) => object) => (d: Data) => [d[0], change(d[1])];

describe("parseBlockCatalogue", () => {
  it("accepts valid data and fills in defaults", () => {
    const [akkoord, demissionair] = parseBlockCatalogue(valid());
    expect(akkoord.heading).toBe(false);
    expect(demissionair.heading).toBe(true);
    expect(demissionair.params[1].required).toBe(false);
  });

  it("takes each block's title and order from its section, and lists the blocks in that order", () => {
    const sections = [
      { id: "akkoord", title: "Akkoord", aliases: [], parent: null, order: 5, header: true },
      { id: "demissionair", title: "Demissionair", aliases: [], parent: null, order: 1 },
    ];
    expect(parseBlockCatalogue(valid(), sections).map((b) => [b.id, b.title, b.order])).toEqual([
      ["demissionair", "Demissionair", 1],
      ["akkoord", "Akkoord", 5],
    ]);
  });

  it.each<[string, (data: Data) => unknown, RegExp]>([
    ["a duplicate id", withBlock((b) => ({ ...b, id: "akkoord" })), /block 'akkoord': duplicate id/],
    ["a block that is no section", withBlock((b) => ({ ...b, id: "slot" })), /block 'slot': 'slot' is not a section of the section catalogue/],
    ["a title of its own (the section has it)", withBlock((b) => ({ ...b, title: "Demissionair" })), /block 'demissionair': .*"title"/],
    ["an order of its own (the section has it)", withBlock((b) => ({ ...b, order: 61 })), /block 'demissionair': .*"order"/],
    [
      "a placeholder that is not a parameter",
      withBlock((b) => ({ ...b, body: [{ kind: "body", text: "Per {datumDemissionair}." }] })),
      /block 'demissionair': template uses \{datumDemissionair\}, which is not a declared parameter/,
    ],
    [
      "a condition naming no boolean parameter",
      withBlock((b) => ({ ...b, body: [...b.body, { kind: "body", when: "datum", text: "x" }] })),
      /block 'demissionair': "when": 'datum' is not a boolean parameter/,
    ],
    [
      "a boolean parameter used as text",
      withBlock((b) => ({ ...b, body: [...b.body, { kind: "body", text: "{onduidelijk}" }] })),
      /block 'demissionair': boolean parameter 'onduidelijk' can only be used in "when"/,
    ],
    [
      "a required parameter that is never used",
      withBlock((b) => ({ ...b, params: [...b.params, { name: "ministerie", label: "Ministerie", type: "text", required: true }] })),
      /block 'demissionair': required parameter 'ministerie' is never used/,
    ],
    [
      "an impossible date as default",
      withBlock((b) => ({ ...b, params: [{ ...b.params[0], default: "2025-02-30" }, b.params[1]] })),
      /block 'demissionair': parameter 'datum': default '2025-02-30' is geen bestaande datum/,
    ],
    [
      "a choice parameter without choices",
      withBlock((b) => ({ ...b, params: [{ ...b.params[0], type: "choice" }, b.params[1]] })),
      /block 'demissionair': parameter 'datum': choices belong to/,
    ],
    [
      "a bullet nested two levels deeper than the one before",
      withBlock((b) => ({ ...b, body: [b.body[0], { ...b.body[1], level: 2 }] })),
      /block 'demissionair': bullet "Nog onduidelijk." is nested deeper/,
    ],
    [
      "a parameter shared by two blocks with different types",
      withBlock((b) => ({
        ...b,
        params: [...b.params, { name: "bewindspersoon", label: "Bewindspersoon", type: "date" }],
        body: [...b.body, { kind: "body", text: "{bewindspersoon}" }],
      })),
      /block 'demissionair': parameter 'bewindspersoon' differs .* from block 'akkoord'/,
    ],
    ["a block without heading or body", (d) => [{ ...d[0], body: [] }, d[1]], /block 'akkoord': has neither a heading nor a body/],
    [
      "a table row with more cells than columns",
      withBlock((b) => ({ ...b, table: { columns: ["Rol", "Paraaf"], rows: [["Opsteller", "", "x"]] } })),
      /block 'demissionair': table row 1 has more cells than the table has columns/,
    ],
    ["an unknown field", withBlock((b) => ({ ...b, titel: "x" })), /block 'demissionair'/],
    [
      "a missing heading level, with what was expected",
      withBlock(({ headingLevel: _headingLevel, ...b }) => b),
      /block 'demissionair' field 'headingLevel': Invalid input: expected number, received undefined/,
    ],
  ])("rejects %s, naming the block", (_case, change, message) => {
    expect(() => parseBlockCatalogue(change(valid()))).toThrow(message);
  });
});

const plain = (paragraph: RenderedParagraph) => paragraph.segments.map((s) => s.text).join("");
const block = (id: string): BlockDefinition => {
  const found = blockCatalogue.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
};

describe("blockCatalogue", () => {
  it("has a block for each required section, with the section's id, title and order", () => {
    const required = ["parafenroute", "akkoord", "aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting", "demissionair", "ambtelijke-afstemming", "financieel", "niet-openbaar"];
    expect(blockCatalogue.map((b) => b.id)).toEqual(expect.arrayContaining(required));
    for (const b of blockCatalogue) {
      const section = sectionCatalogue.find((s) => s.id === b.id);
      expect(section).toBeDefined();
      expect([b.title, b.order]).toEqual([section?.title, section?.order]);
    }
  });

  it("renders every block with its defaults alone, except for the required values without one", () => {
    for (const b of blockCatalogue) {
      const missing = validateParams(b, {}).map((problem) => problem.param);
      expect(missing).toEqual(b.params.filter((param) => param.required && param.default === undefined).map((param) => param.name));
      expect(renderBlock(b, {}).paragraphs.length).toBeGreaterThan(0);
    }
  });

  it("words the blocks as in the users' example memo", () => {
    expect(renderBlock(block("akkoord"), {}).paragraphs.map(plain)).toEqual([
      "Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat",
    ]);
    expect(renderBlock(block("geadviseerd-besluit"), {}).paragraphs.map(plain)).toEqual([
      "Geadviseerd besluit",
      "U kunt akkoord gaan met de Kamerbrief, bijlagen, agendering in de RFL en doorgeleiding naar de MR voor verzending;",
      "U kunt het aanbiedingsformulier voor aanbieding van de stukken in de RFL ondertekenen.",
    ]);
    expect(renderBlock(block("demissionair"), { datumDemissionair: "2025-06-03", ondertekenaarOnduidelijk: "true" }).paragraphs.map(plain)).toEqual([
      "Ontwikkelingen demissionaire status kabinet",
      "Het kabinet is per 3 juni 2025 demissionair. Dit betekent dat kritisch bezien moet worden welke stukken nog aan de Kamer worden toegezonden.",
      "De brief is in nauw contact met het ministerie van Infrastructuur en Waterstaat (IenW), tevens mede-indiener, opgesteld en afgestemd.",
      "Voor ondertekening is, gelet op de ontstane situatie, nog niet duidelijk welke bewindspersoon zal tekenen voor het ministerie van IenW.",
    ]);
    const acke = renderBlock(block("ambtelijke-afstemming"), { datumAcke: "2025-06-02" }).paragraphs.map(plain);
    expect(acke[1]).toMatch(/^De Kamerbrief is op maandag 2 juni in de ACKE behandeld\./);
    expect(acke[2]).toMatch(/ministerie van Financiën \(IRF\).*geen budgettaire consequenties/);
    expect(renderBlock(block("aanleiding"), { datumOnderraad: "2025-06-17", datumMr: "2025-06-20" }).paragraphs.map(plain)).toContain(
      "De brief wordt op 17 juni geagendeerd in de RFL en in de MR van 20 juni.",
    );
  });

  it("uses the heading levels of the example memo: Parafenroute 1, sections 2, sub-sections of Toelichting 3", () => {
    for (const b of blockCatalogue) {
      const section = sectionCatalogue.find((s) => s.id === b.id);
      const expected = b.id === "parafenroute" ? 1 : section?.parent ? 3 : 2;
      expect([b.id, b.headingLevel]).toEqual([b.id, expected]);
    }
  });

  it("renders blocks that section detection finds again, tagged or by their headings alone", () => {
    const ordered = [...blockCatalogue].sort((a, b) => a.order - b.order);
    const values = { datumDemissionair: "2025-06-03", datumAcke: "2025-06-02" };
    const paragraphs: ParagraphSpec[] = [];
    const controls: ControlSpec[] = [];
    const toSpec = (rendered: RenderedBlock, para: RenderedParagraph): ParagraphSpec =>
      para.kind === "heading" ? h(rendered.headingLevel, plain(para)) : para.kind === "bullet" ? bullet(plain(para), para.listLevel) : p(plain(para));
    for (const b of ordered) {
      const rendered = renderBlock(b, values);
      const start = paragraphs.length;
      paragraphs.push(...rendered.paragraphs.map((para) => toSpec(rendered, para)));
      controls.push({ tag: rendered.tag, start, end: paragraphs.length - 1 });
    }
    const expected = ordered.map((b) => b.id);

    const tagged = detectSections(buildSnapshot(paragraphs, controls), sectionCatalogue);
    expect(tagged.map((s) => [s.id, s.via])).toEqual(expected.map((id) => [id, "content-control"]));

    const untagged = detectSections(buildSnapshot(paragraphs), sectionCatalogue);
    expect(untagged.map((s) => s.id)).toEqual(expected);
    expect(untagged.find((s) => s.id === "demissionair")?.parent).toBe("toelichting");
  });
});
