import { sectionCatalogue } from "../../src/config/sections";
import { insertionAnchor } from "../../src/domain/placement";
import { detectSections } from "../../src/domain/sections";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { buildSnapshot, bullet, cell, h, p, type ControlSpec, type ParagraphSpec } from "./snapshotBuilder";

function anchorOf(blockId: string, paragraphs: ParagraphSpec[], controls: ControlSpec[] = []) {
  const snapshot: DocumentSnapshot = buildSnapshot(paragraphs, controls);
  return insertionAnchor(blockId, sectionCatalogue, detectSections(snapshot, sectionCatalogue), snapshot);
}

describe("where a block goes in nota order", () => {
  const handWritten = [
    h(2, "Aanleiding"), // 0
    p("Toegezegd in het debat."), // 1
    h(2, "Kernpunten"), // 2
    bullet("Een punt."), // 3
    h(2, "Toelichting"), // 4
    p("Uitleg."), // 5
    h(3, "Ambtelijke afstemming (ACKE)"), // 6
    bullet("FIN akkoord."), // 7
  ];

  it("goes after the nearest preceding section, including the drafter's text under it", () => {
    expect(anchorOf("geadviseerd-besluit", handWritten)).toEqual({
      where: "after",
      paragraph: 1,
      text: "Toegezegd in het debat.",
      paragraphCount: 8,
      control: null,
    });
  });

  it("goes before a following sub-section that sits inside the preceding section", () => {
    expect(anchorOf("demissionair", handWritten)).toMatchObject({ where: "before", paragraph: 6, text: "Ambtelijke afstemming (ACKE)" });
  });

  it("goes before the first section when none precedes it, and after the last when none follows", () => {
    expect(anchorOf("parafenroute", handWritten)).toMatchObject({ where: "before", paragraph: 0 });
    expect(anchorOf("niet-openbaar", handWritten)).toMatchObject({ where: "after", paragraph: 7 });
  });

  it("has no anchor in a document without sections", () => {
    expect(anchorOf("aanleiding", [p("Losse tekst.")])).toBeNull();
    expect(anchorOf("aanleiding", [])).toBeNull();
  });

  it("goes around the add-in's block controls, never into them", () => {
    const paragraphs = [h(2, "Aanleiding"), p("Tekst."), h(2, "Toelichting"), p("Uitleg.")];
    const controls = [
      { tag: "nota:aanleiding", start: 0, end: 1 },
      { tag: "nota:param:x", start: 1, end: 1, kind: "inline" as const },
      { tag: "nota:toelichting", start: 2, end: 3 },
    ];
    expect(anchorOf("kernpunten", paragraphs, controls)).toMatchObject({
      where: "after",
      paragraph: 1,
      control: { tag: "nota:aanleiding", occurrence: 0 },
    });
    expect(anchorOf("parafenroute", paragraphs, controls)).toMatchObject({
      where: "before",
      paragraph: 0,
      control: { tag: "nota:aanleiding", occurrence: 0 },
    });
  });

  it("steps out of a table rather than inserting into a cell", () => {
    const paragraphs = [p("Parafenroute", { bold: true }), cell("DG"), cell("Directeur"), h(2, "Aanleiding"), p("Tekst.")];
    expect(anchorOf("akkoord", paragraphs)).toMatchObject({ where: "before", paragraph: 3 });
  });

  it("ignores a template's own controls, anchoring on paragraphs inside them", () => {
    const paragraphs = [h(2, "Aanleiding"), p("Tekst."), h(2, "Toelichting"), p("Uitleg."), h(2, "Informatie die niet openbaar gemaakt kan worden")];
    expect(anchorOf("kernpunten", paragraphs, [{ tag: "Inhoud", start: 0, end: 4 }])).toMatchObject({
      where: "after",
      paragraph: 1,
      control: null,
    });
  });

  it("refuses an unknown block", () => {
    expect(() => anchorOf("slot", handWritten)).toThrow("slot");
  });
});
