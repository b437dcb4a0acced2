// What the reader does not read, reported beside the snapshot (issue 8): a phrase in a text box or a
// footer must not silently pass a check.
import { readDocx } from "../../src/docx/readDocx";
import { buildDocx, OoxmlParts, p, r, xmlPart } from "./ooxml";

const warnings = (parts: OoxmlParts) => readDocx(buildDocx(parts)).warnings;

/** A text box as Word writes it: DrawingML in mc:Choice, the same text in VML in mc:Fallback. */
function drawingTextBox(paragraphs: string): string {
  return (
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
    '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx></wps:wsp>` +
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
    `<mc:Fallback>${vmlTextBox(paragraphs)}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/** A text box in VML only (older documents). */
function vmlTextBox(paragraphs: string): string {
  return `<w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>`;
}

describe("reader warnings", () => {
  it("are empty for a document whose text is all in the body", () => {
    expect(warnings({ body: p(r("Alles in de tekst")) })).toEqual([]);
  });

  it("count text boxes and their paragraphs with text once, whichever markup holds them (mc:AlternateContent, VML, nested)", () => {
    const nested = p(r("Buiten") + drawingTextBox(p(r("Binnen"))));
    const doc = readDocx(
      buildDocx({
        body:
          p(r("Tekst ") + drawingTextBox(p(r("In het vak")) + p("") + p(r("Tweede regel")))) +
          p(`<w:r>${vmlTextBox(p(r("Oud vak")))}</w:r>`) +
          p(`<w:r>${vmlTextBox(nested)}</w:r>`) +
          p(`<w:r>${vmlTextBox(p(""))}</w:r>`) +
          p(`<w:del w:id="1" w:author="A">${drawingTextBox(p(r("Verwijderd vak")))}</w:del>`),
      }),
    );
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Tekst ", "", "", "", ""]);
    // An empty text box holds nothing to check; a deleted one is gone once the change is accepted.
    expect(doc.warnings).toEqual([{ kind: "textBoxes", count: 3, paragraphs: 5 }]);
  });

  it("count headers, footers, footnotes and endnotes that hold text, and embedded objects", () => {
    const notes = (kind: "footnote" | "endnote", inner: string) =>
      xmlPart(
        `w:${kind}s`,
        `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
          `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>` +
          inner,
      );
    const doc = readDocx(
      buildDocx({
        body: p(r("Tekst")),
        related: [
          { type: "header", part: "word/header1.xml", data: xmlPart("w:hdr", p(r("Ministerie van EZK"))) },
          { type: "header", part: "word/header2.xml", data: xmlPart("w:hdr", p("")) },
          { type: "footer", part: "word/footer1.xml", data: xmlPart("w:ftr", p(`<w:r>${vmlTextBox(p(r("Pagina")))}</w:r>`)) },
          {
            type: "footnotes",
            part: "word/footnotes.xml",
            data: notes("footnote", `<w:footnote w:id="1">${p(r("Bron"))}${p(r("Zie ook"))}</w:footnote><w:footnote w:id="2">${p(r("Kamerstuk"))}</w:footnote>`),
          },
          { type: "endnotes", part: "word/endnotes.xml", data: notes("endnote", `<w:endnote w:id="1">${p(r("Slot"))}</w:endnote>`) },
          { type: "oleObject", part: "word/embeddings/oleObject1.bin", data: new Uint8Array(8) },
          { type: "package", part: "word/embeddings/Werkblad.xlsx", data: new Uint8Array(8) },
        ],
      }),
    );
    expect(doc.warnings).toEqual([
      { kind: "headers", count: 1, paragraphs: 1 },
      { kind: "footers", count: 1, paragraphs: 1 },
      { kind: "footnotes", count: 2, paragraphs: 3 },
      { kind: "endnotes", count: 1, paragraphs: 1 },
      { kind: "embeddedObjects", count: 2, paragraphs: null },
    ]);
  });

  it("add up what merged documents (altChunk) did not read", () => {
    const inner = buildDocx({ body: p(r("Deel") + drawingTextBox(p(r("Vak in deel")))) });
    expect(
      warnings({
        body: p(drawingTextBox(p(r("Vak")))) + `<w:altChunk r:id="rIdC"/>`,
        related: [{ id: "rIdC", type: "aFChunk", part: "word/deel.docx", data: inner }],
      }),
    ).toEqual([{ kind: "textBoxes", count: 2, paragraphs: 2 }]);
  });
});
