// Benchmark: a generated 500-page nota (.docx) → snapshot → sections. Target: well under 1 s and
// under 200 MB on a 2-core machine. The reading runs in a child process of its own, so the peak
// memory it reports (the process's maximum resident set size) covers reading only — not
// generating the document, not other benchmarks run before it.
import { fork } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { sectionCatalogue } from "../src/config/sections";
import { readDocx } from "../src/docx/readDocx";
import type { DocumentSnapshot } from "../src/domain/snapshot";
import { detectSections } from "../src/domain/sections";
import { generateNota } from "./generate-nota";

export interface DocxReadFigures {
  paragraphs: number;
  words: number;
  /** Size of the .docx file. */
  bytes: number;
  /** Median time of .docx bytes → snapshot. */
  readMs: number;
  /** Median time of snapshot → sections. */
  sectionsMs?: number;
  /** Peak resident memory of the process that read the document, node itself included. */
  peakRssMb: number;
}

const TIMED_RUNS = 5;
const CHILD_FILE_ENV = "NOTA_BENCH_DOCX_FILE";

export async function benchDocxRead(): Promise<DocxReadFigures> {
  const nota = generateNota();
  const dir = mkdtempSync(join(tmpdir(), "nota-bench-"));
  const file = join(dir, "nota-500-pages.docx");
  writeFileSync(file, nota.bytes);
  try {
    return await new Promise<DocxReadFigures>((resolve, reject) => {
      const child = fork(__filename, [], {
        env: { ...process.env, [CHILD_FILE_ENV]: file },
        execArgv: ["--expose-gc"],
      });
      child.once("message", (figures) => resolve(figures as DocxReadFigures));
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`the .docx benchmark process ended with code ${code}`)));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function countWords(snapshot: DocumentSnapshot): number {
  let words = 0;
  for (const paragraph of snapshot.paragraphs) {
    for (const word of paragraph.text.split(/\s+/)) if (word !== "") words++;
  }
  return words;
}

/** Runs in the child process. */
function measure(file: string): DocxReadFigures {
  const bytes = new Uint8Array(readFileSync(file));
  const gc = (globalThis as { gc?: () => void }).gc;
  const readTimes: number[] = [];
  const sectionTimes: number[] = [];
  // One untimed run first so the timed ones measure optimised code.
  let snapshot: DocumentSnapshot | null = readDocx(bytes);
  const paragraphs = snapshot.paragraphs.length;
  const words = countWords(snapshot);
  for (let run = 0; run < TIMED_RUNS; run++) {
    snapshot = null;
    gc?.();
    const start = performance.now();
    snapshot = readDocx(bytes);
    const read = performance.now();
    detectSections(snapshot, sectionCatalogue);
    sectionTimes.push(performance.now() - read);
    readTimes.push(read - start);
  }
  return {
    paragraphs,
    words,
    bytes: bytes.length,
    readMs: Math.round(median(readTimes)),
    sectionsMs: Math.round(median(sectionTimes) * 10) / 10,
    // maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const childFile = process.env[CHILD_FILE_ENV];
if (childFile !== undefined && process.send !== undefined) {
  process.send(measure(childFile), undefined, undefined, () => process.disconnect());
}
