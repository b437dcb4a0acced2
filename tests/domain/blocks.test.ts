import {
  parseTemplate,
  renderBlock,
  templateParams,
  validateParams,
  type BlockDefinition,
} from "../../src/domain/blocks";
import type { RenderedParagraph } from "../../src/domain/rendered";

const demissionair: BlockDefinition = {
  id: "demissionair",
  title: "Ontwikkelingen demissionaire status kabinet",
  headingLevel: 3,
  heading: true,
  order: 61,
  params: [
    { name: "datumDemissionair", label: "Datum demissionair", type: "date", required: true },
    { name: "medeMinisterie", label: "Mede-indienend ministerie", type: "text", required: true, default: "Infrastructuur en Waterstaat" },
    { name: "datumAcke", label: "Datum ACKE", type: "date", required: false, dateStyle: "weekday" },
    { name: "onduidelijk", label: "Ondertekenaar onduidelijk", type: "boolean", required: false, default: "false" },
    { name: "kamer", label: "Kamer", type: "choice", required: false, choices: ["Tweede Kamer", "Eerste Kamer"] },
  ],
  body: [
    { kind: "bullet", text: "Het kabinet is per {datumDemissionair} demissionair." },
    { kind: "bullet", level: 1, text: "Afgestemd met {medeMinisterie}; ACKE op {datumAcke}." },
    { kind: "body", when: "onduidelijk", text: "Nog niet duidelijk wie tekent voor {medeMinisterie}." },
  ],
};

const plain = (paragraph: RenderedParagraph) => paragraph.segments.map((s) => s.text).join("");

describe("renderBlock", () => {
  it("renders the heading, then the body with Dutch dates in parameter segments", () => {
    const block = renderBlock(demissionair, { datumDemissionair: "2025-06-03", datumAcke: "2025-06-02" });
    expect(block).toMatchObject({ blockId: "demissionair", tag: "nota:demissionair", title: demissionair.title, headingLevel: 3 });
    expect(block.paragraphs.map((para) => [para.kind, para.listLevel, plain(para)])).toEqual([
      ["heading", 0, "Ontwikkelingen demissionaire status kabinet"],
      ["bullet", 0, "Het kabinet is per 3 juni 2025 demissionair."],
      ["bullet", 1, "Afgestemd met Infrastructuur en Waterstaat; ACKE op maandag 2 juni."],
    ]);
    expect(block.paragraphs[1].segments).toEqual([
      { kind: "text", text: "Het kabinet is per " },
      { kind: "param", name: "datumDemissionair", text: "3 juni 2025" },
      { kind: "text", text: " demissionair." },
    ]);
  });

  it("includes a conditional paragraph only when its boolean parameter is true", () => {
    const values = { datumDemissionair: "2025-06-03", medeMinisterie: "Financiën" };
    expect(renderBlock(demissionair, { ...values, onduidelijk: "true" }).paragraphs.map(plain)).toContain(
      "Nog niet duidelijk wie tekent voor Financiën.",
    );
    expect(renderBlock(demissionair, { ...values, onduidelijk: "false" }).paragraphs).toHaveLength(3);
  });

  it("shows an empty parameter as its label in brackets, for the drafter to fill in", () => {
    const block = renderBlock(demissionair, {});
    expect(block.paragraphs[1].segments[1]).toEqual({ kind: "param", name: "datumDemissionair", text: "[Datum demissionair]" });
  });

  it("leaves out the heading paragraph for a block without one", () => {
    const line: BlockDefinition = { ...demissionair, heading: false, body: [{ kind: "body", text: "Met akkoord van de {medeMinisterie}" }] };
    expect(renderBlock(line, {}).paragraphs.map((para) => [para.kind, plain(para)])).toEqual([
      ["body", "Met akkoord van de Infrastructuur en Waterstaat"],
    ]);
  });

  it("renders a table after the body: the header row, then each row padded with empty cells", () => {
    const route: BlockDefinition = {
      ...demissionair,
      params: [],
      body: [],
      table: { columns: ["Rol", "Paraaf", "Datum"], rows: [["Opsteller"], ["Directeur", "JdV"]] },
    };
    const block = renderBlock(route, {});
    expect(block.paragraphs.map((para) => para.kind)).toEqual(["heading"]);
    expect(block.table?.rows).toEqual([
      ["Rol", "Paraaf", "Datum"],
      ["Opsteller", "", ""],
      ["Directeur", "JdV", ""],
    ]);
    expect(renderBlock(demissionair, {}).table).toBeUndefined();
  });
});

describe("parseTemplate and templateParams", () => {
  it("treats only {name} as a placeholder", () => {
    expect(parseTemplate("a {x} {not a name} {1y} {z_2}{ {")).toEqual([
      { kind: "text", text: "a " },
      { kind: "param", name: "x" },
      { kind: "text", text: " {not a name} {1y} " },
      { kind: "param", name: "z_2" },
      { kind: "text", text: "{ {" },
    ]);
  });

  it("lists the parameters the templates use, placeholders and conditions", () => {
    expect(templateParams(demissionair)).toEqual(["datumDemissionair", "medeMinisterie", "datumAcke", "onduidelijk"]);
  });
});

describe("validateParams", () => {
  const messages = (values: Record<string, string>) => validateParams(demissionair, values);

  it("accepts complete, valid values", () => {
    expect(messages({ datumDemissionair: "2025-06-03", onduidelijk: "true", kamer: "Eerste Kamer" })).toEqual([]);
  });

  it("names the parameter and says what is wrong, in Dutch", () => {
    expect(messages({ datumDemissionair: "2025-02-30" })).toEqual([
      { param: "datumDemissionair", message: "Datum demissionair: '2025-02-30' is geen bestaande datum" },
    ]);
    expect(messages({ datumDemissionair: "3 juni" })[0].message).toBe(
      "Datum demissionair: '3 juni' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-06-03",
    );
    expect(messages({})).toEqual([{ param: "datumDemissionair", message: "Datum demissionair is verplicht: vul een waarde in." }]);
    expect(messages({ datumDemissionair: "2025-06-03", datum: "2025-06-03" })).toEqual([
      {
        param: "datum",
        message:
          "Onbekende parameter 'datum' voor blok 'Ontwikkelingen demissionaire status kabinet' (bekend: datumDemissionair, medeMinisterie, datumAcke, onduidelijk, kamer).",
      },
    ]);
    expect(messages({ datumDemissionair: "2025-06-03", kamer: "Senaat" })[0].message).toBe(
      "Kamer: 'Senaat' is geen toegestane keuze (kies uit: Tweede Kamer, Eerste Kamer)",
    );
    expect(messages({ datumDemissionair: "2025-06-03", onduidelijk: "ja" })[0].param).toBe("onduidelijk");
  });

  it("counts a default as a value, and a blank value as none", () => {
    expect(messages({ datumDemissionair: "2025-06-03", medeMinisterie: "  " })).toEqual([]);
    expect(messages({ datumDemissionair: " " })).toHaveLength(1);
  });
});
