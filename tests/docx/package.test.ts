// Parts found as the package says (issue 8): the main part through _rels/.rels, every other part
// through the main part's relationships; fixed names only in a package without relationships.
import { strToU8, zipSync } from "fflate";
import { DocxError, readDocx } from "../../src/docx/readDocx";
import { emptyState } from "../../src/domain/stateModel";
import { statePartXml } from "../../src/domain/storedState";
import { buildDocx, p, r, xmlPart } from "./ooxml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

const contentTypes = (overrides: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
const relationships = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;

function refusal(bytes: Uint8Array): DocxError {
  try {
    readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("readDocx accepted the input");
}

const STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Lijst"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
const NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const COMMENT_BODY =
  p(r("Aanleiding"), '<w:pStyle w:val="Kop1"/>') +
  p(`<w:commentRangeStart w:id="0"/>${r("Punt")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`, '<w:pStyle w:val="Lijst"/>');
const COMMENTS = `<w:comment w:id="0" w:author="Jan"><w:p w14:paraId="0000000A">${r("Klopt dit?")}</w:p></w:comment>`;
const COMMENTS_EXTENDED = `<w15:commentEx w15:paraId="0000000A" w15:done="1"/>`;
const STATE = statePartXml(emptyState());

/** What the parts contribute: heading (styles), list level (numbering), comment and its state, stored state. */
function outline(bytes: Uint8Array) {
  const doc = readDocx(bytes);
  return {
    paragraphs: doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.headingLevel, paragraph.listLevel]),
    comments: doc.comments?.map((comment) => [comment.text, comment.resolved, comment.paragraph]),
    state: doc.state.status,
  };
}

const EXPECTED_OUTLINE = {
  paragraphs: [
    ["Aanleiding", 1, null],
    ["Punt", null, 0],
  ],
  comments: [["Klopt dit?", true, 1]],
  state: "ok",
};

describe("the main document part", () => {
  it("reads Word for the web's word/document2.xml, named by an absolute target in _rels/.rels (shared case word-online-document2)", () => {
    // The case as saved: three entries, no relationships for the main part.
    const zip = zipSync({
      "[Content_Types].xml": strToU8(contentTypes(`<Override PartName="/word/document2.xml" ContentType="${WML}.document.main+xml"/>`)),
      "_rels/.rels": strToU8(relationships(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="/word/document2.xml"/>`)),
      "word/document2.xml": strToU8(xmlPart("w:document", `<w:body>${p(r("Hallo"))}</w:body>`)),
    });
    const doc = readDocx(zip);
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Hallo"]);
    expect(doc.comments).toEqual([]);
  });

  it("follows _rels/.rels rather than the usual name when both exist", () => {
    const zip = buildDocx({
      body: p(r("Echt")),
      names: { document: "word/document2.xml" },
      extraFiles: { "word/document.xml": xmlPart("w:document", `<w:body>${p(r("Oud"))}</w:body>`) },
    });
    expect(readDocx(zip).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Echt"]);
  });

  it("finds a main part named by the Strict relationship type, and refuses it as Strict", () => {
    const strictRels = relationships(
      '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/main.xml"/>',
    );
    const zip = zipSync({
      "_rels/.rels": strToU8(strictRels),
      "word/main.xml": strToU8('<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>'),
    });
    expect(refusal(zip).code).toBe("strict-ooxml");
  });

  it("refuses a package whose relationships name no main part, a missing one, or one that is not a Word body", () => {
    const none = zipSync({
      "_rels/.rels": strToU8(relationships(`<Relationship Id="rId1" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`)),
      "word/document.xml": strToU8(xmlPart("w:document", "<w:body/>")),
    });
    expect(refusal(none)).toMatchObject({ code: "no-document", message: "not a Word document (its _rels/.rels names no main document part)" });

    const missing = zipSync({
      "_rels/.rels": strToU8(relationships(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/weg.xml"/>`)),
    });
    expect(refusal(missing)).toMatchObject({ code: "no-document", message: "not a Word document (its main document part word/weg.xml is missing)" });

    const workbook = zipSync({
      "_rels/.rels": strToU8(relationships(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`)),
      "xl/workbook.xml": strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    });
    expect(refusal(workbook)).toMatchObject({ code: "no-document", message: expect.stringMatching(/xl\/workbook\.xml is not a Word document body/) });
  });
});

describe("the other parts", () => {
  it("reads styles, numbering, comments, commentsExtended and custom XML under the names the relationships give", () => {
    const zip = buildDocx({
      body: COMMENT_BODY,
      styles: STYLES,
      numbering: NUMBERING,
      comments: COMMENTS,
      commentsExtended: COMMENTS_EXTENDED,
      names: {
        document: "word/document2.xml",
        styles: "word/styles2.xml",
        numbering: "word/numbering3.xml",
        comments: "word/comments4.xml",
        commentsExtended: "word/commentsExtended5.xml",
      },
      related: [{ type: "customXml", part: "customXml/staat.xml", data: STATE }],
    });
    expect(outline(zip)).toEqual(EXPECTED_OUTLINE);
  });

  it("ignores parts at the usual names that no relationship names", () => {
    const zip = buildDocx({
      body: COMMENT_BODY,
      extraFiles: {
        "word/styles.xml": xmlPart("w:styles", STYLES),
        "word/numbering.xml": xmlPart("w:numbering", NUMBERING),
        "word/comments.xml": xmlPart("w:comments", COMMENTS),
        "customXml/item1.xml": STATE,
      },
    });
    expect(outline(zip)).toEqual({
      paragraphs: [
        ["Aanleiding", null, null],
        ["Punt", null, null],
      ],
      comments: [],
      state: "absent",
    });
  });

  it("resolves relative targets with ./ and ../, absolute ones, and percent-escapes", () => {
    const zip = buildDocx({
      body: COMMENT_BODY,
      related: [
        { type: "styles", part: "word/opmaak/stijl en kop.xml", target: "./opmaak/../opmaak/stijl%20en%20kop.xml", data: xmlPart("w:styles", STYLES) },
        { type: "numbering", part: "nummering/lijst.xml", target: "../nummering/lijst.xml", data: xmlPart("w:numbering", NUMBERING) },
        { type: "comments", part: "word/c.xml", target: "/word/c.xml", data: xmlPart("w:comments", COMMENTS) },
        {
          type: "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
          part: "word/ce.xml",
          data: xmlPart("w15:commentsEx", COMMENTS_EXTENDED),
        },
        { type: "customXml", part: "customXml/item9.xml", target: "../customXml/./item9.xml", data: STATE },
      ],
    });
    expect(outline(zip)).toEqual(EXPECTED_OUTLINE);
  });

  it("ignores external targets (TargetMode=\"External\")", () => {
    // The external target reads like a part name that the zip holds, with styles that make no heading.
    const zip = buildDocx({
      body: COMMENT_BODY,
      related: [
        { type: "styles", part: "styles.xml", data: "", external: true },
        { type: "styles", part: "word/stijlen.xml", data: xmlPart("w:styles", STYLES) },
      ],
      extraFiles: { "word/styles.xml": xmlPart("w:styles", '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="Kop"/></w:style>') },
    });
    expect(readDocx(zip).paragraphs[0].headingLevel).toBe(1);
  });

  it("finds custom XML items by relationship only: an item no relationship names is not the document's", () => {
    const other = statePartXml({ ...emptyState(), dispositions: { "FIN-1": { state: "afgehandeld", by: "X", at: "2025-06-01T00:00:00.000Z", note: "", updatedAt: "2025-06-01T00:00:00.000Z" } } });
    const zip = buildDocx({ body: p(r("x")), customXml: [STATE], extraFiles: { "customXml/item2.xml": other } });
    expect(readDocx(zip).state).toEqual({ status: "ok", version: 2, xml: STATE, model: emptyState() });
  });

  it("falls back to the fixed names in a package without relationship parts", () => {
    const zip = buildDocx({
      body: COMMENT_BODY,
      styles: STYLES,
      numbering: NUMBERING,
      comments: COMMENTS,
      commentsExtended: COMMENTS_EXTENDED,
      customXml: [STATE],
      noRelationships: true,
    });
    expect(outline(zip)).toEqual(EXPECTED_OUTLINE);
  });
});
