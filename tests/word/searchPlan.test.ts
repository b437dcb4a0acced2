import { planSearch, searchHits, WORD_SEARCH_LIMIT, type SearchPiece } from "../../src/word/searchPlan";

describe("planSearch", () => {
  it("searches a short plain match as a whole, naming its hit among the paragraph's", () => {
    const text = "extra middelen en nog eens extra middelen";
    expect(planSearch(text, 27, 41)).toEqual({ pieces: [{ text: "extra middelen", hit: 1, hits: 2 }] });
  });

  it("reaches a match longer than Word's search limit by its first and last pieces", () => {
    const text = `A ${"b".repeat(WORD_SEARCH_LIMIT)} c`;
    const pieces = planSearch(text, 0, text.length)?.pieces ?? [];
    expect(pieces).toHaveLength(2);
    const [first, last] = pieces as [SearchPiece, SearchPiece];
    expect(first.text.length).toBeLessThanOrEqual(WORD_SEARCH_LIMIT);
    expect(text.startsWith(first.text)).toBe(true);
    expect(text.endsWith(last.text)).toBe(true);
    expect(searchHits(text, last.text)[last.hit] + last.text.length).toBe(text.length);
  });

  it.each([
    ["a tab", "geen\tbudgettaire gevolgen"],
    ["Word's comment mark", "geen budgettaire\u0005 gevolgen"],
    ["a caret, Word's search escape", "geen ^p budgettaire gevolgen"],
    ["a non-breaking space", "geen\u00a0budgettaire gevolgen"],
    ["a quote, which Word's find matches with the curly ones", "geen ‘budgettaire’ gevolgen"],
  ])("keeps %s out of the search texts", (_case, text) => {
    const pieces = (planSearch(text, 0, text.length)?.pieces ?? []) as SearchPiece[];
    expect(pieces).toHaveLength(2);
    expect(pieces.every((piece) => /^[a-z ]+$/.test(piece.text))).toBe(true);
    expect(text.startsWith(pieces[0].text) && text.endsWith(pieces[1].text)).toBe(true);
  });

  it("gives up on a match that starts with a character a search cannot be given", () => {
    expect(planSearch("x\u0005geen", 1, 6)).toBeNull();
  });

  it("uses shorter pieces when an overlapping earlier hit hides the match from a search", () => {
    // "aa" at 1 overlaps the hit at 0, so no search lists it; "a" at 1 and "a" at 2 are hits 1 and 2.
    expect(planSearch("aaa", 1, 3)).toEqual({ pieces: [{ text: "a", hit: 1, hits: 3 }, { text: "a", hit: 2, hits: 3 }] });
  });

  it("reaches a match around a character a search cannot be given by the pieces on either side", () => {
    expect(planSearch("ab\u0005ab", 0, 5)).toEqual({ pieces: [{ text: "ab", hit: 0, hits: 2 }, { text: "ab", hit: 1, hits: 2 }] });
  });

  it("refuses a range outside the text", () => {
    expect(() => planSearch("abc", 2, 5)).toThrow(RangeError);
    expect(() => planSearch("abc", 1, 1)).toThrow(RangeError);
  });
});

describe("searchHits", () => {
  it("lists hits left to right without overlap, as a search resumes after each hit", () => {
    expect(searchHits("aaaa", "aa")).toEqual([0, 2]);
    expect(searchHits("abc", "")).toEqual([]);
  });
});
