// w:altChunk (issue 8): content Word merges into the body when it opens the file is read in its
// place, so that paragraph numbers agree with what the task pane sees.
import { strToU8, zipSync } from "fflate";
import { DocxError, MAX_CHUNK_DEPTH, readDocx } from "../../src/docx/readDocx";
import { ZipArchive } from "../../src/docx/zip";
import { buildDocx, OoxmlParts, p, r, RelatedPart, sdt, xmlPart } from "./ooxml";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A w:altChunk naming relationship `id`. */
const altChunk = (id: string) => `<w:altChunk r:id="${id}"/>`;

/** A relationship of type aFChunk to `part`. */
function chunk(id: string, part: string, data: Uint8Array | string, contentType?: string): RelatedPart {
  return { id, type: "aFChunk", part, data, contentType };
}

function texts(parts: OoxmlParts): string[] {
  return readDocx(buildDocx(parts)).paragraphs.map((paragraph) => paragraph.text);
}

function refusal(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): DocxError {
  try {
    readDocx(bytes, limits);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("readDocx accepted the input");
}

describe("a .docx chunk", () => {
  it("puts the chunk's paragraphs between the paragraphs around it (shared case altchunk-docx)", () => {
    // As in the case: the chunk's type comes from a Default for the extension .docx; no styles.
    const inner = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      "word/document.xml": strToU8(xmlPart("w:document", `<w:body>${p(r("Aanleiding"))}${p(r("Tekst uit het ingevoegde deel."))}</w:body>`)),
    });
    const doc = readDocx(
      buildDocx({
        body: p(r("Voor het ingevoegde deel.")) + altChunk("rIdChunk") + p(r("Na het ingevoegde deel.")),
        related: [chunk("rIdChunk", "word/chunk.docx", inner)],
        contentTypeDefaults: { docx: DOCX_TYPE },
      }),
    );
    expect(doc.paragraphs.map((paragraph) => [paragraph.index, paragraph.text])).toEqual([
      [0, "Voor het ingevoegde deel."],
      [1, "Aanleiding"],
      [2, "Tekst uit het ingevoegde deel."],
      [3, "Na het ingevoegde deel."],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("keeps the chunk's formatting, controls and comments, numbered in the whole document, inside the control and table around it", () => {
    const inner = buildDocx({
      body: p(r("Kop"), '<w:pStyle w:val="Kop1"/>') + sdt("nota:param:datum", "Datum", p(`<w:commentRangeStart w:id="0"/>${r("17 juni")}<w:commentRangeEnd w:id="0"/>`)),
      styles: '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>',
      comments: `<w:comment w:id="0" w:author="Jan"><w:p>${r("Datum?")}</w:p></w:comment>`,
    });
    const doc = readDocx(
      buildDocx({
        body:
          p(`<w:commentRangeStart w:id="0"/>${r("Eerst")}<w:commentRangeEnd w:id="0"/>`) +
          sdt("nota:blok", "Blok", `<w:tbl><w:tr><w:tc>${altChunk("rId7")}</w:tc></w:tr></w:tbl>`) +
          p(`<w:commentRangeStart w:id="1"/>${r("Daarna")}<w:commentRangeEnd w:id="1"/>`),
        comments: `<w:comment w:id="0" w:author="Piet"><w:p>${r("Eerste")}</w:p></w:comment><w:comment w:id="1" w:author="Piet"><w:p>${r("Laatste")}</w:p></w:comment>`,
        related: [chunk("rId7", "word/afChunk.docx", inner, DOCX_TYPE)],
      }),
    );
    expect(doc.paragraphs.map(({ text, headingLevel, inTable, contentControlTags }) => [text, headingLevel, inTable, contentControlTags])).toEqual([
      ["Eerst", null, false, []],
      ["Kop", 1, true, ["nota:blok"]],
      ["17 juni", null, true, ["nota:blok", "nota:param:datum"]],
      ["Daarna", null, false, []],
    ]);
    expect(doc.contentControls.map(({ tag, start, end, parentTag }) => [tag, start, end, parentTag])).toEqual([
      ["nota:blok", 1, 2, null],
      ["nota:param:datum", 2, 2, "nota:blok"],
    ]);
    expect(doc.comments?.map(({ text, paragraph, quotedText }) => [text, paragraph, quotedText])).toEqual([
      ["Eerste", 0, "Eerst"],
      ["Laatste", 3, "Daarna"],
      ["Datum?", 2, "17 juni"],
    ]);
  });

  it("reads chunks nested in chunks, each in its place", () => {
    const html = "<p>Uit HTML</p>";
    const deepest = buildDocx({ body: p(r("Diep")) + altChunk("rIdH"), related: [chunk("rIdH", "word/deel.html", html, "text/html")] });
    const middle = buildDocx({ body: p(r("Midden voor")) + altChunk("rIdD") + p(r("Midden na")), related: [chunk("rIdD", "word/diep.docx", deepest, DOCX_TYPE)] });
    expect(texts({ body: p(r("Begin")) + altChunk("rIdM") + p(r("Eind")), related: [chunk("rIdM", "word/midden.docx", middle, DOCX_TYPE)] })).toEqual([
      "Begin",
      "Midden voor",
      "Diep",
      "Uit HTML",
      "Midden na",
      "Eind",
    ]);
  });

  it(`refuses chunks nested more than ${MAX_CHUNK_DEPTH} deep`, () => {
    const nest = (depth: number): Uint8Array => {
      let doc = buildDocx({ body: p(r("bodem")) });
      for (let i = 0; i < depth; i++) {
        doc = buildDocx({ body: p(r(`laag ${i}`)) + altChunk("rId1"), related: [chunk("rId1", "word/c.docx", doc, DOCX_TYPE)] });
      }
      return doc;
    };
    expect(readDocx(nest(MAX_CHUNK_DEPTH)).paragraphs).toHaveLength(MAX_CHUNK_DEPTH + 1);
    const error = refusal(nest(MAX_CHUNK_DEPTH + 1));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/^word\/c\.docx, a document merged into this one: .*merged documents \(altChunk\) nest more than 8 deep$/);
  });

  it("counts the chunks against the same zip limits as the document around them", () => {
    const inner = buildDocx({ body: p(r("Ingevoegd")) });
    const outer = buildDocx({ body: altChunk("rId1"), related: [chunk("rId1", "word/c.docx", inner, DOCX_TYPE)] });
    const total = new ZipArchive(outer).declaredBytes + new ZipArchive(inner).declaredBytes;
    expect(readDocx(outer, { limits: { maxTotalBytes: total } }).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Ingevoegd"]);
    const error = refusal(outer, { limits: { maxTotalBytes: total - 1 } });
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/^word\/c\.docx, a document merged into this one: refused as a possible zip bomb: its entries expand to more than \d+ bytes$/);
  });

  it("names the chunk when it cannot be read", () => {
    const outer = buildDocx({ body: altChunk("rId1"), related: [chunk("rId1", "word/kapot.docx", "geen zip", DOCX_TYPE)] });
    expect(refusal(outer)).toMatchObject({
      code: "not-zip",
      message: "word/kapot.docx, a document merged into this one: not a .docx file (it is not a zip archive)",
    });
  });
});

describe("HTML and text chunks", () => {
  it("makes a paragraph of each HTML block, with headings, list levels, tables and bold as Word imports them", () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Niet zichtbaar</title><style>p { color: red }</style></head><body>' +
      "<h2>Beslispunten</h2>\n<p>Een   &amp;\n twee&nbsp;drie &lt;vier&gt; &euml;&#233;&#x20AC; &onbekend;</p>" +
      "<ul><li>punt een</li><li>punt twee<ul><li>dieper</li></ul></li></ul>" +
      "<table><tr><td>cel 1</td><td><p>cel 2</p></td></tr></table>" +
      '<p>regel<br/>  volgende</p><!-- <p>commentaar</p> --><script>document.write("<p>nee</p>")</script>' +
      '<p>   </p><p><b>Vet</b> <strong>geheel</strong></p><p>&nbsp;</p><div>los <span title="a > b">tekst</span></div>a < b</body></html>';
    const doc = readDocx(
      buildDocx({ body: p(r("Voor")) + altChunk("rIdH") + p(r("Na")), related: [chunk("rIdH", "word/chunk.htm", html, "text/html")] }),
    );
    expect(doc.paragraphs.map(({ index, text, headingLevel, listLevel, inTable, bold, styleId }) => [index, text, headingLevel, listLevel, inTable, bold, styleId])).toEqual([
      [0, "Voor", null, null, false, false, null],
      [1, "Beslispunten", 2, null, false, false, null],
      [2, "Een & twee\u00a0drie <vier> ëé€ &onbekend;", null, null, false, false, null],
      [3, "punt een", null, 0, false, false, null],
      [4, "punt twee", null, 0, false, false, null],
      [5, "dieper", null, 1, false, false, null],
      [6, "cel 1", null, null, true, false, null],
      [7, "cel 2", null, null, true, false, null],
      [8, "regel\nvolgende", null, null, false, false, null],
      [9, "Vet geheel", null, null, false, true, null],
      [10, "\u00a0", null, null, false, false, null],
      [11, "los tekst", null, null, false, false, null],
      [12, "a < b", null, null, false, false, null],
      [13, "Na", null, null, false, false, null],
    ]);
  });

  it("decodes HTML in the charset it declares", () => {
    const latin1 = Uint8Array.from([...strToU8('<meta charset="windows-1252"><p>Financi'), 0xeb, ...strToU8("le gevolgen</p>")]);
    expect(texts({ body: altChunk("rId1"), related: [chunk("rId1", "word/c.html", latin1, "text/html")] })).toEqual(["Financiële gevolgen"]);
  });

  it("makes a paragraph of each line of a text chunk, in UTF-8 or else Windows-1252", () => {
    const text = "Eerste regel\r\nTweede regel\n\nNa een lege regel\n";
    expect(texts({ body: p(r("Voor")) + altChunk("rId1") + p(r("Na")), related: [chunk("rId1", "word/c.txt", text, "text/plain")] })).toEqual([
      "Voor",
      "Eerste regel",
      "Tweede regel",
      "",
      "Na een lege regel",
      "Na",
    ]);
    const cp1252 = Uint8Array.from([...strToU8("caf"), 0xe9]);
    expect(texts({ body: altChunk("rId1"), related: [chunk("rId1", "word/c.txt", cp1252, "text/plain")] })).toEqual(["café"]);
  });

  it("tells the format from the extension when [Content_Types].xml gives none", () => {
    expect(texts({ body: altChunk("rId1") + altChunk("rId2"), related: [chunk("rId1", "word/a.html", "<p>html</p>"), chunk("rId2", "word/b.txt", "tekst")] })).toEqual([
      "html",
      "tekst",
    ]);
  });

  it("counts a chunk in a format it does not read, or one that is missing, as not read", () => {
    const doc = readDocx(
      buildDocx({
        body: p(r("Voor")) + altChunk("rIdR") + altChunk("rIdWeg") + altChunk("rIdX") + p(r("Na")),
        related: [chunk("rIdR", "word/c.rtf", "{\\rtf1 Tekst}", "application/rtf"), chunk("rIdX", "word/x.mht", "MIME", "message/rfc822")],
      }),
    );
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Voor", "Na"]);
    expect(doc.warnings).toEqual([{ kind: "altChunks", count: 3, paragraphs: null }]);
  });
});
