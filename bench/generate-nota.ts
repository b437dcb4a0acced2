// Generates a long beslisnota as a .docx in memory, written the way Word writes (runs split by
// revision ids, direct formatting on every run, w14:paraId on every paragraph) so the benchmark
// reads realistic XML: about 10,000 paragraphs and 250,000 words (~500 pages) by default, with
// headings, bullet lists (w:numPr), tables, tracked changes, content controls and comments.
// Deterministic: the same options give the same document.
import { strToU8, zipSync } from "fflate";

export interface GeneratedNota {
  bytes: Uint8Array;
  /** Paragraphs and words of the text as it reads after accepting the tracked changes. */
  paragraphs: number;
  words: number;
  comments: number;
}

export interface GenerateNotaOptions {
  /** Paragraphs to generate (at least; a chapter is finished). Default 10,000. */
  paragraphs?: number;
  seed?: number;
}

const VOCABULARY = (
  "de het een en van in op te met voor aan dat is wordt worden zijn kan kunnen over bij door naar " +
  "brief Kamer maatwerkaanpak bedrijven verduurzaming industrie voortgang afspraken ministerie " +
  "Staatssecretaris Minister toezegging commissiedebat fase prioritering ondersteuning subsidie " +
  "vergunningverlening infrastructuur randvoorwaarden samenwerking bijlage stand zaken ontwikkelingen " +
  "perspectief reductie uitstoot CO2 leefomgeving coördinatie financiering budget instrumentarium " +
  "overleg provincies clusterregisseurs afstemming verzending behandeling agendering ondertekening"
).split(" ");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NAMESPACES =
  `xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="w14 w15"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const RUN_PROPERTIES =
  '<w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Times New Roman"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/>';

/** mulberry32: small, fast, good enough to vary a generated text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class NotaWriter {
  readonly body: string[] = [];
  readonly comments: string[] = [];
  readonly commentsExtended: string[] = [];
  paragraphs = 0;
  words = 0;
  private bodyParagraphs = 0;
  private readonly next: () => number;
  private paraId = 0x100000;

  constructor(seed: number) {
    this.next = random(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  phrase(count: number): string[] {
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(VOCABULARY[this.int(0, VOCABULARY.length - 1)]);
    return words;
  }

  rsid(): string {
    return this.int(0x100000, 0xffffff).toString(16).toUpperCase().padStart(8, "0");
  }

  run(text: string, bold = false): string {
    return (
      `<w:r w:rsidRPr="${this.rsid()}"><w:rPr>${bold ? "<w:b/>" : ""}${RUN_PROPERTIES}</w:rPr>` +
      `<w:t xml:space="preserve">${text}</w:t></w:r>`
    );
  }

  paragraph(properties: string, words: string[], extra: (runs: string[]) => void = () => {}): void {
    this.body.push(this.paragraphXml(properties, words, extra));
  }

  /** A paragraph of the given words split into runs as Word's revision ids split them. */
  paragraphXml(properties: string, words: string[], extra: (runs: string[]) => void = () => {}): string {
    const runs: string[] = [];
    const pieces = Math.min(words.length, this.int(1, 4));
    const size = Math.ceil(words.length / pieces);
    for (let at = 0; at < words.length; at += size) {
      const end = Math.min(at + size, words.length);
      runs.push(this.run(words.slice(at, end).join(" ") + (end < words.length ? " " : "")));
    }
    extra(runs);
    this.words += words.length;
    this.paragraphs++;
    const id = (this.paraId++).toString(16).toUpperCase().padStart(8, "0");
    return (
      `<w:p w14:paraId="${id}" w14:textId="77777777" w:rsidR="${this.rsid()}" w:rsidRDefault="${this.rsid()}">` +
      `<w:pPr>${properties}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>${runs.join("")}</w:p>`
    );
  }

  heading(level: number, text: string): void {
    this.paragraph(`<w:pStyle w:val="Heading${level}"/>`, text.split(" "));
  }

  bodyText(): void {
    const n = this.bodyParagraphs++;
    this.paragraph("", this.phrase(this.int(28, 52)), (runs) => {
      if (n % 10 === 0) this.trackedChanges(runs);
      if (n % 15 === 7) runs.push(this.inlineControl(n));
      if (n % 25 === 3) this.comment(runs, n);
    });
  }

  bullet(level: number): void {
    this.paragraph(`<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`, this.phrase(this.int(12, 26)));
  }

  /** Three inserted words (they count) and three deleted ones (they do not). */
  private trackedChanges(runs: string[]): void {
    const inserted = this.phrase(3);
    this.words += inserted.length;
    runs.push(
      `<w:ins w:id="${this.paraId}" w:author="Reviewer" w:date="2025-06-02T10:00:00Z">${this.run(" " + inserted.join(" "))}</w:ins>` +
        `<w:del w:id="${this.paraId + 1}" w:author="Reviewer" w:date="2025-06-02T10:00:00Z"><w:r><w:rPr>${RUN_PROPERTIES}</w:rPr>` +
        `<w:delText xml:space="preserve"> ${this.phrase(3).join(" ")}</w:delText></w:r></w:del>`,
    );
  }

  private inlineControl(n: number): string {
    this.words += 2;
    return (
      `<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:tag w:val="nota:param:datum-${n}"/><w:id w:val="${n}"/></w:sdtPr>` +
      `<w:sdtContent>${this.run(" 17 juni")}</w:sdtContent></w:sdt>`
    );
  }

  private comment(runs: string[], n: number): void {
    const id = this.comments.length;
    const paraId = (0x7000000 + id).toString(16).toUpperCase().padStart(8, "0");
    runs.splice(runs.length > 1 ? 1 : 0, 0, `<w:commentRangeStart w:id="${id}"/>`);
    runs.push(`<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`);
    this.comments.push(
      `<w:comment w:id="${id}" w:author="Medeparaaf ${id % 7}" w:date="2025-06-03T09:${String(id % 60).padStart(2, "0")}:00Z" w:initials="MP">` +
        `<w:p w14:paraId="${paraId}">${this.run(`Opmerking bij alinea ${n}: ` + this.phrase(8).join(" "))}</w:p></w:comment>`,
    );
    this.commentsExtended.push(`<w15:commentEx w15:paraId="${paraId}" w15:done="${id % 2}"/>`);
  }

  table(rows: number): void {
    const cell = () =>
      `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${this.paragraphXml("", this.phrase(this.int(2, 5)))}</w:tc>`;
    const parts = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'];
    for (let row = 0; row < rows; row++) parts.push(`<w:tr>${cell()}${cell()}${cell()}</w:tr>`);
    parts.push("</w:tbl>");
    this.body.push(parts.join(""));
  }

  blockControl(tag: string, title: string, content: () => void): void {
    this.body.push(`<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>`);
    content();
    this.body.push("</w:sdtContent></w:sdt>");
  }
}

const STYLES = [
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="18"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>',
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  ...[1, 2, 3].map(
    (level) =>
      `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/>` +
      `<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`,
  ),
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>',
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>',
].join("");

const NUMBERING =
  '<w:abstractNum w:abstractNumId="0">' +
  [0, 1, 2]
    .map((level) => `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`)
    .join("") +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

function writeBody(writer: NotaWriter, target: number): void {
  writer.heading(1, "Parafenroute");
  writer.paragraph("", "Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat".split(" "));
  writer.heading(2, "Aanleiding");
  for (let i = 0; i < 3; i++) writer.bodyText();
  writer.heading(2, "Geadviseerd besluit");
  writer.bullet(0);
  writer.bullet(0);
  writer.heading(2, "Kernpunten");
  for (let i = 0; i < 6; i++) writer.bullet(i % 3 === 2 ? 1 : 0);
  writer.heading(2, "Toelichting");
  for (let chapter = 1; writer.paragraphs < target; chapter++) {
    writer.blockControl(`nota:onderdeel-${chapter}`, `Onderdeel ${chapter}`, () => {
      writer.heading(3, `Onderdeel ${chapter} van de toelichting`);
      for (let group = 0; group < 16; group++) {
        writer.bodyText();
        writer.bullet(0);
        writer.bullet(group % 4 === 3 ? 1 : 0);
      }
      if (chapter % 40 === 2) writer.table(8);
    });
  }
}

export function generateNota(options: GenerateNotaOptions = {}): GeneratedNota {
  const writer = new NotaWriter(options.seed ?? 2025);
  writeBody(writer, options.paragraphs ?? 10_000);

  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
        `<Override PartName="/word/numbering.xml" ContentType="${WML}.numbering+xml"/>` +
        `<Override PartName="/word/comments.xml" ContentType="${WML}.comments+xml"/>` +
        `<Override PartName="/word/commentsExtended.xml" ContentType="${WML}.commentsExtended+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/comments" Target="comments.xml"/>` +
        `<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>` +
        "</Relationships>",
    ),
    "word/document.xml": strToU8(
      `${DECLARATION}<w:document ${NAMESPACES}><w:body>${writer.body.join("")}` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
        "</w:body></w:document>",
    ),
    "word/styles.xml": strToU8(`${DECLARATION}<w:styles ${NAMESPACES}>${STYLES}</w:styles>`),
    "word/numbering.xml": strToU8(`${DECLARATION}<w:numbering ${NAMESPACES}>${NUMBERING}</w:numbering>`),
    "word/comments.xml": strToU8(`${DECLARATION}<w:comments ${NAMESPACES}>${writer.comments.join("")}</w:comments>`),
    "word/commentsExtended.xml": strToU8(
      `${DECLARATION}<w15:commentsEx ${NAMESPACES}>${writer.commentsExtended.join("")}</w15:commentsEx>`,
    ),
  };
  return {
    bytes: zipSync(files, { level: 6 }),
    paragraphs: writer.paragraphs,
    words: writer.words,
    comments: writer.comments.length,
  };
}
