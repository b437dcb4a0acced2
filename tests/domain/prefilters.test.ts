// The quick scans that let the co-signatory and procedure reading skip most paragraphs (issue 9's
// figure for `nota check`): they must never skip a paragraph that names someone, a date or a phrase.
import fc from "fast-check";
import { ministries, signatoryCatalogue } from "../../src/config/signatories";
import { findDateMentions } from "../../src/domain/dateMentions";
import { readTextProcedure } from "../../src/domain/procedure";
import { findSignatories, mayNameSignatory } from "../../src/domain/signatories";
import { normaliseForMatching } from "../../src/domain/text";
import { buildSnapshot, p } from "./snapshotBuilder";

// Filler that can never form a name, a date or a phrase itself: no digits, none of their words.
const filler = fc
  .array(fc.constantFrom("x", "q", "é", "Ë", "y", " ", "\u00a0", "\t", ".", ",", ";", "(", ")", "-", "\u00ad", "\u0005"), { maxLength: 40 })
  .map((chars) => chars.join(""));
const names = signatoryCatalogue.flatMap((signatory) => [signatory.title, ...signatory.shortForms].map((name) => ({ id: signatory.id, name })));

describe("the signatory scan", () => {
  it("finds a title or short form inserted anywhere, with the same offsets as written", () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...names), filler, (before, { id, name }, after) => {
        const text = `${before} ${name} ${after}`;
        const at = before.length + 1;
        return findSignatories(text, signatoryCatalogue).some((m) => m.signatory.id === id && m.start === at && m.end === at + name.length);
      }),
    );
  });

  it("finds a misspelled title inserted anywhere", () => {
    fc.assert(
      fc.property(filler, fc.constantFrom("Staatsecretaris", "Minster", "Ministr"), filler, (before, first, after) => {
        const text = `${before} ${first} van Financiën ${after}`;
        return findSignatories(text, signatoryCatalogue).some((m) => m.misspelled && m.start === before.length + 1);
      }),
    );
  });

  it("sends only the paragraphs that name someone on to the full search", () => {
    const paragraphs = [
      ...Array.from({ length: 200 }, (_, i) => `De minister besprak op ${i + 1} juni met de staatssecretaris de zaken van het ministerie en de provincies.`),
      "Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat",
      "Afgestemd met Min IenW en de StasFin.",
      "De Minister-president is geïnformeerd.",
    ];
    const searched = paragraphs.filter((text) => mayNameSignatory(normaliseForMatching(text).text, signatoryCatalogue));
    expect(searched).toEqual(paragraphs.slice(200));
    expect(searched.every((text) => findSignatories(text, signatoryCatalogue).length > 0)).toBe(true);
  });
});

describe("the date scan", () => {
  const written = ["17 juni", "3 juni 2025", "maandag 23 juni", "ma 2 jun.", "23-27 juni", "23 t/m 27 juni", "23 tot en met 27 juni", "week 26", "29 dec t/m 2 jan", "1 SEPT."];

  it("finds a date inserted anywhere, as written", () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...written), filler, (before, date, after) => {
        const text = `${before} ${date} ${after}`;
        const at = before.length + 1;
        return findDateMentions(text).some((m) => m.start === at && m.text === date);
      }),
    );
  });
});

describe("the paragraph scans of the procedure reading", () => {
  const read = (text: string) => readTextProcedure(buildSnapshot([p("Inleiding."), p(text)]), signatoryCatalogue, ministries);

  it("finds 'not clear who signs' and medeondertekening inserted anywhere", () => {
    fc.assert(
      fc.property(filler, fc.constantFrom("nog niet duidelijk", "Onduidelijk", "niet\u00a0duidelijk"), filler, (before, unclear, after) => {
        const text = `${before} Het is ${unclear} welke bewindspersoon tekent. ${after}`;
        return read(text).unclearWhoSigns.length === 1;
      }),
    );
    fc.assert(
      fc.property(filler, fc.constantFrom("medeondertekend", "mede-ondertekening", "Mede-indiener"), filler, (before, mede, after) => {
        return read(`${before} De brief wordt ${mede} door de Minister van Financiën. ${after}`).medeondertekening.length === 1;
      }),
    );
  });

  it("recognises an akkoord line after leading white space and stray accents", () => {
    for (const text of ["Met akkoord van de Minister van Financiën", "  \u00a0met akkoord van de Minister van Financiën", "\u0301\tMÉT akkoord van de Minister van Financiën"]) {
      expect(read(text).akkoordLines).toEqual([1]);
    }
    expect(read("Zonder akkoord van de Minister van Financiën").akkoordLines).toEqual([]);
  });
});
