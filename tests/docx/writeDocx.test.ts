import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { validateXML } from "xmllint-wasm";
import { blockTag, type RenderedBlock, type Segment } from "../../src/domain/rendered";
import { writeDocx } from "../../src/docx/writeDocx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function unzip(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) parts[path] = strFromU8(data);
  return parts;
}

function parse(xml: string): Document {
  // Any warning or error (bad nesting, unbound prefix, bad entity) fails the test.
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

function parts(blocks: RenderedBlock[], options?: Parameters<typeof writeDocx>[1]) {
  const files = unzip(writeDocx(blocks, options));
  return { files, doc: (path: string) => parse(files[path]) };
}

const children = (node: Element, localName?: string): Element[] =>
  Array.from(node.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName),
  );
const child = (node: Element, localName: string): Element => {
  const found = children(node, localName);
  if (found.length !== 1) throw new Error(`expected one w:${localName} in w:${node.localName}, found ${found.length}`);
  return found[0];
};
const all = (node: Document | Element, localName: string): Element[] => Array.from(node.getElementsByTagNameNS(W, localName));
const wVal = (node: Element, localName: string): string | null => child(node, localName).getAttributeNS(W, "val");

/** Text of a paragraph or run container as Word shows it: tabs and breaks as characters. */
function visibleText(node: Element): string {
  let out = "";
  for (const n of Array.from(node.childNodes)) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === "t") out += e.textContent ?? "";
    else if (e.localName === "tab") out += "\t";
    else if (e.localName === "br") out += "\n";
    else if (e.localName !== "sdtPr" && e.localName !== "pPr") out += visibleText(e);
  }
  return out;
}

const txt = (text: string): Segment => ({ kind: "text", text });
const param = (name: string, text: string): Segment => ({ kind: "param", name, text });

const sample: RenderedBlock[] = [
  {
    blockId: "aanleiding",
    tag: blockTag("aanleiding"),
    title: "Aanleiding",
    headingLevel: 2,
    paragraphs: [
      { kind: "heading", listLevel: 0, segments: [txt("Aanleiding")] },
      {
        kind: "body",
        listLevel: 0,
        segments: [txt("De brief wordt op "), param("datumOnderraad", "17 juni"), txt(" geagendeerd in de "), param("onderraad", "RFL"), txt(".")],
      },
    ],
  },
  {
    blockId: "geadviseerd-besluit",
    tag: blockTag("geadviseerd-besluit"),
    title: "Geadviseerd besluit",
    headingLevel: 1,
    paragraphs: [
      { kind: "heading", listLevel: 0, segments: [txt("Geadviseerd besluit")] },
      {
        kind: "bullet",
        listLevel: 0,
        segments: [txt("U kunt akkoord gaan met agendering in de "), param("onderraad", "RFL"), txt(";")],
      },
      { kind: "bullet", listLevel: 1, segments: [txt("nader punt")] },
      { kind: "bullet", listLevel: 2, segments: [txt("nog dieper")] },
    ],
  },
];

describe("writeDocx package", () => {
  const { files, doc } = parts(sample, { title: "Nota", author: "J. Jansen", created: new Date("2025-06-03T10:15:30.123Z") });

  it("holds the parts of a WordprocessingML package, each well-formed", () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "word/styles.xml",
      ].sort(),
    );
    for (const path of Object.keys(files)) {
      expect(files[path].startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
      expect(() => parse(files[path])).not.toThrow();
    }
  });

  it("declares a content type for every part and resolves every relationship", () => {
    const types = doc("[Content_Types].xml").documentElement!;
    const overrides = new Map(children(types, "Override").map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]));
    const described = Object.keys(files).filter((p) => !p.endsWith(".rels") && p !== "[Content_Types].xml");
    for (const path of described) expect(overrides.has("/" + path)).toBe(true);
    expect(overrides.get("/word/document.xml")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    expect(children(types, "Default").map((d) => d.getAttribute("Extension"))).toEqual(["rels", "xml"]);

    const targets = (path: string, base: string) =>
      children(doc(path).documentElement!, "Relationship").map((r) => base + r.getAttribute("Target"));
    for (const target of [...targets("_rels/.rels", ""), ...targets("word/_rels/document.xml.rels", "word/")]) {
      expect(Object.keys(files)).toContain(target);
    }
  });

  it("puts every WordprocessingML element in the w namespace", () => {
    for (const path of ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"]) {
      const elements = Array.from(doc(path).getElementsByTagName("*"));
      expect(elements.length).toBeGreaterThan(1);
      for (const e of elements) expect(e.namespaceURI).toBe(W);
    }
  });

  it("writes one rich-text block control per block, with alias and tag", () => {
    const body = child(doc("word/document.xml").documentElement!, "body");
    expect(children(body).map((e) => e.localName)).toEqual(["sdt", "sdt", "p", "sectPr"]);
    const controls = children(body, "sdt");
    controls.forEach((sdt, i) => {
      const pr = child(sdt, "sdtPr");
      expect(wVal(pr, "alias")).toBe(sample[i].title);
      expect(wVal(pr, "tag")).toBe(sample[i].tag);
      expect(Number.isInteger(Number(wVal(pr, "id")))).toBe(true);
      expect(children(pr).map((e) => e.localName)).toEqual(["alias", "tag", "id"]);
      const paragraphs = children(child(sdt, "sdtContent"));
      expect(paragraphs.map((p) => p.localName)).toEqual(sample[i].paragraphs.map(() => "p"));
    });
  });

  it("styles headings with the built-in heading style of the block's level", () => {
    const body = child(doc("word/document.xml").documentElement!, "body");
    const [aanleiding, besluit] = children(body, "sdt").map((sdt) => children(child(sdt, "sdtContent")));
    expect(wVal(child(aanleiding[0], "pPr"), "pStyle")).toBe("Heading2");
    expect(visibleText(aanleiding[0])).toBe("Aanleiding");
    expect(wVal(child(besluit[0], "pPr"), "pStyle")).toBe("Heading1");
    expect(children(aanleiding[1], "pPr")).toEqual([]);
  });

  it("makes bullets list paragraphs of the bullet list at their level", () => {
    const numId = doc("word/numbering.xml").getElementsByTagNameNS(W, "num")[0].getAttributeNS(W, "numId");
    const body = child(doc("word/document.xml").documentElement!, "body");
    const bullets = children(child(children(body, "sdt")[1], "sdtContent")).slice(1);
    expect(
      bullets.map((p) => {
        const pPr = child(p, "pPr");
        const numPr = child(pPr, "numPr");
        return [wVal(pPr, "pStyle"), wVal(numPr, "ilvl"), wVal(numPr, "numId")];
      }),
    ).toEqual([
      ["ListParagraph", "0", numId],
      ["ListParagraph", "1", numId],
      ["ListParagraph", "2", numId],
    ]);
    expect(children(child(bullets[0], "pPr")).map((e) => e.localName)).toEqual(["pStyle", "numPr"]);
  });

  it("nests each parameter as a plain-text control holding its value", () => {
    const body = child(doc("word/document.xml").documentElement!, "body");
    const paragraph = children(child(children(body, "sdt")[0], "sdtContent"))[1];
    expect(children(paragraph).map((e) => e.localName)).toEqual(["r", "sdt", "r", "sdt", "r"]);
    const [datum, onderraad] = children(paragraph, "sdt");
    for (const [sdt, name, value] of [
      [datum, "datumOnderraad", "17 juni"],
      [onderraad, "onderraad", "RFL"],
    ] as const) {
      const pr = child(sdt, "sdtPr");
      expect(wVal(pr, "alias")).toBe(name);
      expect(wVal(pr, "tag")).toBe(`nota:param:${name}`);
      expect(children(pr, "text")).toHaveLength(1);
      const content = child(sdt, "sdtContent");
      expect(children(content).map((e) => e.localName)).toEqual(["r"]);
      expect(visibleText(content)).toBe(value);
    }
    expect(visibleText(paragraph)).toBe("De brief wordt op 17 juni geagendeerd in de RFL.");
  });

  it("gives every content control a unique id", () => {
    const ids = all(doc("word/document.xml"), "id").map((e) => e.getAttributeNS(W, "val"));
    expect(ids).toHaveLength(2 + 3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps spaces on every w:t", () => {
    const texts = all(doc("word/document.xml"), "t");
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space")).toBe("preserve");
    expect(texts.map((t) => t.textContent)).toContain(" geagendeerd in de ");
  });

  it("defines the styles and bullet levels it refers to", () => {
    const styles = new Map(
      all(doc("word/styles.xml"), "style").map((s) => [s.getAttributeNS(W, "styleId"), s] as const),
    );
    expect(wVal(styles.get("Normal")!, "name")).toBe("Normal");
    expect(wVal(styles.get("ListParagraph")!, "name")).toBe("List Paragraph");
    for (const level of [1, 2, 3]) {
      const style = styles.get(`Heading${level}`)!;
      expect(wVal(style, "name")).toBe(`heading ${level}`);
      expect(wVal(child(style, "pPr"), "outlineLvl")).toBe(String(level - 1));
    }
    for (const pStyle of all(doc("word/document.xml"), "pStyle")) expect(styles.has(pStyle.getAttributeNS(W, "val"))).toBe(true);

    const levels = all(doc("word/numbering.xml"), "lvl");
    expect(levels.slice(0, 3).map((l) => [l.getAttributeNS(W, "ilvl"), wVal(l, "numFmt"), wVal(l, "lvlText")])).toEqual([
      ["0", "bullet", "•"],
      ["1", "bullet", "o"],
      ["2", "bullet", "▪"],
    ]);
    const indents = levels.slice(0, 3).map((l) => Number(child(child(l, "pPr"), "ind").getAttributeNS(W, "left")));
    expect(indents[0]).toBeLessThan(indents[1]);
    expect(indents[1]).toBeLessThan(indents[2]);
  });

  it("records title, author and creation time in the core properties", () => {
    const core = doc("docProps/core.xml").documentElement!;
    const value = (ns: string, name: string) => core.getElementsByTagNameNS(ns, name)[0]?.textContent;
    expect(value("http://purl.org/dc/elements/1.1/", "title")).toBe("Nota");
    expect(value("http://purl.org/dc/elements/1.1/", "creator")).toBe("J. Jansen");
    expect(value("http://purl.org/dc/terms/", "created")).toBe("2025-06-03T10:15:30Z");
    expect(value("http://purl.org/dc/terms/", "modified")).toBe("2025-06-03T10:15:30Z");
  });
});

describe("writeDocx edge cases", () => {
  it("writes a valid document with one empty paragraph when there are no blocks", () => {
    const { files, doc } = parts([]);
    const body = child(doc("word/document.xml").documentElement!, "body");
    expect(children(body).map((e) => e.localName)).toEqual(["p", "sectPr"]);
    expect(visibleText(children(body, "p")[0])).toBe("");
    const core = doc("docProps/core.xml").documentElement!;
    expect(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")).toHaveLength(0);
    expect(Object.keys(files)).toHaveLength(9);
  });

  it("keeps a block without paragraphs as a control with one empty paragraph", () => {
    const { doc } = parts([{ blockId: "x", tag: "nota:x", title: "X", headingLevel: 1, paragraphs: [] }]);
    const sdt = all(doc("word/document.xml"), "sdt")[0];
    expect(children(child(sdt, "sdtContent")).map((e) => e.localName)).toEqual(["p"]);
  });

  it("writes an empty parameter as a control with an empty run", () => {
    const { doc } = parts([
      { blockId: "x", tag: "nota:x", title: "X", headingLevel: 1, paragraphs: [{ kind: "body", listLevel: 0, segments: [param("leeg", "")] }] },
    ]);
    const sdts = all(doc("word/document.xml"), "sdt");
    const content = child(sdts[1], "sdtContent");
    expect(children(content, "r")).toHaveLength(1);
    expect(visibleText(content)).toBe("");
  });

  it("writes tabs and line breaks as w:tab and w:br, multi-line parameters as such", () => {
    const { doc } = parts([
      {
        blockId: "x",
        tag: "nota:x",
        title: "X",
        headingLevel: 1,
        paragraphs: [{ kind: "body", listLevel: 0, segments: [txt("a\tb\nc"), param("adres", "Postbus 1\r\nDen Haag")] }],
      },
    ]);
    const document = doc("word/document.xml");
    expect(all(document, "tab")).toHaveLength(1);
    expect(all(document, "br")).toHaveLength(2);
    expect(visibleText(all(document, "p")[0])).toBe("a\tb\ncPostbus 1\nDen Haag");
    expect(all(document, "text")[0].getAttributeNS(W, "multiLine")).toBe("1");
  });

  it("escapes hostile text everywhere, so it reads back literally", () => {
    const hostile = `</w:t><w:b/><w:t> &amp; "quoted" 'single' <![CDATA[x]]> 👍 café`;
    const withControls = hostile + "\u0000\u0001\u0008\u000B\u000C\u001B\uFFFF\uD800";
    const { files, doc } = parts(
      [
        {
          blockId: "x",
          tag: `nota:${hostile}`,
          title: withControls,
          headingLevel: 1,
          paragraphs: [
            { kind: "heading", listLevel: 0, segments: [txt(withControls)] },
            { kind: "bullet", listLevel: 0, segments: [txt(`  ${withControls}  `), param(hostile, withControls)] },
          ],
        },
      ],
      { title: withControls, author: withControls },
    );
    for (const xml of Object.values(files)) {
      // Nothing XML 1.0 forbids, even where a parser would not notice.
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }
    const document = doc("word/document.xml");
    expect(all(document, "b")).toHaveLength(0);
    const [block, paramControl] = all(document, "sdt");
    expect(wVal(child(block, "sdtPr"), "alias")).toBe(hostile);
    expect(wVal(child(block, "sdtPr"), "tag")).toBe(`nota:${hostile}`);
    expect(wVal(child(paramControl, "sdtPr"), "alias")).toBe(hostile);
    expect(wVal(child(paramControl, "sdtPr"), "tag")).toBe(`nota:param:${hostile}`);
    expect(visibleText(child(paramControl, "sdtContent"))).toBe(hostile);
    const [heading, bullet] = all(document, "p");
    expect(visibleText(heading)).toBe(hostile);
    expect(visibleText(bullet)).toBe(`  ${hostile}  ${hostile}`);
    const core = doc("docProps/core.xml").documentElement!;
    expect(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")[0].textContent).toBe(hostile);
    expect(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")[0].textContent).toBe(hostile);
  });

  it("passes libxml2's well-formedness check in every part, hostile text included", async () => {
    const hostile = `</w:t>&amp;"'\u0001\u001B\uFFFE\uDC00👍`;
    const { files } = parts(
      [{ blockId: "x", tag: `nota:${hostile}`, title: hostile, headingLevel: 1, paragraphs: [{ kind: "body", listLevel: 0, segments: [txt(hostile), param(hostile, hostile)] }] }],
      { title: hostile, author: hostile },
    );
    for (const [fileName, contents] of Object.entries(files)) {
      // libxml2 is stricter than xmldom: it also rejects characters XML 1.0 forbids.
      const result = await validateXML({ xml: { fileName: "part.xml", contents }, normalization: "format" });
      expect({ fileName, errors: result.errors.map((e) => e.message) }).toEqual({ fileName, errors: [] });
    }
  });

  it("rejects heading and list levels outside the styles it defines, naming the block", () => {
    const block = (headingLevel: number, listLevel: number): RenderedBlock => ({
      blockId: "kernpunten",
      tag: "nota:kernpunten",
      title: "Kernpunten",
      headingLevel,
      paragraphs: [{ kind: "bullet", listLevel, segments: [txt("x")] }],
    });
    expect(() => writeDocx([block(0, 0)])).toThrow(/kernpunten.*heading level 0/);
    expect(() => writeDocx([block(10, 0)])).toThrow(/kernpunten.*heading level 10/);
    expect(() => writeDocx([block(1, 9)])).toThrow(/kernpunten.*list level 9/);
    expect(() => writeDocx([block(1, -1)])).toThrow(/kernpunten.*list level -1/);
    expect(() => writeDocx([block(9, 8)])).not.toThrow();
  });

  it("rejects an invalid creation date", () => {
    expect(() => writeDocx([], { created: new Date("nonsense") })).toThrow(RangeError);
  });
});
