// The installed command itself: bin/nota.js runs the CLI compiled by `npm run build:node`
// (npm ci and npm test build it first).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const bin = join(__dirname, "..", "..", "bin", "nota.js");
const nota = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

describe("the nota command", () => {
  it("prints usage", () => {
    const result = nota("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: nota <command>/);
  });

  it("exits 2 with one line and no stack trace on an unusable file", () => {
    const dir = mkdtempSync(join(tmpdir(), "nota-"));
    const file = join(dir, "kapot.docx");
    writeFileSync(file, "geen zip");
    const result = nota("inspect", file);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("round-trips nota new and nota inspect through real files", () => {
    const dir = mkdtempSync(join(tmpdir(), "nota-"));
    const out = join(dir, "nieuw.docx");
    expect(nota("new", "--out", out, "--blocks", "aanleiding,kernpunten").status).toBe(0);
    const inspected = nota("inspect", out, "--json");
    expect(inspected.status).toBe(0);
    const report = JSON.parse(inspected.stdout) as { sections: { id: string }[] };
    expect(report.sections.map((section) => section.id)).toEqual(["aanleiding", "kernpunten"]);
    expect(nota("new", "--out", out).status).toBe(2);
  });

  it("ends quietly when the reader closes the pipe early (nota inspect … | head)", () => {
    // 300 reports are far more than a pipe buffer holds, so nota is still writing when head exits.
    const files = Array.from({ length: 300 }, () => join(__dirname, "..", "fixtures", "voorbeeld-nota.docx"));
    const script = 'node "$0" inspect "$@" 2>stderr.txt | head -n 1; echo "nota exit ${PIPESTATUS[0]}" >>stderr.txt; cat stderr.txt';
    const dir = mkdtempSync(join(tmpdir(), "nota-pipe-"));
    const output = execFileSync("bash", ["-c", script, bin, ...files], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` } });
    expect(output).toBe("voorbeeld-nota.docx: 43 paragraphs\nnota exit 0\n");
  });
});
