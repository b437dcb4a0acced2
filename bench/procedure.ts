// Benchmark: the co-signatory and procedure checks and `nota status` (issue 10) on the generated
// 500-page nota's snapshot (10,000 paragraphs). Figures only, never a test.
import { performance } from "perf_hooks";
import { sectionCatalogue } from "../src/config/sections";
import { ministries, signatoryCatalogue } from "../src/config/signatories";
import { readDocx } from "../src/docx/readDocx";
import { procedureStatus } from "../src/domain/procedure";
import { procedureFindings } from "../src/domain/procedureChecks";
import { detectSections } from "../src/domain/sections";
import { generateNota } from "./generate-nota";

export interface ProcedureFigures {
  paragraphs: number;
  /** Median time of snapshot → procedure findings (sections given): wall clock and CPU (steadier on a shared machine). */
  checksMs: number;
  checksCpuMs: number;
  /** Median time of snapshot → inferred status: wall clock and CPU. */
  statusMs: number;
  statusCpuMs: number;
}

const TIMED_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(run: () => unknown): { ms: number; cpuMs: number } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpuTimes) };
}

export function benchProcedure(): ProcedureFigures {
  const snapshot = readDocx(generateNota().bytes);
  const sections = detectSections(snapshot, sectionCatalogue);
  const catalogues = { signatories: signatoryCatalogue, ministries };
  const checks = timed(() => procedureFindings(snapshot, catalogues, sections));
  const status = timed(() => procedureStatus(snapshot, signatoryCatalogue, ministries));
  return { paragraphs: snapshot.paragraphs.length, checksMs: checks.ms, checksCpuMs: checks.cpuMs, statusMs: status.ms, statusCpuMs: status.cpuMs };
}
