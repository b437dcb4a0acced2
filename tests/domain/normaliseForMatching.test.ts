import fc from "fast-check";
import { foldText, joinLineBreakHyphens, normaliseForMatching, originalRange, type NormalisedText } from "../../src/domain/text";

// Pieces that exercise every rule: case, accents (precomposed and combining), compatibility forms,
// every kind of white space, Word's control characters, hyphens at line breaks and Dutch elisions.
const fragment = fc.constantFrom(
  "a", "B", "e", "é", "e\u0301", "\u0301", "Ë", "ĳ", "CO₂", "…", "İ", "ß", "😀", "\ud800",
  " ", "  ", "\u00a0", "\t", "\n", "\r\n", "\u000b", "\u000c", "\u2028", "\u202f",
  "\u0005", "\u0013", "\u0014", "\u0015", "\u0001", "\u001e", "\u001f", "\u00ad", "\u200b", "\ufeff", "\u200e",
  "-", "- ", "-\n", ",", ".", ":", "/", "(", ")",
  "verduurzamings- projecten", "land- en tuinbouw", "Noord- Nederland", "en/of", "tot", "of", "en", "x- y", "s-\u0005 p",
);
const messyText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(messyText, fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }));

/** Starts of the pieces: positions where a unit's source differs from the unit before it. */
function pieceStarts(n: NormalisedText): number[] {
  const starts = [0];
  for (let k = 1; k < n.text.length; k++) if (n.starts[k] !== n.starts[k - 1]) starts.push(k);
  starts.push(n.text.length);
  return starts;
}

describe("normaliseForMatching", () => {
  it.each([
    ["verduurzamings- projecten", "verduurzamingsprojecten"],
    ["verduurzamings-\nprojecten", "verduurzamingsprojecten"],
    ["land- en tuinbouw", "land- en tuinbouw"],
    ["Noord- Nederland", "noord- nederland"],
    ["Financiële\u00a0\tGEVOLGEN", "financiele gevolgen"],
    ["geen\u0005 budgettaire\u000bgevolgen", "geen budgettaire gevolgen"],
    ["verduur\u00adzaming, ver\u001fduurzaming", "verduurzaming, verduurzaming"],
    ["CO₂\u001ereductie …", "co2-reductie ..."],
    ["Coöperatie ĳs", "cooperatie ijs"],
    [" leading and trailing ", " leading and trailing "],
  ])("%j → %j", (input, expected) => {
    expect(normaliseForMatching(input).text).toBe(expected);
  });

  it("maps a match in the normalised text back to the paragraph's own text", () => {
    const original = "De\u00a0 Financiële gevolgen van verduurzamings- projecten\u0005.";
    const n = normaliseForMatching(original);
    const find = (phrase: string) => {
      const at = n.text.indexOf(phrase);
      const range = originalRange(n, at, at + phrase.length);
      return original.slice(range.start, range.end);
    };
    expect(find("financiele gevolgen")).toBe("Financiële gevolgen");
    expect(find("verduurzamingsprojecten")).toBe("verduurzamings- projecten");
    expect(find("de financiele")).toBe("De\u00a0 Financiële");
    // A combining accent belongs to its letter: selecting "e" selects the accented letter.
    const decomposed = normaliseForMatching("cafe\u0301 open");
    expect(originalRange(decomposed, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it("maps an empty range to the position of the next character's source", () => {
    const n = normaliseForMatching("\u0005ab\u0005");
    expect(originalRange(n, 0, 0)).toEqual({ start: 1, end: 1 });
    expect(originalRange(n, 2, 2)).toEqual({ start: 4, end: 4 });
    expect(() => originalRange(n, 1, 3)).toThrow(RangeError);
    expect(() => originalRange(n, 2, 1)).toThrow(RangeError);
  });

  it("maps every unit into the original, monotonically", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normaliseForMatching(original);
        expect(n.starts).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.starts[k]).toBeGreaterThanOrEqual(0);
          expect(n.starts[k]).toBeLessThan(n.ends[k]);
          expect(n.ends[k]).toBeLessThanOrEqual(original.length);
          if (k > 0 && n.starts[k] !== n.starts[k - 1]) {
            // A new piece starts where the one before it ended, or later.
            expect(n.starts[k]).toBeGreaterThanOrEqual(n.ends[k - 1]);
          } else if (k > 0) {
            // Units of one piece ("ĳ" → "ij") share its source.
            expect(n.ends[k]).toBe(n.ends[k - 1]);
          }
        }
      }),
    );
  });

  it("gives the normalised slice again when the mapped original slice is normalised", () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normaliseForMatching(original);
        const cuts = pieceStarts(n);
        // The end must not cut a word: whether a hyphen joins depends on the whole next word ("land- en").
        const ends = cuts.filter((k) => k === n.text.length || /[ ,.;:]/.test(n.text[k]));
        const start = cuts[a % cuts.length];
        const candidates = ends.filter((k) => k >= start);
        const end = candidates[b % candidates.length];
        const range = originalRange(n, start, end);
        expect(normaliseForMatching(original.slice(range.start, range.end)).text).toBe(n.text.slice(start, end));
      }),
    );
  });

  it("leaves no upper case, accent, control character or double space", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text } = normaliseForMatching(original);
        expect(text).not.toMatch(/[\p{Lu}\p{M}\p{Cc}\p{Cf}]|\s\s|[^\S ]/u);
      }),
    );
  });

  it("agrees with foldText on text without hyphens or control characters", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."aeiouyBCDNRSTL ëéèïöüÇ\u00a0\t\n:.()1234567890".split("")) });
    fc.assert(fc.property(plain, (s) => normaliseForMatching(s).text.trim() === foldText(s)));
  });

  it("joins line-break hyphens by the same rule as joinLineBreakHyphens", () => {
    fc.assert(fc.property(messyText, (s) => normaliseForMatching(joinLineBreakHyphens(s)).text === normaliseForMatching(s).text));
  });

  describe("runs in linear time on adversarial input (counting reads of the text, not timing)", () => {
    const adversarial: Record<string, (n: number) => string> = {
      "hyphens before long white space": (n) => "a-" + " ".repeat(n) + "b",
      "many hyphens each followed by space": (n) => "a- ".repeat(n / 3),
      "hyphens before elisions": (n) => "land- en/of ".repeat(n / 12),
      "hyphen, controls and spaces": (n) => "a-" + "\u0005 ".repeat(n / 2) + "Z",
      "one letter with many accents": (n) => "e" + "\u0301".repeat(n),
      "only spaces": (n) => "\u00a0 \t".repeat(n / 3),
      "only control characters": (n) => "\u0005\u0013\u0015".repeat(n / 3),
      "long word after a hyphen": (n) => "a- " + "b".repeat(n),
      "expanding characters": (n) => "ĳ\ufdfa".repeat(n / 2),
    };

    /** Reads of characters (`codePointAt`, `charCodeAt`) while normalising `text`; stops counting at `limit`. */
    function reads(text: string, limit: number): number {
      const proto = String.prototype;
      const originals = { codePointAt: proto.codePointAt, charCodeAt: proto.charCodeAt };
      let count = 0;
      const counted = <A extends unknown[], R>(read: (this: string, ...args: A) => R) =>
        function (this: string, ...args: A): R {
          if (++count > limit) throw new Error(`more than ${limit} reads`);
          return read.apply(this, args);
        };
      proto.codePointAt = counted(originals.codePointAt);
      proto.charCodeAt = counted(originals.charCodeAt);
      try {
        normaliseForMatching(text);
      } catch (error) {
        if (count <= limit) throw error;
      } finally {
        Object.assign(proto, originals);
      }
      return count;
    }

    it.each(Object.keys(adversarial))("%s", (name) => {
      const make = adversarial[name];
      const small = make(3_000);
      const large = make(30_000);
      // At most a few reads per character, and ten times the text costs ten times the reads.
      const limit = 3 * large.length + 10;
      expect(reads(large, limit)).toBeLessThanOrEqual(limit);
      expect(reads(large, limit)).toBeLessThanOrEqual(11 * reads(small, limit));
    });
  });
});
