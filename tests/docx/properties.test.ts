// Properties of the reader over arbitrary run splits and tracked changes.
import fc from "fast-check";
import { readDocx } from "../../src/docx/readDocx";
import { buildDocx } from "./ooxml";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Text without control characters (not allowed in XML) and without leading/trailing concerns.
const runText = fc.string({ minLength: 0, maxLength: 12, unit: fc.constantFrom(..."abc xyzé&<>'\"".split("")) });
const piece = fc.record({ text: runText, change: fc.constantFrom("plain", "ins", "del", "moveFrom", "moveTo") });

function pieceXml({ text, change }: { text: string; change: string }): string {
  const escaped = escapeXml(text);
  if (change === "del" || change === "moveFrom") {
    return `<w:${change} w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">${escaped}</w:delText></w:r></w:${change}>`;
  }
  const run = `<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r>`;
  return change === "plain" ? run : `<w:${change} w:id="1" w:author="A">${run}</w:${change}>`;
}

describe("reader properties", () => {
  it("a paragraph's text is its runs joined, without deleted or moved-away text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const body = paragraphs.map((pieces) => `<w:p>${pieces.map(pieceXml).join("")}</w:p>`).join("");
        const expected = paragraphs.map((pieces) =>
          pieces
            .filter((p) => p.change !== "del" && p.change !== "moveFrom")
            .map((p) => p.text)
            .join(""),
        );
        expect(readDocx(buildDocx({ body })).paragraphs.map((p) => p.text)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
