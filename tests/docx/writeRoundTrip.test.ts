import { strFromU8, unzipSync } from "fflate";
import { parameterChange } from "../../src/domain/stateModel";
import { blockTag, paramTag, type RenderedBlock, type Segment } from "../../src/domain/rendered";
import { readDocx } from "../../src/docx/readDocx";
import { writeDocx } from "../../src/docx/writeDocx";

// What `nota new` writes, `nota inspect` (and so the add-in's checks) must find again.

const txt = (text: string): Segment => ({ kind: "text", text });
const param = (name: string, text: string): Segment => ({ kind: "param", name, text });
const hostile = `</w:t><w:b/> &amp; "q" 's' 👍`;

const blocks: RenderedBlock[] = [
  {
    blockId: "parafenroute",
    tag: blockTag("parafenroute"),
    title: "Parafenroute",
    headingLevel: 1,
    paragraphs: [
      { kind: "heading", listLevel: 0, segments: [txt("Parafenroute")] },
      { kind: "body", listLevel: 0, segments: [txt("Met akkoord van de "), param("bewindspersoon", "Staatssecretaris van IenW")] },
    ],
  },
  {
    blockId: "geadviseerd-besluit",
    tag: blockTag("geadviseerd-besluit"),
    title: "Geadviseerd besluit",
    headingLevel: 2,
    paragraphs: [
      { kind: "heading", listLevel: 0, segments: [txt("Geadviseerd besluit")] },
      { kind: "bullet", listLevel: 0, segments: [txt("Agendering in de "), param("onderraad", "RFL"), txt(";")] },
      { kind: "bullet", listLevel: 1, segments: [txt("waarbij "), param("vrij", hostile)] },
      { kind: "bullet", listLevel: 2, segments: [txt("en dieper")] },
    ],
  },
  {
    blockId: "toelichting",
    tag: blockTag("toelichting"),
    title: hostile,
    headingLevel: 3,
    paragraphs: [
      { kind: "heading", listLevel: 0, segments: [txt("Toelichting")] },
      { kind: "body", listLevel: 0, segments: [txt("Per "), param("datum", "3 juni 2025"), txt(" en "), param("onderraad", "RFL")] },
    ],
  },
];

describe("writeDocx → readDocx", () => {
  const snapshot = readDocx(writeDocx(blocks, { title: "Nota" }));

  it("finds every block as a block-level control with its tag and title, spanning its paragraphs", () => {
    const found = snapshot.contentControls.filter((c) => c.parentTag === null);
    expect(found.map((c) => [c.tag, c.title, c.kind, c.start, c.end])).toEqual([
      ["nota:parafenroute", "Parafenroute", "block", 0, 1],
      ["nota:geadviseerd-besluit", "Geadviseerd besluit", "block", 2, 5],
      ["nota:toelichting", hostile, "block", 6, 7],
    ]);
  });

  it("finds every parameter as an inline control inside its block, with its value", () => {
    const found = snapshot.contentControls.filter((c) => c.parentTag !== null);
    expect(found.map((c) => [c.tag, c.title, c.parentTag, c.kind, c.text, c.start])).toEqual([
      [paramTag("bewindspersoon"), "bewindspersoon", "nota:parafenroute", "inline", "Staatssecretaris van IenW", 1],
      [paramTag("onderraad"), "onderraad", "nota:geadviseerd-besluit", "inline", "RFL", 3],
      [paramTag("vrij"), "vrij", "nota:geadviseerd-besluit", "inline", hostile, 4],
      [paramTag("datum"), "datum", "nota:toelichting", "inline", "3 juni 2025", 7],
      [paramTag("onderraad"), "onderraad", "nota:toelichting", "inline", "RFL", 7],
    ]);
  });

  it("reads headings with their level and bullets with their list level", () => {
    expect(snapshot.paragraphs.map((p) => [p.text, p.headingLevel, p.listLevel, p.contentControlTags[0] ?? null])).toEqual([
      ["Parafenroute", 1, null, "nota:parafenroute"],
      ["Met akkoord van de Staatssecretaris van IenW", null, null, "nota:parafenroute"],
      ["Geadviseerd besluit", 2, null, "nota:geadviseerd-besluit"],
      ["Agendering in de RFL;", null, 0, "nota:geadviseerd-besluit"],
      [`waarbij ${hostile}`, null, 1, "nota:geadviseerd-besluit"],
      ["en dieper", null, 2, "nota:geadviseerd-besluit"],
      ["Toelichting", 3, null, "nota:toelichting"],
      ["Per 3 juni 2025 en RFL", null, null, "nota:toelichting"],
      // The free paragraph after the last block.
      ["", null, null, null],
    ]);
    expect(snapshot.paragraphs[0]).toMatchObject({ styleId: "Heading1", styleName: "heading 1", inTable: false });
    expect(snapshot.paragraphs[3]).toMatchObject({ styleId: "ListParagraph", styleName: "List Paragraph" });
  });

  it("keeps tabs and line breaks in a parameter value", () => {
    const value = "Postbus 20901\n2500 EX\tDen Haag";
    const read = readDocx(
      writeDocx([
        { blockId: "x", tag: "nota:x", title: "X", headingLevel: 1, paragraphs: [{ kind: "body", listLevel: 0, segments: [param("adres", value)] }] },
      ]),
    );
    expect(read.contentControls.find((c) => c.tag === paramTag("adres"))?.text).toBe(value);
    expect(read.paragraphs[0].text).toBe(value);
  });

  it("reads an empty nota as one empty paragraph without controls", () => {
    const empty = readDocx(writeDocx([]));
    expect(empty.paragraphs.map((p) => p.text)).toEqual([""]);
    expect(empty.contentControls).toEqual([]);
    expect(empty.state).toEqual({ status: "absent" });
  });
});

describe("the state part in a written .docx", () => {
  it("reads back the same state, found by its namespace, with Word's properties part and relationships", () => {
    const state = parameterChange({ datumMR: { value: "2025-06-20", text: "20 juni" }, vrij: { value: hostile, text: hostile } }, "2025-06-02T09:00:00.000Z");
    state.dispositions["FIN-1"] = { state: "afgehandeld", by: "A & <B>", at: "2025-06-02T10:00:00Z", note: "]]>", updatedAt: "2025-06-02T10:00:00Z" };
    const bytes = writeDocx(blocks, { state });
    expect(readDocx(bytes).state).toMatchObject({ status: "ok", version: 2, model: state });
    const files = unzipSync(bytes);
    const item = strFromU8(files["customXml/item1.xml"]);
    expect(item.startsWith('<state xmlns="urn:nota-assistent:state" version="2">')).toBe(true);
    expect(strFromU8(files["customXml/_rels/item1.xml.rels"])).toContain('Target="itemProps1.xml"');
    expect(strFromU8(files["customXml/itemProps1.xml"])).toMatch(/ds:itemID="\{[0-9A-F-]{36}\}"/);
    expect(strFromU8(files["word/_rels/document.xml.rels"])).toContain('Target="../customXml/item1.xml"');
    expect(strFromU8(files["[Content_Types].xml"])).toContain('PartName="/customXml/itemProps1.xml"');
  });
});
