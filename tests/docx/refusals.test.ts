// Everything the reader refuses, and how it says so: a DocxError with a code and one plain line.
import { strToU8, zipSync } from "fflate";
import { DocxError, readDocx } from "../../src/docx/readDocx";
import { buildDocx, p, r } from "./ooxml";

function refusal(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): DocxError {
  try {
    readDocx(bytes, limits);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("readDocx accepted the input");
}

/** Offset of the central directory record of `name` in a zip made by fflate. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((byte, i) => zip[at + 46 + i] === byte)) return at;
  }
  throw new Error(`no central record for ${name}`);
}

/** Uncompressed / compressed size of `name`, as the central directory records them. */
function ratio(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = centralRecord(zip, name);
  return view.getUint32(at + 24, true) / view.getUint32(at + 20, true);
}

/**
 * A document.xml of about 2.2 MB whose paragraphs repeat `filler` characters: the longer the
 * filler, the higher the compression ratio (600 ≈ 135 to 1, 2000 ≈ 315 to 1 at level 6).
 */
function compressibleDocx(filler: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let i = 0, length = 0; length < 2.2 * 1024 * 1024; i++) {
    const paragraph = p(r(`${"a".repeat(filler)} ${i}`));
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return zipSync({ "word/document.xml": documentXml(paragraphs.join("")) }, { level: 6 });
}

function patchCentral(zip: Uint8Array, name: string, field: "size" | "flags" | "method", value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = centralRecord(copy, name);
  if (field === "size") view.setUint32(at + 24, value, true);
  else if (field === "flags") view.setUint16(at + 8, value, true);
  else view.setUint16(at + 10, value, true);
  return copy;
}

const documentXml = (body: string) =>
  strToU8(
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

describe("refusals", () => {
  let consoleSpies: jest.SpyInstance[];
  beforeEach(() => {
    consoleSpies = (["error", "warn", "log"] as const).map((method) => jest.spyOn(console, method));
  });
  afterEach(() => {
    // Parse errors become DocxErrors; nothing is printed behind the caller's back.
    for (const spy of consoleSpies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it("refuses a file that is not a zip", () => {
    const error = refusal(strToU8("Dit is gewoon een tekstbestand.\n"));
    expect(error.code).toBe("not-zip");
    expect(error.message).toBe("not a .docx file (it is not a zip archive)");
    expect(refusal(new Uint8Array(0)).code).toBe("not-zip");
  });

  it("refuses a zip without word/document.xml", () => {
    const error = refusal(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/styles.xml": strToU8("<x/>") }));
    expect(error.code).toBe("no-document");
    expect(error.message).toMatch(/no word\/document\.xml/);
  });

  it("refuses an OLE compound file: encrypted .docx or old .doc", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = refusal(ole);
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/password-protected or an old Word 97-2003 \.doc file; remove the password or save it as \.docx/);
  });

  it("refuses an entry encrypted with zip encryption", () => {
    const zip = patchCentral(buildDocx({ body: p(r("x")) }), "word/document.xml", "flags", 1);
    expect(refusal(zip).code).toBe("encrypted");
  });

  it("refuses a highly compressed entry from the central directory, before inflating it", () => {
    // 4 MiB of zeros deflates to ~4 KB: ratio ~1000.
    const bomb = zipSync({ "word/document.xml": new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const error = refusal(bomb);
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/^refused as a possible zip bomb: word\/document\.xml is compressed \d+ to 1 \(limit 150\)$/);
  });

  it("refuses an entry over 1 MiB compressed more than 150 to 1, far beyond real documents (~10 to 1)", () => {
    const zip = compressibleDocx(2000);
    expect(ratio(zip, "word/document.xml")).toBeGreaterThan(200);
    expect(ratio(zip, "word/document.xml")).toBeLessThan(500);
    const error = refusal(zip);
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/word\/document\.xml is compressed \d+ to 1 \(limit 150\)$/);
  });

  it("refuses an entry it opens whose declared size is over the cap, whatever its real size", () => {
    // Just over 64 MiB: refused for its size before its ratio is looked at.
    const over = patchCentral(buildDocx({ body: p(r("x")) }), "word/document.xml", "size", 64 * 1024 * 1024 + 1);
    const error = refusal(over);
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/word\/document\.xml expands to 67108865 bytes \(limit 67108864\)/);
    // Far beyond: the total limit refuses it from the central directory already.
    const huge = patchCentral(buildDocx({ body: p(r("x")) }), "word/document.xml", "size", 0xfffffff0);
    expect(refusal(huge).message).toBe("refused as a possible zip bomb: its entries expand to more than 268435456 bytes");
  });

  it("refuses entries that together expand to more than 256 MiB, each small enough on its own", () => {
    // 300 entries declaring 1 MiB each: under the per-entry limit, and too small for the ratio check.
    const files: Record<string, Uint8Array> = { "word/document.xml": documentXml(p(r("x"))) };
    for (let i = 0; i < 300; i++) files[`word/media/x${i}.bin`] = new Uint8Array(1);
    let zip: Uint8Array = zipSync(files, { level: 0 });
    for (let i = 0; i < 300; i++) zip = patchCentral(zip, `word/media/x${i}.bin`, "size", 1024 * 1024);
    const error = refusal(zip);
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toBe("refused as a possible zip bomb: its entries expand to more than 268435456 bytes");
  });

  it("applies the per-entry, total and entry-count limits passed in", () => {
    const zip = buildDocx({ body: p(r("x".repeat(2000))) });
    expect(refusal(zip, { limits: { maxEntryBytes: 1000 } }).message).toMatch(/expands to \d+ bytes \(limit 1000\)/);
    expect(refusal(zip, { limits: { maxTotalBytes: 2500 } }).message).toMatch(/entries expand to more than 2500 bytes/);
    expect(refusal(zip, { limits: { maxEntries: 3 } }).message).toBe("refused as a possible zip bomb: 4 entries (limit 3)");
  });

  it("refuses too many entries with the default limits", () => {
    const files: Record<string, Uint8Array> = { "word/document.xml": documentXml(p(r("x"))) };
    for (let i = 0; i < 10_000; i++) files[`word/media/x${i}.bin`] = new Uint8Array(0);
    const error = refusal(zipSync(files, { level: 0 }));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toBe("refused as a possible zip bomb: 10001 entries (limit 10000)");
  });

  it("stops inflating an entry that expands beyond its declared size (a lying header)", () => {
    const zip = zipSync({ "word/document.xml": documentXml(p(r("a".repeat(100_000)))) });
    const error = refusal(patchCentral(zip, "word/document.xml", "size", 1000));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/word\/document\.xml expands beyond the 1000 bytes its header declares/);
  });

  it("refuses damaged archives", () => {
    const zip = buildDocx({ body: p(r("x")) });
    const shorter = patchCentral(zip, "word/document.xml", "size", 100_000);
    expect(refusal(shorter)).toMatchObject({ code: "bad-zip", message: expect.stringMatching(/shorter than its header declares/) });
    const method = patchCentral(zip, "word/document.xml", "method", 14);
    expect(refusal(method)).toMatchObject({ code: "bad-zip", message: expect.stringMatching(/unsupported compression method 14/) });
    const cut = zip.slice();
    const record = centralRecord(cut, "word/document.xml");
    cut.fill(0, record, record + 46);
    expect(refusal(cut)).toMatchObject({ code: "bad-zip", message: expect.stringMatching(/central directory/) });
  });

  it("refuses malformed XML in a part and names the part", () => {
    const broken = zipSync({ "word/document.xml": strToU8("<w:document xmlns:w='x'><w:body><w:p></w:body>") });
    const error = refusal(broken);
    expect(error.code).toBe("bad-xml");
    expect(error.message).toMatch(/^word\/document\.xml is not well-formed XML \(.+\)$/);
    expect(error.message).not.toMatch(/\n/);

    const badStyles = zipSync({ "word/document.xml": documentXml(p(r("x"))), "word/styles.xml": strToU8("<w:styles") });
    expect(refusal(badStyles).message).toMatch(/^word\/styles\.xml is not well-formed XML/);
  });

  it("refuses a Strict Open XML document instead of reading it as empty", () => {
    const strict = strToU8(
      '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" w:conformance="strict">' +
        "<w:body><w:p><w:r><w:t>Strikt</w:t></w:r></w:p></w:body></w:document>",
    );
    const error = refusal(zipSync({ "word/document.xml": strict }));
    expect(error.code).toBe("strict-ooxml");
    expect(error.message).toMatch(/save it as a normal Word document \(\.docx, not "Strict Open XML"\)/);
    expect(error.message).not.toMatch(/\n/);
  });

  it("keeps a refusal to one line when a part or entry name holds a line break or control characters", () => {
    // A line feed in a relationship target (as a character reference) names the main part.
    const newline = zipSync({
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/doc&#10;nota: ok.xml"/></Relationships>',
      ),
      "word/doc\nnota: ok.xml": strToU8("<w:document"),
    });
    const error = refusal(newline);
    expect(error.code).toBe("bad-xml");
    expect(error.message).toMatch(/^word\/doc\\nnota: ok\.xml is not well-formed XML \(.+\)$/);

    const escape = patchCentral(
      zipSync({ "word/document.xml": documentXml(p(r("x"))), "word/media/\u001b[2J\r\u2028beeld.png": new Uint8Array(4) }),
      "word/media/\u001b[2J\r\u2028beeld.png",
      "size",
      0xffffffff,
    );
    expect(refusal(escape).message).toBe(
      "the zip archive is damaged: word/media/\\u001b[2J\\r\\u2028beeld.png uses ZIP64 extensions, which a Word document never needs",
    );
  });

  it("does not expand entities declared in a DTD (no billion laughs)", () => {
    const laughs = strToU8(
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
    );
    expect(refusal(zipSync({ "word/document.xml": laughs })).code).toBe("bad-xml");
  });
});

describe("what is not refused", () => {
  it("finds parts whatever the case of their names", () => {
    const zip = zipSync({ "Word/Document.xml": documentXml(p(r("Hallo"))) });
    expect(readDocx(zip).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Hallo"]);
  });

  it("reads an entry over 1 MiB compressed just under 150 to 1", () => {
    const zip = compressibleDocx(600);
    expect(ratio(zip, "word/document.xml")).toBeGreaterThan(100);
    expect(ratio(zip, "word/document.xml")).toBeLessThan(150);
    expect(readDocx(zip).paragraphs.length).toBeGreaterThan(3000);
  });

  it("does not hold entries it never opens (images, embeddings) to the ratio and size limits of one entry", () => {
    const files = {
      "word/media/image1.bmp": new Uint8Array(4 * 1024 * 1024),
      "word/embeddings/video.mp4": new Uint8Array(16),
    };
    let zip = buildDocx({ body: p(r("Met plaatje")), extraFiles: files });
    expect(ratio(zip, "word/media/image1.bmp")).toBeGreaterThan(150);
    zip = patchCentral(zip, "word/embeddings/video.mp4", "size", 65 * 1024 * 1024);
    expect(readDocx(zip).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Met plaatje"]);
    // The total still counts them.
    expect(refusal(zip, { limits: { maxTotalBytes: 64 * 1024 * 1024 } }).message).toMatch(/its entries expand to more than/);
  });

  it("reads stored (uncompressed) entries", () => {
    const zip = zipSync({ "word/document.xml": documentXml(p(r("Opgeslagen"))) }, { level: 0 });
    expect(readDocx(zip).paragraphs[0].text).toBe("Opgeslagen");
  });
});
