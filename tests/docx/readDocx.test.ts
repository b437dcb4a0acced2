import { asidePartXml } from "../../src/domain/stateAside";
import { emptyState } from "../../src/domain/stateModel";
// The .docx reader on hand-written OOXML: the cases that a library-made fixture never contains.
import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/docx/readDocx";
import { buildDocx, OoxmlParts, p, r, sdt } from "./ooxml";

function read(parts: OoxmlParts | string) {
  return readDocx(buildDocx(typeof parts === "string" ? { body: parts } : parts));
}

function texts(parts: OoxmlParts | string): string[] {
  return read(parts).paragraphs.map((paragraph) => paragraph.text);
}

const HEADING_STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style>
  <w:style w:type="paragraph" w:styleId="EigenKop"><w:name w:val="Eigen kop"/><w:basedOn w:val="Kop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Overzicht"><w:name w:val="Overzicht"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Platte"><w:name w:val="Platte kop"/><w:basedOn w:val="Kop1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Opsomming2"><w:name w:val="List Bullet 2"/><w:basedOn w:val="Opsomming"/></w:style>`;

const NUMBERING = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:pStyle w:val="Opsomming"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:pStyle w:val="Opsomming2"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe("paragraph text", () => {
  it("joins runs split across w:r and wrappers (hyperlink, smartTag, customXml)", () => {
    const body = p(
      r("Aan") +
        r("lei") +
        `<w:hyperlink r:id="rId9"><w:r><w:t>ding</w:t></w:r></w:hyperlink>` +
        `<w:smartTag w:uri="x" w:element="y"><w:r><w:t> en</w:t></w:r></w:smartTag>` +
        `<w:customXml w:element="z"><w:r><w:t> meer</w:t></w:r></w:customXml>` +
        `<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="b"/>${r(".")}<w:bookmarkEnd w:id="0"/>`,
    );
    expect(texts(body)).toEqual(["Aanleiding en meer."]);
  });

  it("reads text as after accepting tracked changes", () => {
    const body = p(
      r("De brief ") +
        `<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">wordt </w:t></w:r></w:ins>` +
        `<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">is </w:delText></w:r></w:del>` +
        `<w:moveFrom w:id="3" w:author="A"><w:r><w:t xml:space="preserve">morgen </w:t></w:r></w:moveFrom>` +
        r("verzonden") +
        `<w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> morgen</w:t></w:r></w:moveTo>` +
        r("."),
    );
    expect(texts(body)).toEqual(["De brief wordt verzonden morgen."]);
  });

  it("keeps a paragraph whose mark is deleted as a paragraph of its own, as Word's body.paragraphs does", () => {
    const deletedMark = `<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>`;
    const body =
      p(r("Eerste")) +
      p(`<w:del w:id="1" w:author="A"><w:r><w:delText>Weg</w:delText></w:r></w:del>`, deletedMark) +
      p(r("Begin "), `<w:pStyle w:val="Kop2"/>${deletedMark}`) +
      p(r("en einde"), `<w:pStyle w:val="Kop1"/>`) +
      p(`<w:moveFrom w:id="2" w:author="A"><w:r><w:t>Verplaatst</w:t></w:r></w:moveFrom>`, `<w:rPr><w:moveFrom w:id="3" w:author="A"/></w:rPr>`) +
      p(r("Laatste"));
    const doc = read({ body, styles: HEADING_STYLES });
    // Each paragraph's reviewed text: "" when all of it is deleted, else what remains.
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Eerste", "", "Begin ", "en einde", "", "Laatste"]);
    expect(doc.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // Every paragraph keeps its own properties.
    expect(doc.paragraphs.map((paragraph) => paragraph.headingLevel)).toEqual([null, null, 2, 1, null, null]);
  });

  it("keeps paragraph indexes of comments and controls after a paragraph with a deleted mark", () => {
    const body =
      p(r("Voor"), `<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>`) +
      p(r("Met ") + `<w:commentRangeStart w:id="0"/>` + r("opmerking") + `<w:commentRangeEnd w:id="0"/>`) +
      sdt("blok", "Blok", p(r("In blok")));
    const doc = read({ body, comments: `<w:comment w:id="0" w:author="A"><w:p>${r("x")}</w:p></w:comment>` });
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Voor", "Met opmerking", "In blok"]);
    expect(doc.comments?.[0]).toMatchObject({ paragraph: 1, quotedText: "opmerking" });
    expect(doc.contentControls[0]).toMatchObject({ start: 2, end: 2, text: "In blok" });
  });

  it("keeps a paragraph with a deleted mark before a table", () => {
    const body =
      p(r("Voor de tabel"), `<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>`) +
      `<w:tbl><w:tr><w:tc>${p(r("cel"))}</w:tc></w:tr></w:tbl>`;
    expect(texts(body)).toEqual(["Voor de tabel", "cel"]);
  });

  it("keeps the paragraphs of a tracked-deleted table row, with the text \"\" (Word keeps them until accepted)", () => {
    const cell = (content: string) => `<w:tc><w:tcPr/>${content}</w:tc>`;
    const deletedRow = `<w:trPr><w:cantSplit/><w:del w:id="5" w:author="A"/></w:trPr>`;
    const body =
      `<w:tbl><w:tblPr/><w:tblGrid/>` +
      `<w:tr>${cell(p(r("Bedrijf")))}${cell(p(r("Status")))}</w:tr>` +
      `<w:tr>${deletedRow}${cell(p(r("Weg", "<w:b/>") + sdt("nota:param:datum", "datum", r("17 juni"))))}` +
      cell(p(r("ook weg")) + `<w:tbl><w:tr>${cell(p(r("genest")))}</w:tr></w:tbl>`) +
      `</w:tr>` +
      `<w:tr><w:trPr><w:ins w:id="6" w:author="A"/></w:trPr>${cell(p(r("Nieuw")))}${cell(p(r("rij")))}</w:tr>` +
      `</w:tbl>` +
      p(r("Na de tabel"));
    const doc = read(body);
    expect(doc.paragraphs.map((paragraph) => [paragraph.index, paragraph.text, paragraph.inTable, paragraph.bold])).toEqual([
      [0, "Bedrijf", true, false],
      [1, "Status", true, false],
      [2, "", true, false],
      [3, "", true, false],
      [4, "", true, false],
      [5, "Nieuw", true, false],
      [6, "rij", true, false],
      [7, "Na de tabel", false, false],
    ]);
    expect(doc.contentControls).toEqual([
      { tag: "nota:param:datum", title: "datum", start: 2, end: 2, parentTag: null, text: "", kind: "inline" },
    ]);
  });

  it("writes w:tab as a tab and w:br / w:cr as a line break", () => {
    const body = p(`<w:r><w:t>Naam</w:t><w:tab/><w:t>waarde</w:t><w:br/><w:t>regel</w:t><w:cr/><w:t>twee</w:t></w:r>`);
    expect(texts(body)).toEqual(["Naam\twaarde\nregel\ntwee"]);
  });

  it("leaves out field instructions and keeps field results", () => {
    const body = p(
      r("Pagina ") +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        r(" van ") +
        `<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple>`,
    );
    expect(texts(body)).toEqual(["Pagina 3 van 12"]);
  });

  it("handles a field nested in another field's instructions, and a field result across paragraphs", () => {
    const begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`;
    const separate = `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const end = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const instr = (code: string) => `<w:r><w:instrText>${code}</w:instrText></w:r>`;
    const body =
      p(r("A") + begin + instr("IF ") + begin + instr("MERGEFIELD x") + separate + r("binnen") + end + instr(' = "1"') + separate + r("B")) +
      p(r("C") + end + r("D"));
    expect(texts(body)).toEqual(["AB", "CD"]);
  });

  it("takes one branch of mc:AlternateContent, never both", () => {
    const body = p(
      r("Vak ") +
        `<w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>☒</w:t></mc:Choice><mc:Fallback><w:t>[x]</w:t></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    expect(texts(body)).toEqual(["Vak ☒"]);
  });

  it("does not read text boxes or drawings into the paragraph", () => {
    const body = p(
      r("Tekst") +
        `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:txbxContent><w:p><w:r><w:t>in vak</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>`,
    );
    expect(texts(body)).toEqual(["Tekst"]);
  });

  it("marks paragraphs inside tables, nested tables included", () => {
    const body =
      p(r("voor")) +
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>${p(r("a"))}<w:tbl><w:tr><w:tc>${p(r("b"))}</w:tc></w:tr></w:tbl></w:tc><w:tc>${p(r("c"))}</w:tc></w:tr></w:tbl>` +
      p(r("na"));
    const doc = read(body);
    expect(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.inTable])).toEqual([
      ["voor", false],
      ["a", true],
      ["b", true],
      ["c", true],
      ["na", false],
    ]);
  });
});

describe("styles, headings, lists and bold", () => {
  it("resolves heading levels through basedOn, localized ids and outline levels", () => {
    const body =
      p(r("Kop"), `<w:pStyle w:val="Kop1"/>`) +
      p(r("Sub"), `<w:pStyle w:val="EigenKop"/>`) +
      p(r("Overzicht"), `<w:pStyle w:val="Overzicht"/>`) +
      p(r("Geen kop"), `<w:pStyle w:val="Platte"/>`) +
      p(r("Eigen niveau"), `<w:outlineLvl w:val="3"/>`) +
      p(r("Lopende tekst"), `<w:pStyle w:val="Kop1"/><w:outlineLvl w:val="9"/>`) +
      p(r("Standaard"));
    const doc = read({ body, styles: HEADING_STYLES });
    expect(doc.paragraphs.map((paragraph) => [paragraph.styleId, paragraph.styleName, paragraph.headingLevel])).toEqual([
      ["Kop1", "heading 1", 1],
      ["EigenKop", "Eigen kop", 2],
      ["Overzicht", "Overzicht", 3],
      ["Platte", "Platte kop", null],
      ["Standaard", "Normal", 4],
      ["Kop1", "heading 1", null],
      ["Standaard", "Normal", null],
    ]);
  });

  it("reports an unknown style id with no name and no heading level", () => {
    const doc = read({ body: p(r("x"), `<w:pStyle w:val="Onbekend"/>`), styles: HEADING_STYLES });
    expect(doc.paragraphs[0]).toMatchObject({ styleId: "Onbekend", styleName: null, headingLevel: null });
  });

  it("reads list levels from w:numPr, from the style, and ignores numId 0 and unknown lists", () => {
    const numPr = (numId: string, ilvl?: number) =>
      `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
    const body =
      p(r("direct"), numPr("1", 2)) +
      p(r("via stijl"), `<w:pStyle w:val="Opsomming"/>`) +
      p(r("via stijl, niveau 2"), `<w:pStyle w:val="Opsomming2"/>`) +
      p(r("stijl, eigen niveau"), `<w:pStyle w:val="Opsomming"/>${numPr("1", 3)}`) +
      p(r("uitgezet"), `<w:pStyle w:val="Opsomming"/>${numPr("0")}`) +
      p(r("onbekende lijst"), numPr("7", 0)) +
      p(r("geen lijst"));
    const doc = read({ body, styles: HEADING_STYLES, numbering: NUMBERING });
    expect(doc.paragraphs.map((paragraph) => paragraph.listLevel)).toEqual([2, 0, 1, 3, null, null, null]);
  });

  it("calls a paragraph bold only when all its text is bold, from runs or styles", () => {
    const body =
      p(r("Alles vet", "<w:b/>")) +
      p(r("Half ", "<w:b/>") + r("vet")) +
      p(r("Stijl vet"), `<w:pStyle w:val="Kop1"/>`) +
      p(r("Niet meer vet", `<w:b w:val="0"/>`), `<w:pStyle w:val="Kop1"/>`) +
      p(r("Ook niet", `<w:b w:val="false"/>`)) +
      p(r("Tekenstijl", `<w:rStyle w:val="Zwaar"/>`) + r("  ") + `<w:r><w:tab/></w:r>`) +
      p("") +
      p(r("gewoon"));
    const doc = read({ body, styles: HEADING_STYLES });
    expect(doc.paragraphs.map((paragraph) => paragraph.bold)).toEqual([true, false, true, false, false, true, false, false]);
  });

  it("reads bold from the document defaults", () => {
    const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>`;
    expect(read({ body: p(r("vet")), styles }).paragraphs[0].bold).toBe(true);
  });

  it("survives a basedOn cycle", () => {
    const styles = `<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>
      <w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>`;
    expect(read({ body: p(r("x"), `<w:pStyle w:val="A"/>`), styles }).paragraphs[0].headingLevel).toBeNull();
  });
});

describe("content controls", () => {
  it("reads nested block and inline controls with tags, titles, spans and text", () => {
    const body =
      p(r("Voor")) +
      sdt(
        "nota:aanleiding",
        "Aanleiding",
        p(r("Aanleiding"), `<w:pStyle w:val="Kop2"/>`) +
          p(r("Op ") + sdt("nota:param:datum", "Datum", r("17 juni")) + r(" is het debat.")) +
          sdt("nota:toelichting", "Toelichting", p(r("Binnen"))),
      ) +
      p(r("Na"));
    const doc = read({ body, styles: HEADING_STYLES });
    expect(doc.contentControls).toEqual([
      {
        tag: "nota:aanleiding",
        title: "Aanleiding",
        start: 1,
        end: 3,
        parentTag: null,
        text: "Aanleiding\nOp 17 juni is het debat.\nBinnen",
        kind: "block",
      },
      { tag: "nota:param:datum", title: "Datum", start: 2, end: 2, parentTag: "nota:aanleiding", text: "17 juni", kind: "inline" },
      { tag: "nota:toelichting", title: "Toelichting", start: 3, end: 3, parentTag: "nota:aanleiding", text: "Binnen", kind: "block" },
    ]);
    expect(doc.paragraphs.map((paragraph) => paragraph.contentControlTags)).toEqual([
      [],
      ["nota:aanleiding"],
      ["nota:aanleiding"],
      ["nota:aanleiding", "nota:toelichting"],
      [],
    ]);
  });

  it("reads inline controls nested in inline controls", () => {
    const body = p(sdt("buiten", "B", r("a ") + sdt("binnen", "I", r("b")) + r(" c")));
    const doc = read(body);
    expect(doc.contentControls.map((control) => [control.tag, control.parentTag, control.text, control.kind])).toEqual([
      ["buiten", null, "a b c", "inline"],
      ["binnen", "buiten", "b", "inline"],
    ]);
    expect(doc.paragraphs[0].contentControlTags).toEqual([]);
  });

  it("reads cell-level and row-level controls in tables", () => {
    const cell = (text: string) => `<w:tc>${p(r(text))}</w:tc>`;
    const body = `<w:tbl>${sdt("rij", "Rij", `<w:tr>${cell("a")}${sdt("cel", "Cel", cell("b"))}</w:tr>`)}</w:tbl>`;
    const doc = read(body);
    expect(doc.contentControls.map((control) => [control.tag, control.start, control.end, control.parentTag])).toEqual([
      ["rij", 0, 1, null],
      ["cel", 1, 1, "rij"],
    ]);
    expect(doc.paragraphs.map((paragraph) => paragraph.contentControlTags)).toEqual([["rij"], ["rij", "cel"]]);
  });

  it("keeps untagged controls but lists only tags in contentControlTags", () => {
    const body = `<w:sdt><w:sdtPr/><w:sdtContent>${p(r("x"))}</w:sdtContent></w:sdt>`;
    const doc = read(body);
    expect(doc.contentControls).toEqual([{ tag: "", title: "", start: 0, end: 0, parentTag: null, text: "x", kind: "block" }]);
    expect(doc.paragraphs[0].contentControlTags).toEqual([]);
  });
});

describe("comments", () => {
  const comments = `
    <w:comment w:id="0" w:author="Jan" w:date="2025-06-02T10:15:00Z" w:initials="J">
      <w:p w14:paraId="00000001">${r("Klopt deze datum?")}</w:p>
    </w:comment>
    <w:comment w:id="1" w:author="Piet" w:date="2025-06-03T09:00:00">
      <w:p w14:paraId="00000002">${r("Eerste alinea")}</w:p><w:p w14:paraId="00000003">${r("tweede alinea")}</w:p>
    </w:comment>
    <w:comment w:id="2" w:author="Jan" w:date="2025-06-03T11:00:00Z">
      <w:p w14:paraId="00000004">${r("Antwoord")}</w:p>
    </w:comment>
    <w:comment w:id="3" w:author="Kees"><w:p>${r("Zonder bereik")}</w:p></w:comment>`;
  const commentsExtended = `
    <w15:commentEx w15:paraId="00000001" w15:done="0"/>
    <w15:commentEx w15:paraId="00000003" w15:done="1"/>
    <w15:commentEx w15:paraId="00000004" w15:paraIdParent="00000003" w15:done="0"/>`;
  const body =
    p(r("Op ") + `<w:commentRangeStart w:id="0"/>` + r("17 juni") + `<w:commentRangeEnd w:id="0"/>` + r(" debat") +
      `<w:r><w:commentReference w:id="0"/></w:r>`) +
    p(r("Eerst ") + `<w:commentRangeStart w:id="1"/><w:commentRangeStart w:id="2"/>` + r("over")) +
    p(r("twee")) +
    p(r("alinea's") + `<w:commentRangeEnd w:id="1"/><w:commentRangeEnd w:id="2"/>` + r(" heen")) +
    p(r("Punt") + `<w:r><w:commentReference w:id="3"/></w:r>`);

  it("reads author, date, text, resolved state, anchor paragraph and quoted text", () => {
    const doc = read({ body, comments, commentsExtended });
    expect(doc.comments).toEqual([
      {
        author: "Jan",
        date: "2025-06-02T10:15:00.000Z",
        text: "Klopt deze datum?",
        resolved: false,
        paragraph: 0,
        quotedText: "17 juni",
      },
      {
        author: "Piet",
        date: "2025-06-03T09:00:00.000Z",
        text: "Eerste alinea\ntweede alinea",
        resolved: true,
        paragraph: 1,
        quotedText: "over\ntwee\nalinea's",
      },
      { author: "Kees", date: null, text: "Zonder bereik", resolved: false, paragraph: 4, quotedText: "" },
    ]);
  });

  it("lists top-level comments only, as Word's body.getComments(): a reply is part of its thread", () => {
    const thread = (id: number, author: string, text: string) =>
      `<w:comment w:id="${id}" w:author="${author}"><w:p w14:paraId="0000001${id}">${r(text)}</w:p></w:comment>`;
    const doc = read({
      body:
        p(`<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>${r("Eerste")}<w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/>`) +
        p(`<w:commentRangeStart w:id="2"/><w:commentRangeStart w:id="3"/>${r("Tweede")}<w:commentRangeEnd w:id="2"/><w:commentRangeEnd w:id="3"/>`) +
        p(r("Derde") + `<w:r><w:commentReference w:id="4"/></w:r>`),
      comments:
        thread(0, "Jan", "Open vraag") +
        thread(1, "Piet", "Antwoord, als afgehandeld gemarkeerd") +
        thread(2, "Kees", "Afgehandeld") +
        thread(3, "Jan", "Nog een antwoord") +
        thread(4, "Els", "Antwoord op een verdwenen opmerking"),
      commentsExtended:
        `<w15:commentEx w15:paraId="00000010" w15:done="0"/>` +
        `<w15:commentEx w15:paraId="00000011" w15:paraIdParent="00000010" w15:done="1"/>` +
        `<w15:commentEx w15:paraId="00000012" w15:done="1"/>` +
        `<w15:commentEx w15:paraId="00000013" w15:paraIdParent="00000012" w15:done="0"/>` +
        `<w15:commentEx w15:paraId="00000014" w15:paraIdParent="000000FF" w15:done="0"/>`,
    });
    // "resolved" is the thread's: its root's. A reply whose parent is not there stands on its own.
    expect(doc.comments?.map((comment) => [comment.author, comment.text, comment.resolved, comment.paragraph])).toEqual([
      ["Jan", "Open vraag", false, 0],
      ["Kees", "Afgehandeld", true, 1],
      ["Els", "Antwoord op een verdwenen opmerking", false, 2],
    ]);
  });

  it("treats comments as unresolved without commentsExtended.xml, and as none without comments.xml", () => {
    expect(read({ body, comments }).comments?.map((comment) => comment.resolved)).toEqual([false, false, false, false]);
    expect(read({ body }).comments).toEqual([]);
  });

  it("anchors a range that starts between paragraphs to the next paragraph", () => {
    const doc = read({
      body: `<w:commentRangeStart w:id="0"/>${p(r("Hele alinea"))}<w:commentRangeEnd w:id="0"/>${p(r("Volgende"))}`,
      comments: `<w:comment w:id="0" w:author="A"><w:p>${r("x")}</w:p></w:comment>`,
    });
    expect(doc.comments?.[0]).toMatchObject({ paragraph: 0, quotedText: "Hele alinea" });
  });
});

describe("comment anchors inside revisions and other content that is not read", () => {
  const comment = (id: number, text: string) => `<w:comment w:id="${id}" w:author="Reviewer"><w:p>${r(text)}</w:p></w:comment>`;

  it("places a comment whose markers sit inside a tracked deletion (shared case comment-in-deletion)", () => {
    const doc = read({
      body:
        p(r("Eerste alinea.")) +
        p(
          r("Tweede ") +
            `<w:del w:id="1" w:author="Auteur" w:date="2025-06-02T10:00:00Z"><w:commentRangeStart w:id="0"/>` +
            `<w:r><w:delText>weg</w:delText></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:del>` +
            r(" alinea."),
        ),
      comments: `<w:comment w:id="0" w:author="Reviewer" w:date="2025-06-02T10:00:00Z"><w:p>${r("Opmerking")}</w:p></w:comment>`,
    });
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Eerste alinea.", "Tweede  alinea."]);
    expect(doc.comments).toEqual([
      { author: "Reviewer", date: "2025-06-02T10:00:00.000Z", text: "Opmerking", resolved: false, paragraph: 1, quotedText: "" },
    ]);
  });

  it("places comments in moved-away text, in a deleted part of an insertion, by a reference in a deletion, from a deletion on, and in a text box", () => {
    const vmlTextBox = (inner: string) =>
      `<w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const doc = read({
      body:
        p(r("Hier ") + `<w:moveFrom w:id="1" w:author="A"><w:commentRangeStart w:id="1"/>${r("verplaatst")}<w:commentRangeEnd w:id="1"/></w:moveFrom>`) +
        p(
          `<w:ins w:id="2" w:author="A">${r("nieuw ")}<w:del w:id="3" w:author="B"><w:commentRangeStart w:id="2"/>` +
            `<w:r><w:delText>weer weg</w:delText></w:r><w:commentRangeEnd w:id="2"/></w:del></w:ins>`,
        ) +
        p(r("Zonder bereik") + `<w:del w:id="4" w:author="A"><w:r><w:commentReference w:id="3"/></w:r></w:del>`) +
        p(r("Begin ") + `<w:del w:id="5" w:author="A"><w:commentRangeStart w:id="4"/><w:r><w:delText>x</w:delText></w:r></w:del>` + r("blijft")) +
        p(r("tot hier") + `<w:commentRangeEnd w:id="4"/>` + r(".")) +
        p(r("Vak") + vmlTextBox(p(`<w:commentRangeStart w:id="5"/>${r("in het vak")}<w:commentRangeEnd w:id="5"/>`))),
      comments: [1, 2, 3, 4, 5].map((id) => comment(id, `c${id}`)).join(""),
    });
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Hier ", "nieuw ", "Zonder bereik", "Begin blijft", "tot hier.", "Vak"]);
    expect(doc.comments?.map(({ text, paragraph, quotedText }) => [text, paragraph, quotedText])).toEqual([
      ["c1", 0, ""],
      ["c2", 1, ""],
      ["c3", 2, ""],
      ["c4", 3, "blijft\ntot hier"],
      ["c5", 5, ""],
    ]);
  });
});

describe("stored state", () => {
  const ours = (attributes: string) => `<?xml version="1.0"?><state xmlns="urn:nota-assistent:state" ${attributes}><reviews/></state>`;
  const foreign = `<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`;

  it("finds our part among others and hands the domain its text", () => {
    const xml = ours('version="1"');
    expect(read({ body: p(r("x")), customXml: [foreign, xml] }).state).toEqual({ status: "ok", version: 1, xml, model: emptyState() });
    const json = `{"parameters":{"datumMR":{"value":"2025-06-20","text":"20 juni","updatedAt":"2025-06-02T09:00:00Z"}}}`;
    const v2 = `<?xml version="1.0"?><s:state xmlns:s="urn:nota-assistent:state" version="2">${json.replace(/"/g, "&quot;")}<s:later>{}</s:later></s:state>`;
    expect(read({ body: p(r("x")), customXml: [v2] }).state).toMatchObject({
      status: "ok",
      version: 2,
      model: { parameters: { datumMR: { value: "2025-06-20", text: "20 juni" } } },
    });
  });

  it("does not read a part set aside as ours, though it holds our part's text", () => {
    const broken = `<state xmlns="urn:nota-assistent:state" version="1"><reviews>`;
    const aside = asidePartXml([broken], "2025-06-02T09:00:00.000Z", "not well-formed XML");
    expect(read({ body: p(r("x")), customXml: [aside] }).state).toEqual({ status: "absent" });
    const xml = ours('version="1"');
    expect(read({ body: p(r("x")), customXml: [aside, xml] }).state).toEqual({ status: "ok", version: 1, xml, model: emptyState() });
  });

  it("reports our part as unreadable when it is malformed or has no valid version", () => {
    const broken = `<state xmlns="urn:nota-assistent:state" version="1"><reviews>`;
    const brokenState = read({ body: p(r("x")), customXml: [broken] }).state;
    expect(brokenState).toMatchObject({ status: "unreadable", xml: broken });
    expect(brokenState.status === "unreadable" && brokenState.problem).toMatch(/customXml\/item1\.xml is not well-formed XML/);

    for (const attributes of ["", 'version="abc"', 'version="0"', 'version="1.5"']) {
      const xml = ours(attributes);
      expect(read({ body: p(r("x")), customXml: [xml] }).state).toEqual({
        status: "unreadable",
        xml,
        problem: expect.stringMatching(/^missing or invalid version attribute/),
      });
    }
  });

  it("is absent without a part of ours", () => {
    expect(read({ body: p(r("x")), customXml: [foreign] }).state).toEqual({ status: "absent" });
    expect(read(p(r("x"))).state).toEqual({ status: "absent" });
  });

  it("reports two parts of ours as unreadable rather than picking one", () => {
    const state = read({ body: p(r("x")), customXml: [ours('version="1"'), ours('version="2"')] }).state;
    expect(state).toMatchObject({ status: "unreadable", problem: "2 state parts found, expected one" });
  });
});

describe("namespaces", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const only = (documentXml: string) => readDocx(zipSync({ "word/document.xml": strToU8(documentXml) }));

  it("reads WordprocessingML whatever prefix it is bound to", () => {
    const withDefault = `<document xmlns="${W}"><body><p><r><t>standaard</t></r></p></body></document>`;
    const withOther = `<x:document xmlns:x="${W}"><x:body><x:p><x:pPr><x:outlineLvl x:val="1"/></x:pPr><x:r><x:t>ander voorvoegsel</x:t></x:r></x:p></x:body></x:document>`;
    expect(only(withDefault).paragraphs[0].text).toBe("standaard");
    expect(only(withOther).paragraphs[0]).toMatchObject({ text: "ander voorvoegsel", headingLevel: 2 });
  });

  it("does not take elements or attributes of another namespace for WordprocessingML", () => {
    const xml =
      `<w:document xmlns:w="${W}" xmlns:v="urn:other"><w:body>` +
      `<w:p><w:pPr><w:outlineLvl v:val="1"/></w:pPr><w:r><v:t>vreemd</v:t><w:t>eigen</w:t></w:r></w:p>` +
      `<w:p><w:r xmlns:w="urn:shadowed"><w:t>overschaduwd</w:t></w:r></w:p></w:body></w:document>`;
    expect(only(xml).paragraphs.map((paragraph) => [paragraph.text, paragraph.headingLevel])).toEqual([
      ["eigen", null],
      ["", null],
    ]);
  });

  it("refuses an element with an unbound prefix as malformed", () => {
    expect(() => only(`<w:document><w:body/></w:document>`)).toThrow(/word\/document\.xml is not well-formed XML \(.*unbound namespace prefix: "w"/);
  });
});
