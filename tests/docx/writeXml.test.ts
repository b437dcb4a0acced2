import { DOMParser, onWarningStopParsing } from "@xmldom/xmldom";
import { el, escapeXml, text, xmlPart } from "../../src/docx/writeXml";

const parse = (xml: string) => new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
  });

  it("escapes an existing entity again, so it reads back literally", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops characters XML 1.0 forbids and keeps tab and line ends as references", () => {
    expect(escapeXml("a\u0000b\u0001c\u000Bd\u001Fe\uFFFEf\uFFFF")).toBe("abcdef");
    expect(escapeXml("\t\n\r")).toBe("&#9;&#10;&#13;");
  });

  it("drops lone surrogates but keeps emoji and accents", () => {
    expect(escapeXml("\uD800x\uDC00")).toBe("x");
    expect(escapeXml("👍 café ∑")).toBe("👍 café ∑");
  });
});

describe("el", () => {
  it("builds empty and nested elements, leaving out undefined attributes", () => {
    expect(el("w:p")).toBe("<w:p/>");
    expect(el("w:r", { a: 1, b: undefined }, el("w:t", {}, text("x")))).toBe('<w:r a="1"><w:t>x</w:t></w:r>');
  });

  it("rejects names that are not XML names", () => {
    expect(() => el("w:p><x")).toThrow(/Not an XML name/);
    expect(() => el("p", { 'a="1" b': "x" })).toThrow(/Not an XML name/);
  });

  it("round-trips hostile attribute values and text through a parser", () => {
    const hostile = `"/><w:b/> '&amp; <![CDATA[x]]>\t\n\r 👍`;
    const doc = parse(xmlPart(el("root", { v: hostile }, text(hostile))));
    const root = doc.documentElement!;
    expect(root.getAttribute("v")).toBe(hostile);
    // Tab and line ends survive as references, where literal ones would be normalised.
    expect(root.textContent).toBe(hostile);
    expect(root.childNodes.length).toBe(1);
  });
});
