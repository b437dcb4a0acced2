// The reader on documents made by a library (`docx`) rather than by hand: the users' example memo,
// with and without heading styles, and a small document with headings, bullets, a table and comments.
//
// tests/fixtures/voorbeeld-nota.docx and voorbeeld-nota-zonder-koppen.docx were generated from the
// users' memo (../shared/domain/voorbeeld-nota.html, not part of this repository) by
// tests/fixtures/make-voorbeeld-nota.ts; the tests hold the memo's outline themselves, so they run in a
// clone without ../shared.
import { readFileSync } from "fs";
import { join } from "path";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { sectionCatalogue } from "../../src/config/sections";
import { readDocx } from "../../src/docx/readDocx";
import { detectSections } from "../../src/domain/sections";
import { VOORBEELD_NOTA_SECTIONS } from "../fixtures/voorbeeldNotaSections";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));

/**
 * The memo's outline, one entry per paragraph: `H<level> <heading text>`, `•` a bullet, `◦` a nested
 * bullet, `¶` a plain paragraph.
 */
const OUTLINE = [
  "H1 Parafenroute", "¶",
  "H2 Aanleiding", "¶",
  "H2 Geadviseerd besluit", "•", "•",
  "H2 Kernpunten", "•", "•", "•", "◦", "◦", "◦", "•", "•", "•",
  "H2 Toelichting",
  "H3 Kernpunten van de brief", "•", "◦", "◦", "◦", "◦", "◦", "◦", "•", "•",
  "H3 Nieuwe fase van maatwerk", "•", "◦", "◦", "◦",
  "H3 Ontwikkelingen demissionaire status kabinet", "•", "•", "•", "•", "•",
  "H3 Ambtelijke afstemming (ACKE)", "•", "•", "•",
];

function outlineOf(paragraphs: readonly { text: string; headingLevel: number | null; listLevel: number | null }[]): string[] {
  return paragraphs.map(({ text, headingLevel, listLevel }) =>
    headingLevel !== null ? `H${headingLevel} ${text}` : listLevel === 0 ? "•" : listLevel === 1 ? "◦" : "¶",
  );
}

const EXPECTED_SECTIONS = VOORBEELD_NOTA_SECTIONS;

describe("voorbeeld-nota.docx (heading styles, bullet lists)", () => {
  const doc = readDocx(fixture("voorbeeld-nota.docx"));

  it("has the memo's paragraphs: headings with their levels, nested bullets, the text", () => {
    expect(outlineOf(doc.paragraphs)).toEqual(OUTLINE);
    expect(doc.paragraphs[0]).toMatchObject({ text: "Parafenroute", styleId: "Heading1", headingLevel: 1 });
    expect(doc.paragraphs[1].text).toMatch(/^Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat/);
    expect(doc.paragraphs[3].text).toContain("17 oktober");
    expect(doc.paragraphs[34].text).toMatch(/^Het kabinet is per 3 juni 2025 demissionair\./);
  });

  it("feeds section detection", () => {
    const ids = detectSections(doc, sectionCatalogue).map((section) => section.id);
    expect(ids).toEqual(expect.arrayContaining(EXPECTED_SECTIONS));
  });
});

describe("voorbeeld-nota-zonder-koppen.docx (bold stand-alone headings)", () => {
  const doc = readDocx(fixture("voorbeeld-nota-zonder-koppen.docx"));

  it("has the same paragraphs as voorbeeld-nota.docx, no heading levels, and exactly the headings bold", () => {
    const styled = readDocx(fixture("voorbeeld-nota.docx"));
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(styled.paragraphs.map((paragraph) => paragraph.text));
    expect(doc.paragraphs.every((paragraph) => paragraph.headingLevel === null)).toBe(true);
    expect(doc.paragraphs.map((paragraph) => paragraph.bold)).toEqual(OUTLINE.map((entry) => entry.startsWith("H")));
  });

  it("still feeds section detection", () => {
    const ids = detectSections(doc, sectionCatalogue).map((section) => section.id);
    expect(ids).toEqual(expect.arrayContaining(EXPECTED_SECTIONS));
  });
});

describe("a document made by the docx library", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const document = new Document({
      comments: {
        children: [
          { id: 0, author: "Jan", date: new Date("2025-06-02T10:00:00Z"), children: [new Paragraph("Datum checken")] },
          { id: 1, author: "Piet", date: new Date("2025-06-03T10:00:00Z"), resolved: true, children: [new Paragraph("Gedaan")] },
          // A reply makes the library write commentsExtended.xml (threads); it belongs to Piet's thread.
          { id: 2, author: "Jan", date: new Date("2025-06-04T10:00:00Z"), parentId: 1, children: [new Paragraph("Dank")] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: "Aanleiding", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun("Het debat is op "),
                new CommentRangeStart(0),
                new TextRun("17 oktober"),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun("."),
              ],
            }),
            new Paragraph({ text: "Kernpunten", heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: "Eerste punt", bullet: { level: 0 } }),
            new Paragraph({ text: "Subpunt", bullet: { level: 1 } }),
            new Table({ rows: [new TableRow({ children: [cell("Bedrijf"), cell("Status")] })] }),
            new Paragraph({
              children: [new CommentRangeStart(1), new TextRun("Slot"), new CommentRangeEnd(1), new TextRun({ children: [new CommentReference(1)] })],
            }),
          ],
        },
      ],
    });
    bytes = new Uint8Array(await Packer.toBuffer(document));
  });

  it("reads headings, bullets and the table", () => {
    const doc = readDocx(bytes);
    expect(
      doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.headingLevel, paragraph.listLevel, paragraph.inTable]),
    ).toEqual([
      ["Aanleiding", 1, null, false],
      ["Het debat is op 17 oktober.", null, null, false],
      ["Kernpunten", 2, null, false],
      ["Eerste punt", null, 0, false],
      ["Subpunt", null, 1, false],
      ["Bedrijf", null, null, true],
      ["Status", null, null, true],
      ["Slot", null, null, false],
    ]);
  });

  it("reads the top-level comments, resolved through commentsExtended.xml, and leaves the reply in its thread", () => {
    expect(readDocx(bytes).comments).toEqual([
      { author: "Jan", date: "2025-06-02T10:00:00.000Z", text: "Datum checken", resolved: false, paragraph: 1, quotedText: "17 oktober" },
      { author: "Piet", date: "2025-06-03T10:00:00.000Z", text: "Gedaan", resolved: true, paragraph: 7, quotedText: "Slot" },
    ]);
  });
});
