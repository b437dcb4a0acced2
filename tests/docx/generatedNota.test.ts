// The benchmark's generated nota read back: the reader's counts match what the generator wrote.
import { generateNota } from "../../bench/generate-nota";
import { readDocx } from "../../src/docx/readDocx";

describe("the benchmark's generated nota", () => {
  const nota = generateNota({ paragraphs: 400 });
  const doc = readDocx(nota.bytes);

  it("reads back with the paragraphs, words and comments the generator wrote", () => {
    const words = doc.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.split(/\s+/).filter(Boolean).length, 0);
    expect(doc.paragraphs).toHaveLength(nota.paragraphs);
    expect(words).toBe(nota.words);
    expect(doc.comments).toHaveLength(nota.comments);
    expect(doc.comments?.some((comment) => comment.resolved)).toBe(true);
    expect(doc.comments?.every((comment) => comment.paragraph !== null && comment.quotedText !== "")).toBe(true);
  });

  it("has the realistic mix: headings, bullets, a table, block and inline controls", () => {
    expect(doc.paragraphs.filter((paragraph) => paragraph.headingLevel !== null).length).toBeGreaterThan(5);
    expect(doc.paragraphs.some((paragraph) => paragraph.listLevel === 1)).toBe(true);
    expect(doc.paragraphs.some((paragraph) => paragraph.inTable)).toBe(true);
    expect(doc.contentControls.some((control) => control.kind === "block" && control.tag.startsWith("nota:onderdeel-"))).toBe(true);
    expect(doc.contentControls.some((control) => control.kind === "inline" && control.text === " 17 juni")).toBe(true);
  });
});
