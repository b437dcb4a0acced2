// Benchmark: the task pane's initial JavaScript as deployed — the scripts dist/taskpane.html loads,
// raw and gzipped. Needs a production build (npm run build).
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface BundleFigures {
  files: string[];
  rawKb: number;
  gzipKb: number;
}

export function benchBundleSize(dist = join(__dirname, "..", "..", "..", "dist")): BundleFigures | null {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return null;
  const html = readFileSync(page, "utf8");
  // Only our own bundles: office.js comes from Office's CDN and is not ours to budget.
  // The minified page may leave attribute values unquoted.
  const files = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawKb: raw / 1000, gzipKb: gzip / 1000 };
}
