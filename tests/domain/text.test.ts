import fc from "fast-check";
import { countWords, foldText, headingCore, joinLineBreakHyphens, normaliseHeading } from "../../src/domain/text";

const accented: Record<string, string> = { a: "á", e: "ë", i: "ï", o: "ö", u: "ü", c: "ç", n: "ñ" };
const dutchText = fc.string({ unit: fc.constantFrom(..."aeiouybcdnrstl ëéèïöüç\u00a0\t\n-:.()1234567890".split("")) });

describe("foldText", () => {
  it("ignores case, accents and the kind and amount of white space", () => {
    expect(foldText("  Financiële\u00a0\tGEVOLGEN \n")).toBe("financiele gevolgen");
    expect(foldText("Coöperatie")).toBe(foldText("cooperatie"));
  });

  it("is idempotent", () => {
    fc.assert(fc.property(dutchText, (s) => foldText(foldText(s)) === foldText(s)));
  });

  it("gives the same result with accents added or letters upper-cased", () => {
    fc.assert(
      fc.property(dutchText, (s) => {
        const withAccents = [...s].map((ch) => accented[ch] ?? ch).join("");
        return foldText(withAccents) === foldText(s) && foldText(s.toUpperCase()) === foldText(s);
      }),
    );
  });
});

describe("normaliseHeading", () => {
  it.each([
    ["1. Aanleiding", "aanleiding"],
    ["2) Geadviseerd besluit", "geadviseerd besluit"],
    ["4.1 Politieke context", "politieke context"],
    ["4.1.\tPolitieke context:", "politieke context"],
    ["5 Informatie die niet openbaar gemaakt kan worden", "informatie die niet openbaar gemaakt kan worden"],
    ["IV. Toelichting", "toelichting"],
    ["Toelichting :", "toelichting"],
    ["Ambtelijke afstemming (ACKE)", "ambtelijke afstemming (acke)"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseHeading(input)).toBe(expected);
  });

  it("leaves a heading that starts with a year or a word alone", () => {
    expect(normaliseHeading("2025 in vogelvlucht")).toBe("2025 in vogelvlucht");
    expect(normaliseHeading("Informatie")).toBe("informatie");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(dutchText, (s) => normaliseHeading(normaliseHeading(s)) === normaliseHeading(s)));
  });

  it("does not depend on numbering or a trailing colon", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/), fc.constantFrom("", "1. ", "4.1 ", "2) ", "iv. "), fc.boolean(), (title, number, colon) =>
        normaliseHeading(`${number}${title}${colon ? ":" : ""}`) === normaliseHeading(title),
      ),
    );
  });
});

describe("headingCore", () => {
  it("drops one parenthesised suffix, also after numbering and before a colon", () => {
    expect(headingCore("4.4 Ambtelijke afstemming (ACKE):")).toBe("ambtelijke afstemming");
    expect(headingCore("Financiële gevolgen")).toBe("financiele gevolgen");
  });

  it("keeps a heading that is only a parenthesised text", () => {
    expect(headingCore("(ACKE)")).toBe("(acke)");
  });
});

describe("joinLineBreakHyphens", () => {
  it("joins a word hyphenated over a line break", () => {
    expect(joinLineBreakHyphens("ambitieuze verduurzamings- projecten")).toBe("ambitieuze verduurzamingsprojecten");
    expect(joinLineBreakHyphens("verduurzamings-\nprojecten")).toBe("verduurzamingsprojecten");
  });

  it("keeps Dutch elisions, capitalised words and ordinary hyphens", () => {
    expect(joinLineBreakHyphens("land- en tuinbouw")).toBe("land- en tuinbouw");
    expect(joinLineBreakHyphens("Noord- Nederland")).toBe("Noord- Nederland");
    expect(joinLineBreakHyphens("CO2-neutraliteit")).toBe("CO2-neutraliteit");
    expect(joinLineBreakHyphens("week van 23 - 27 juni")).toBe("week van 23 - 27 juni");
  });
});

describe("countWords", () => {
  it("counts words separated by any white space", () => {
    expect(countWords("  Ambtelijke\u00a0afstemming\t(ACKE) ")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});
