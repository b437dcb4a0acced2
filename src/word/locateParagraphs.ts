// Finds the body index of a paragraph reached through another object (a comment's anchor, an inline
// content control) without per-item round trips. WordApi 1.3 has no paragraph identifier
// (`uniqueLocalId` is 1.6), so: match the paragraph's text against the body's paragraphs; a unique
// match is the answer; when several paragraphs share that text, one more round trip compares the
// candidates' ranges with the probe (`Range.compareLocationWith`, WordApi 1.3) and the one that is
// "Equal" wins. Cost: one comparison per candidate with identical text, all in a single sync.

export interface ParagraphProbe {
  paragraph: Word.Paragraph;
  /** Reader of the probe paragraph's text, computed exactly like the body's paragraph texts. */
  text: () => string;
}

export interface PendingLocations {
  /** True when comparisons were queued and a sync must run before `indexes()`. */
  needsSync: boolean;
  /** Body index per probe, in order; null when no paragraph matches. */
  indexes(): (number | null)[];
}

export function locateParagraphs(body: Word.Paragraph[], bodyTexts: string[], probes: ParagraphProbe[]): PendingLocations {
  const byText = new Map<string, number[]>();
  bodyTexts.forEach((text, index) => {
    const same = byText.get(text);
    if (same) same.push(index);
    else byText.set(text, [index]);
  });

  let needsSync = false;
  const resolvers = probes.map((probe): (() => number | null) => {
    const candidates = byText.get(probe.text()) ?? [];
    if (candidates.length <= 1) return () => candidates[0] ?? null;
    needsSync = true;
    const target = probe.paragraph.getRange("Whole");
    const relations = candidates.map((index) => body[index].getRange("Whole").compareLocationWith(target));
    return () => {
      const hit = relations.findIndex((relation) => relation.value === "Equal");
      return hit >= 0 ? candidates[hit] : null;
    };
  });
  return { needsSync, indexes: () => resolvers.map((resolve) => resolve()) };
}
