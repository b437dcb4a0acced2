// Sections in .docx files as people save them (issue 8, items 3 and 4): the two small inputs of the
// issue written here as OOXML by hand, with the structure of the originals (a body of plain
// paragraphs and a table, no styles), and the benchmark's generated nota, which must keep its sections.
import { generateNota } from "../../bench/generate-nota";
import { inspectSnapshot } from "../../src/cli/inspect";
import { sectionCatalogue } from "../../src/config/sections";
import { readDocx } from "../../src/docx/readDocx";
import { detectSections } from "../../src/domain/sections";
import { buildDocx, p, r } from "./ooxml";

const para = (text: string) => p(r(text));
const row = (...cells: string[]) => `<w:tr>${cells.map((text) => `<w:tc>${para(text)}</w:tc>`).join("")}</w:tr>`;

describe("table-cell-toelichting: a table cell far from a nota's header is not a heading", () => {
  const doc = readDocx(
    buildDocx({
      body: para("Begrippenlijst") + `<w:tbl>${row("Term", "Toelichting")}${row("API", "application programming interface")}</w:tbl>` + para("Slot."),
    }),
  );

  it("reads the table's cells as paragraphs in a table", () => {
    expect(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.inTable])).toEqual([
      ["Begrippenlijst", false],
      ["Term", true],
      ["Toelichting", true],
      ["API", true],
      ["application programming interface", true],
      ["Slot.", false],
    ]);
  });

  it("gives no sections", () => {
    expect(detectSections(doc, sectionCatalogue)).toEqual([]);
    expect(inspectSnapshot("table-cell-toelichting.docx", doc).sections).toEqual([]);
  });
});

describe("label-lines-toelichting: 'Toelichting:' before each item is a label, not the nota's Toelichting", () => {
  const doc = readDocx(
    buildDocx({
      body: ["Activiteit A", "Toelichting:", "De activiteiten van A worden hier beschreven.", "Activiteit B", "Toelichting:", "De activiteiten van B worden hier beschreven."]
        .map(para)
        .join(""),
    }),
  );

  it("reads six plain paragraphs", () => {
    expect(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.headingLevel, paragraph.bold])).toEqual([
      ["Activiteit A", null, false],
      ["Toelichting:", null, false],
      ["De activiteiten van A worden hier beschreven.", null, false],
      ["Activiteit B", null, false],
      ["Toelichting:", null, false],
      ["De activiteiten van B worden hier beschreven.", null, false],
    ]);
  });

  it("gives no sections", () => {
    expect(detectSections(doc, sectionCatalogue)).toEqual([]);
    expect(inspectSnapshot("label-lines-toelichting.docx", doc).sections).toEqual([]);
  });
});

describe("the benchmark's generated nota", () => {
  it("keeps its sections: the header, the four main sections, Toelichting to the end", () => {
    const nota = generateNota({ paragraphs: 400 });
    const doc = readDocx(nota.bytes);
    const sections = detectSections(doc, sectionCatalogue);
    expect(sections.map((s) => [s.id, s.via])).toEqual([
      ["parafenroute", "heading"],
      ["akkoord", "line"],
      ["aanleiding", "heading"],
      ["geadviseerd-besluit", "heading"],
      ["kernpunten", "heading"],
      ["toelichting", "heading"],
    ]);
    expect(sections[5].end).toBe(doc.paragraphs.length - 1);
  });
});
