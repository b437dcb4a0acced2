// Benchmark (issue 9): a 50-item checklist on the generated 500-page nota. Engine time (snapshot →
// findings, sections included; target < 50 ms) and `nota check` end to end next to `nota inspect` on
// the same file (target: check < 1.3× inspect). Figures only; nothing here is a test.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { loadChecklist } from "../src/config/checklist";
import { DEFAULT_CHECKLIST_DATA } from "../src/config/defaultChecklist";
import { sectionCatalogue } from "../src/config/sections";
import { documentChecks, runChecks } from "../src/domain/checks";
import { readDocx } from "../src/docx/readDocx";
import { generateNota } from "./generate-nota";

export interface ChecklistFigures {
  items: number;
  phrases: number;
  /** Locations the findings point at (matched text, headings). */
  locations: number;
  paragraphs: number;
  /** Median time of snapshot → findings (sections, matching, dispositions): wall clock and CPU (the CPU time is steadier on a shared machine). */
  engineMs: number;
  engineCpuMs: number;
  /** Median wall time of the command, process start included. */
  checkMs: number;
  inspectMs: number;
}

const ENGINE_RUNS = 7;
const COMMAND_RUNS = 7;

// Phrases as a review round writes them: two or three words. The generated text draws its words at
// random from a vocabulary of about 100, so a pair of its words occurs some 30 times in 500 pages
// (items pass) and words it never has make items fail.
const PRESENT = [
  "verduurzaming industrie",
  "subsidie provincies",
  "Kamer brief",
  "uitstoot CO2",
  "financiering budget",
  "toezegging Minister",
  "overleg provincies",
  "maatwerkaanpak bedrijven",
  "infrastructuur randvoorwaarden",
  "de samenwerking",
];
const ABSENT = ["Rijksbegroting", "stikstofruimte", "netcongestie", "waterstofnet", "Voorjaarsnota", "Miljoenennota", "windparken", "kernenergie"];
const SECTIONS = ["aanleiding", "toelichting", "ambtelijke-afstemming", "demissionair", "kernpunten", null];

/** The default checklist's six items and 44 more: mentions (anyOf, allOf, word endings, sections), avoids, section, manual. */
export function fiftyItems(): unknown {
  const data = structuredClone(DEFAULT_CHECKLIST_DATA) as { items: unknown[] };
  for (let i = data.items.length; i < 50; i++) {
    const section = SECTIONS[i % SECTIONS.length];
    const where = section === null ? {} : { section };
    const present = PRESENT[i % PRESENT.length];
    const absent = ABSENT[i % ABSENT.length];
    const kind = i % 5;
    const rule =
      kind === 0
        ? { type: "mentions", anyOf: [`${present}*`, absent, `${absent} ${present}`], ...where }
        : kind === 1
          ? { type: "mentions", allOf: [present, PRESENT[(i + 3) % PRESENT.length]], anyOf: [absent, "budget overleg"], ...where }
          : kind === 2
            ? { type: "avoids", anyOf: [absent, `extra ${absent}`, `${present} ${absent}`], ...where }
            : kind === 3
              ? { type: "section", section: section ?? "toelichting" }
              : { type: "manual" };
    data.items.push({ id: `BENCH-${i}`, source: i % 2 === 0 ? "ACKE" : "FIN", severity: i % 3 === 0 ? "error" : "warning", comment: `Punt ${i}`, rule });
  }
  return data;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one `nota` run, process start included. */
function timeCommand(args: string[]): number {
  const bin = join(__dirname, "..", "..", "..", "bin", "nota.js");
  const start = performance.now();
  try {
    execFileSync(process.execPath, [bin, ...args], { stdio: "ignore" });
  } catch (error) {
    // `nota check` exits 1 when an error item fails: that is a result, not a failure of the run.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - start;
}

export function benchChecklist(): ChecklistFigures {
  const data = fiftyItems();
  const load = loadChecklist(data);
  if (!load.ok) throw new Error(`bench checklist invalid: ${JSON.stringify(load.problems)}`);
  const nota = generateNota();
  const snapshot = readDocx(nota.bytes);
  const checks = documentChecks(load.checklist);
  const locations = runChecks(snapshot, checks, sectionCatalogue).reduce((sum, finding) => sum + finding.locations.length, 0);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < ENGINE_RUNS; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    runChecks(snapshot, checks, sectionCatalogue);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }

  const dir = mkdtempSync(join(tmpdir(), "nota-bench-check-"));
  try {
    const file = join(dir, "nota-500-pages.docx");
    const checklist = join(dir, "checklist.json");
    writeFileSync(file, nota.bytes);
    writeFileSync(checklist, JSON.stringify(data));
    // Same file for both; warm the file cache first.
    readFileSync(file);
    // Interleaved, so a busy machine slows both alike.
    const inspectTimes: number[] = [];
    const checkTimes: number[] = [];
    for (let run = 0; run < COMMAND_RUNS; run++) {
      inspectTimes.push(timeCommand(["inspect", file]));
      checkTimes.push(timeCommand(["check", file, "--checklist", checklist]));
    }
    const inspectMs = Math.round(median(inspectTimes));
    const checkMs = Math.round(median(checkTimes));
    return {
      items: load.checklist.checklist.items.length,
      phrases: load.checklist.phrases.phrases.length,
      locations,
      paragraphs: snapshot.paragraphs.length,
      engineMs: Math.round(median(times) * 10) / 10,
      engineCpuMs: Math.round(median(cpuTimes) * 10) / 10,
      checkMs,
      inspectMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
