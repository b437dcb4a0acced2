// Benchmark: normalising every paragraph of the generated 500-page nota for phrase matching, with
// the map back to the original offsets (src/domain/text.ts). The checklist engine of issue 9 does
// this once per check; its whole budget is 50 ms.
import { performance } from "perf_hooks";
import { readDocx } from "../src/docx/readDocx";
import { normaliseForMatching } from "../src/domain/text";
import { generateNota } from "./generate-nota";

export interface NormaliseFigures {
  paragraphs: number;
  characters: number;
  /** Median time to normalise all paragraphs. */
  ms: number;
}

const TIMED_RUNS = 5;

export function benchNormalise(): NormaliseFigures {
  const texts = readDocx(generateNota().bytes).paragraphs.map((paragraph) => paragraph.text);
  const runAll = () => {
    for (const text of texts) normaliseForMatching(text);
  };
  // One untimed run first so the timed ones measure optimised code.
  runAll();
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const start = performance.now();
    runAll();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    paragraphs: texts.length,
    characters: texts.reduce((sum, text) => sum + text.length, 0),
    ms: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
  };
}
