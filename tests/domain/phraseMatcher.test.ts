import fc from "fast-check";
import { compilePhrase, type CompiledPhrase, PhraseSet, type WorkCounter } from "../../src/domain/phraseMatcher";
import { foldOneToOne, normaliseForMatching, originalRange } from "../../src/domain/text";

function phrase(text: string): CompiledPhrase {
  const compiled = compilePhrase(text);
  if ("problem" in compiled) throw new Error(`unusable phrase ${text}: ${compiled.problem}`);
  return compiled;
}

/** The hits of `phrases` in `original`, as the original text they cover. */
function find(phrases: string[], original: string, counter?: WorkCounter): { phrase: string; text: string }[] {
  const set = new PhraseSet(phrases.map(phrase));
  const normalised = normaliseForMatching(original);
  const hits: { phrase: string; text: string }[] = [];
  set.scan(
    normalised.text,
    (hit) => {
      const range = originalRange(normalised, hit.start, hit.end);
      hits.push({ phrase: phrases[hit.phrase], text: original.slice(range.start, range.end) });
    },
    counter,
  );
  return hits;
}

const texts = (phrases: string[], original: string) => find(phrases, original).map((hit) => hit.text);

describe("phrase matching", () => {
  it("ignores case and accents", () => {
    expect(texts(["financiele gevolgen"], "Geen FINANCIËLE Gevolgen.")).toEqual(["FINANCIËLE Gevolgen"]);
    expect(texts(["Financiële"], "financiele")).toEqual(["financiele"]);
  });

  it("ignores white space: NBSP, tabs, line breaks, runs of spaces", () => {
    expect(texts(["geen budgettaire gevolgen"], "geen\u00a0budgettaire\t\n  gevolgen")).toEqual(["geen\u00a0budgettaire\t\n  gevolgen"]);
    expect(texts(["  geen   budget "], "geen budget")).toEqual(["geen budget"]);
  });

  it("ignores Word's control characters: the comment mark, field marks, soft hyphens, zero-width characters", () => {
    expect(texts(["extra middelen"], "extra\u0005 mid\u00addelen")).toEqual(["extra\u0005 mid\u00addelen"]);
    expect(texts(["extra middelen"], "ex\u200btra \u0013middelen\u0015")).toEqual(["ex\u200btra \u0013middelen"]);
  });

  it("joins a word hyphenated at a line break, but keeps the elision in 'land- en tuinbouw'", () => {
    expect(texts(["verduurzamingsprojecten"], "de verduurzamings- projecten")).toEqual(["verduurzamings- projecten"]);
    expect(texts(["verduurzamingsprojecten"], "de verduurzamings-\nprojecten")).toEqual(["verduurzamings-\nprojecten"]);
    expect(texts(["landen"], "land- en tuinbouw")).toEqual([]);
    expect(texts(["land- en tuinbouw"], "Land- en tuinbouw")).toEqual(["Land- en tuinbouw"]);
  });

  it("matches whole words only", () => {
    expect(texts(["KEV"], "de KEV, de KEVs en de sKEV")).toEqual(["KEV"]);
    expect(texts(["budget"], "budgettaire gevolgen; maatwerkbudget")).toEqual([]);
    expect(texts(["budget"], "budget-neutraal (budget)")).toEqual(["budget", "budget"]);
    expect(texts(["(ACKE)"], "Ambtelijke afstemming(ACKE):")).toEqual(["(ACKE)"]);
  });

  it("lets a trailing * stand for the rest of the word, and nothing before the word", () => {
    expect(texts(["gevolg*"], "gevolg, gevolgen, gevolgtrekking; nagevolgd")).toEqual(["gevolg", "gevolgen", "gevolgtrekking"]);
    expect(texts(["geen budgettaire gevolg*"], "Geen budgettaire gevolgen.")).toEqual(["Geen budgettaire gevolgen"]);
  });

  it("treats regular-expression syntax as text", () => {
    expect(texts(["(a+)+$"], "aaaa (a+)+$ aaaa")).toEqual(["(a+)+$"]);
    expect(texts(["a.c"], "abc a.c")).toEqual(["a.c"]);
    expect(texts(["[x]"], "x [x]")).toEqual(["[x]"]);
  });

  it("finds every occurrence of every phrase, also phrases that overlap", () => {
    const hits = find(["extra middelen", "middelen", "extra"], "extra middelen en extra middelen");
    expect(hits.map((hit) => hit.phrase)).toEqual(["extra", "extra middelen", "middelen", "extra", "extra middelen", "middelen"]);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\u0005\u00ad", "empty"],
    ["*", "empty"],
    ["**", "empty"],
    ["budget*taire", "star-inside"],
    ["geen *", "star-not-after-word"],
    ["(ACKE)*", "star-not-after-word"],
  ])("refuses the phrase %j (%s)", (text, problem) => {
    expect(compilePhrase(text)).toEqual({ problem });
  });
});

// Words over a small alphabet with an accented letter; no "e"/"n" so a hyphenated remainder is never "en".
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "á", "ü"), minLength: 1, maxLength: 6 });
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
const separator = fc.constantFrom(" ", "  ", "\u00a0", "\t", "\n", ", ", ". ", " (", ") ");

function joinWith(parts: string[], separators: string[]): string {
  return parts.map((part, i) => (i === 0 ? part : `${separators[i % separators.length] ?? " "}${part}`)).join("");
}

describe("phrase matching (properties)", () => {
  it("never throws, whatever the text and phrases", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), (text, candidates) => {
        const usable = candidates.map(compilePhrase).filter((compiled): compiled is CompiledPhrase => !("problem" in compiled));
        new PhraseSet(usable).scan(normaliseForMatching(text).text, () => undefined);
      }),
    );
  });

  it("finds a phrase wherever it is inserted, in any case, with NBSP or a line break between its words, or hyphenated at a line break", () => {
    fc.assert(
      fc.property(
        words(0, 6),
        words(1, 4),
        words(0, 6),
        fc.array(separator, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("plain", "upper", "nbsp", "linebreak", "hyphenated"),
        fc.nat(),
        (before, phraseWords, after, separators, variant, cut) => {
          const written = phraseWords.join(" ");
          let inserted = written;
          if (variant === "upper") inserted = written.toUpperCase();
          if (variant === "nbsp") inserted = phraseWords.join("\u00a0");
          if (variant === "linebreak") inserted = phraseWords.join("\r\n");
          if (variant === "hyphenated") {
            // Split the longest word at a line break: "verduurzamings-\nprojecten".
            const longest = phraseWords.reduce((a, b) => (b.length > a.length ? b : a));
            if (longest.length >= 2) {
              const at = 1 + (cut % (longest.length - 1));
              inserted = phraseWords.map((w) => (w === longest ? `${w.slice(0, at)}-\n${w.slice(at)}` : w)).join(" ");
            }
          }
          const text = joinWith([...before, inserted, ...after], [" ", ...separators]);
          const hits = find([written], text);
          expect(hits.some((hit) => hit.text === inserted)).toBe(true);
        },
      ),
    );
  });

  it("never matches across a word boundary: a one-word phrase hits exactly the words equal to it", () => {
    fc.assert(
      fc.property(words(1, 12), fc.array(separator, { minLength: 1, maxLength: 4 }), word, (textWords, separators, target) => {
        const text = joinWith(textWords, separators);
        const expected = textWords.filter((w) => w.normalize("NFD").replace(/\p{M}/gu, "") === target.normalize("NFD").replace(/\p{M}/gu, "")).length;
        expect(find([target], text)).toHaveLength(expected);
      }),
    );
  });

  it("with a trailing * hits exactly the words that start with the stem", () => {
    fc.assert(
      fc.property(words(1, 12), word, (textWords, stem) => {
        const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
        const hits = find([`${stem}*`], textWords.join(" "));
        expect(hits.map((hit) => fold(hit.text))).toEqual(textWords.map(fold).filter((w) => w.startsWith(fold(stem))));
      }),
    );
  });
});

describe("the two scans and the fast fold agree with the reference", () => {
  it("the table scan and the failure-link scan report the same hits", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "-", "é"), maxLength: 40 }), fc.array(fc.string({ unit: fc.constantFrom("a", "b", " ", "*"), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (text, candidates) => {
        const usable = candidates.map(compilePhrase).filter((compiled): compiled is CompiledPhrase => !("problem" in compiled));
        const hits = (set: PhraseSet) => {
          const found: unknown[] = [];
          set.scan(normaliseForMatching(text).text, (hit) => found.push(hit));
          return found;
        };
        expect(hits(new PhraseSet(usable, { denseLimit: 0 }))).toEqual(hits(new PhraseSet(usable)));
      }),
    );
  });

  it("foldOneToOne, where it applies, is normaliseForMatching's text with every unit from its own character", () => {
    const latin1 = fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(latin1, fc.constantFrom("a", " ", "-", "E", "\u00a0", "\u0005")), maxLength: 40 }), (text) => {
        const folded = foldOneToOne(text);
        if (folded === null) return;
        const reference = normaliseForMatching(text);
        expect(folded).toBe(reference.text);
        expect([...reference.starts]).toEqual([...text].map((_, i) => i));
      }),
    );
    expect(foldOneToOne("Financiële Gevolgen")).toBe("financiele gevolgen");
    expect(foldOneToOne("twee  spaties")).toBeNull();
    expect(foldOneToOne("verduurzamings- projecten")).toBeNull();
    expect(foldOneToOne("geen\u00a0ruimte")).toBeNull();
  });
});

describe("phrase matching stays linear (counted steps, not time)", () => {
  const stepsFor = (phrases: string[], text: string) => {
    const counter = { steps: 0 };
    find(phrases, text, counter);
    return counter.steps;
  };

  it.each([
    ["a regular expression that backtracks", ["(a+)+$"], (n: number) => "a".repeat(n) + "!"],
    ["a 10,000-character phrase", ["a".repeat(10_000)], (n: number) => "a".repeat(n)],
    ["a 10,000-character phrase of words", ["ab ".repeat(5_000).trim()], (n: number) => "ab ".repeat(n / 3)],
    ["nested phrases", Array.from({ length: 20 }, (_, i) => "a ".repeat(i + 1).trim()), (n: number) => "a ".repeat(n / 2)],
    ["a word ending on one long word", ["a*"], (n: number) => "a".repeat(n)],
    ["a phrase that almost matches everywhere", ["aaaaaaaaab"], (n: number) => "a".repeat(n)],
  ])("%s: steps grow with the text, at most a constant per character", (_case, phrases, makeText) => {
    const small = stepsFor(phrases, makeText(30_000));
    const large = stepsFor(phrases, makeText(60_000));
    // Bounded per character (the nested case pays once per phrase ending at a character) …
    expect(large).toBeLessThanOrEqual(phrases.length * 3 * 60_000 + 3 * 60_000);
    // … and doubling the text at most doubles the work (plus the phrase's one-off cost).
    expect(large).toBeLessThanOrEqual(2 * small + 20_000);
  });

  it("also without the transition table (a checklist too large for one): failure links, still linear", () => {
    const counter = { steps: 0 };
    new PhraseSet([phrase("a".repeat(10_000)), phrase("(a+)+$")], { denseLimit: 0 }).scan("a".repeat(60_000), () => undefined, counter);
    expect(counter.steps).toBeLessThanOrEqual(4 * 60_000);
  });

  it("refuses a phrase of only spaces instead of matching every space", () => {
    expect(compilePhrase(" ".repeat(10_000))).toEqual({ problem: "empty" });
  });
});
