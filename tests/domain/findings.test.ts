import fc from "fast-check";
import {
  locationHolds,
  occurrenceStart,
  paragraphLocation,
  textLocation,
  textLocations,
  type Finding,
} from "../../src/domain/findings";
import { paragraphRef } from "../../src/domain/placement";
import { normaliseForMatching, originalRange } from "../../src/domain/text";
import { buildSnapshot, h, p } from "./snapshotBuilder";

const doc = buildSnapshot([
  h(2, "Ambtelijke afstemming"),
  p("Geen budgettaire gevolgen; echt geen budgettaire gevolgen."),
  p("a a a"),
]);

describe("textLocation", () => {
  it("keeps the paragraph as the snapshot saw it, the matched text, its offsets and which occurrence it is", () => {
    const second = doc.paragraphs[1].text.lastIndexOf("geen budgettaire");
    expect(textLocation(doc, 1, second, second + 16)).toEqual({
      paragraph: { paragraph: 1, text: doc.paragraphs[1].text, paragraphCount: 3 },
      match: { start: second, end: second + 16, text: "geen budgettaire", occurrence: 0 },
      section: null,
    });
    expect(textLocation(doc, 1, 0, 4, "ambtelijke-afstemming").section).toBe("ambtelijke-afstemming");
    expect(paragraphLocation(doc, 0, "ambtelijke-afstemming")).toEqual({
      paragraph: { paragraph: 0, text: "Ambtelijke afstemming", paragraphCount: 3 },
      match: null,
      section: "ambtelijke-afstemming",
    });
    // Occurrences are of the original text, case and all: "Geen" at 0 is another text.
    expect(textLocation(doc, 1, 5, 16).match).toEqual({ start: 5, end: 16, text: "budgettaire", occurrence: 0 });
    expect(textLocation(doc, 1, second + 5, second + 16).match?.occurrence).toBe(1);
  });

  it("refuses a paragraph or range that is not there", () => {
    expect(() => textLocation(doc, 3, 0, 1)).toThrow(RangeError);
    expect(() => textLocation(doc, 1, 4, 4)).toThrow(RangeError);
    expect(() => textLocation(doc, 2, 3, 6)).toThrow(RangeError);
    expect(() => paragraphLocation(doc, -1)).toThrow(RangeError);
  });

  it("gives an occurrence that a search from the paragraph's start finds at the match, except for a match overlapping an earlier one", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " "), minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const snapshot = buildSnapshot([p(text)]);
        const match = textLocation(snapshot, 0, start, end).match;
        if (match === null) throw new Error("a text location has a match");
        const found = occurrenceStart(text, match.text, match.occurrence);
        // Either the search reaches this very match, or the match overlaps the hit before it.
        let previousEnd = -1;
        for (let at = text.indexOf(match.text); at >= 0 && at < start; at = text.indexOf(match.text, at + match.text.length)) {
          previousEnd = at + match.text.length;
        }
        expect(found === start || previousEnd > start).toBe(true);
      }),
    );
    expect(occurrenceStart("a a a", "a a", 0)).toBe(0);
    expect(textLocation(doc, 2, 2, 5).match?.occurrence).toBe(0);
  });

  it("turns a match in normalised text into a location in the paragraph's own text", () => {
    const text = "Er zijn geen\u00a0Budgettaire\u0005 gevolgen.";
    const snapshot = buildSnapshot([p(text)]);
    const normalised = normaliseForMatching(text);
    const at = normalised.text.indexOf("geen budgettaire gevolgen");
    const range = originalRange(normalised, at, at + "geen budgettaire gevolgen".length);
    expect(textLocation(snapshot, 0, range.start, range.end).match?.text).toBe("geen\u00a0Budgettaire\u0005 gevolgen");
  });
});

describe("locationHolds", () => {
  it("holds while the paragraph's index, text and the paragraph count are what the snapshot saw", () => {
    const location = textLocation(doc, 1, 0, 4);
    expect(locationHolds(location, paragraphRef(doc, 1))).toBe(true);
    expect(locationHolds(paragraphLocation(doc, 1), paragraphRef(doc, 1))).toBe(true);

    const edited = buildSnapshot([h(2, "Ambtelijke afstemming"), p("Geen gevolgen."), p("a a a")]);
    expect(locationHolds(location, paragraphRef(edited, 1))).toBe(false);
    const inserted = buildSnapshot([h(2, "Ambtelijke afstemming"), p("Nieuw"), ...doc.paragraphs.slice(1)]);
    expect(locationHolds(location, paragraphRef(inserted, 1))).toBe(false);
    expect(locationHolds(location, paragraphRef(inserted, 2))).toBe(false);
  });
});

describe("Finding", () => {
  it("is plain data: a finding survives JSON as it is (nota check --json prints it)", () => {
    type TestMessages = { "phrase-found": { phrase: string; count: number } };
    const finding: Finding<TestMessages> = {
      ruleId: "FIN-1",
      source: "FIN",
      severity: "error",
      status: "pass",
      message: { code: "phrase-found", data: { phrase: "geen budgettaire gevolgen", count: 2 } },
      locations: [textLocation(doc, 1, 0, 4), paragraphLocation(doc, 0)],
    };
    expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
  });
});

describe("textLocations", () => {
  it("gives for many ranges of one paragraph exactly what textLocation gives for each", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "A", " "), minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (text, pairs) => {
          const one = buildSnapshot([p(text)]);
          const ranges = pairs.map(([a, b]) => ({ start: a % text.length, end: (a % text.length) + 1 + (b % (text.length - (a % text.length))) }));
          expect(textLocations(one, 0, ranges, "kern")).toEqual(ranges.map(({ start, end }) => textLocation(one, 0, start, end, "kern")));
        },
      ),
    );
  });

  it("refuses a range that is not there", () => {
    expect(() => textLocations(doc, 2, [{ start: 0, end: 1 }, { start: 3, end: 9 }])).toThrow(RangeError);
  });
});
