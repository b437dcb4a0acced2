import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { type CheckReport, junitXml } from "../../src/cli/check";
import { run } from "../../src/cli/main";
import { blockCatalogue } from "../../src/config/blocks";
import { defaultChecklist } from "../../src/config/defaultChecklist";
import { sectionCatalogue } from "../../src/config/sections";
import { documentChecks, runChecks } from "../../src/domain/checks";
import { readDocx } from "../../src/docx/readDocx";
import { renderBlock } from "../../src/domain/blocks";
import { emptyState } from "../../src/domain/stateModel";
import { writeDocx } from "../../src/docx/writeDocx";
import { buildDocx, p, r } from "../docx/ooxml";
import { fakeIo } from "./fakeIo";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

/** True for well-formed XML; throws saxes's error otherwise. */
function wellFormed(xml: string): boolean {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return true;
}

const heading = (text: string, level = 1) => p(r(text), `<w:outlineLvl w:val="${level - 1}"/>`);

/** A small nota as hand-written OOXML: three body sections in order, with the ACKE section's `acke` paragraphs. */
function nota(acke: string, extra: { comments?: string; commentsExtended?: string } = {}): Uint8Array {
  return buildDocx({
    body:
      heading("Aanleiding") +
      p(r("Het kabinet informeert de Kamer.")) +
      heading("Geadviseerd besluit") +
      p(r("Akkoord gaan.")) +
      heading("Toelichting") +
      heading("Ontwikkelingen demissionaire status kabinet", 2) +
      p(r("Het kabinet is demissionair.")) +
      heading("Ambtelijke afstemming (ACKE)", 2) +
      acke,
    ...extra,
  });
}

/** Runs `nota check`; stderr as lines joined by "\n", as a terminal shows them. */
async function check(args: string[], files: Record<string, Uint8Array | string> = {}) {
  const io = fakeIo(files);
  const errors: string[] = [];
  io.io.err = (line) => void errors.push(line);
  const code = await run(["check", ...args], io.io);
  return { code, out: io.out(), err: errors.join("\n"), written: io.written };
}

async function checkJson(file: Uint8Array, args: string[] = []): Promise<CheckReport> {
  const result = await check(["nota.docx", "--json", ...args], { "nota.docx": file });
  expect(result.err).toBe("");
  return JSON.parse(result.out) as CheckReport;
}

const item = (report: CheckReport, id: string) => report.items.find((candidate) => candidate.id === id)!;

describe("nota check on .docx files", () => {
  it("reports the example memo: text grouped by source with ✓ ✗ ? and paragraph numbers, exit 0", async () => {
    const { code, out, err } = await check([fixture("voorbeeld-nota.docx")]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    // 5 checklist items and 7 co-signatory and procedure rules (issue 10) pass.
    expect(lines[0]).toBe("voorbeeld-nota.docx — Standaard ACKE/FIN-controle: 12 ✓, 0 ✗, 1 ?");
    expect(lines[1]).toBe("  FIN");
    expect(lines[2]).toMatch(/^ {4}✓ FIN-1 \[error\] Maak expliciet dat uit de brief geen budgettaire consequenties voortvloeien\. {2}¶\d+$/);
    expect(out).toMatch(/\n {2}ACKE\n/);
    expect(out).toMatch(/\n {4}\? ACKE-3 \[warning\] /);
    expect(out).toMatch(/\n {2}Procedure\n {4}✓ procedure-datum \[error\] /);
  });

  it("prints the issue's JSON shape", async () => {
    const report = await checkJson(nota(p(r("Er zijn geen budgettaire gevolgen."))));
    expect(report.file).toBe("nota.docx");
    expect(report.checklist).toBe("Standaard ACKE/FIN-controle");
    expect(report.summary).toEqual({ pass: 3, fail: 2, review: 1 });
    expect(item(report, "FIN-1")).toEqual({
      id: "FIN-1",
      source: "FIN",
      severity: "error",
      status: "pass",
      comment: "Maak expliciet dat uit de brief geen budgettaire consequenties voortvloeien.",
      message: "Gevonden: “geen budgettaire gevolg*”.",
      disposition: null,
      evidence: [{ paragraph: 8, section: "ambtelijke-afstemming", text: "geen budgettaire gevolgen" }],
      expected: null,
    });
    expect(item(report, "ACKE-2")).toMatchObject({ status: "fail", evidence: [], expected: { section: null, paragraph: null } });
  });

  it("does not count text in a tracked deletion, and counts text inserted by a tracked change", async () => {
    const deleted = nota(
      p(r("Er zijn ") + `<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">geen budgettaire gevolgen</w:delText></w:r></w:del>` + r("kosten.")),
    );
    const fin1 = item(await checkJson(deleted), "FIN-1");
    expect(fin1).toMatchObject({ status: "fail", evidence: [], expected: { section: "ambtelijke-afstemming", paragraph: 7 } });
    const inserted = nota(p(r("Er zijn ") + `<w:ins w:id="2" w:author="A">${r("geen budgettaire gevolgen")}</w:ins>` + r(".")));
    expect(item(await checkJson(inserted), "FIN-1").status).toBe("pass");
  });

  it("finds a phrase split across runs, with direct formatting and a soft hyphen in between", async () => {
    const split = nota(p(r("Geen budget") + r("taire", "<w:b/>") + `<w:r><w:softHyphen/></w:r>` + r(" gevol") + r("gen.")));
    const fin1 = item(await checkJson(split), "FIN-1");
    expect(fin1.status).toBe("pass");
    expect(fin1.evidence).toEqual([{ paragraph: 8, section: "ambtelijke-afstemming", text: expect.stringMatching(/^Geen budgettaire.* gevolgen$/) }]);
  });

  it("finds the phrase however Word splits it into runs (property, through the .docx reader)", () => {
    const sentence = "Uit de brief vloeien geen budgettaire gevolgen voort.";
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: sentence.length - 1 }), { maxLength: 8 }), fc.boolean(), (cuts, bold) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), sentence.length];
        const runs = points.slice(1).map((end, i) => r(sentence.slice(points[i], end), bold && i % 2 === 1 ? "<w:b/>" : ""));
        const findings = runChecks(readDocx(nota(p(runs.join("")))), documentChecks(defaultChecklist), sectionCatalogue);
        const fin1 = findings.find((finding) => finding.ruleId === "FIN-1")!;
        expect(fin1.status).toBe("pass");
        expect(fin1.locations.map((location) => location.match?.text)).toEqual(["geen budgettaire gevolgen"]);
      }),
      { numRuns: 40 },
    );
  });

  it("reports a resolved FIN: comment as passed and an open one for review, with author, paragraph and section", async () => {
    const comments =
      `<w:comment w:id="0" w:author="Fien Financiën" w:date="2025-06-02T10:00:00Z"><w:p w14:paraId="00000001">${r("FIN: graag expliciet maken")}</w:p></w:comment>` +
      `<w:comment w:id="1" w:author="Ad ACKE" w:date="2025-06-03T10:00:00Z"><w:p w14:paraId="00000002">${r("FIN: en de dekking?")}</w:p></w:comment>` +
      `<w:comment w:id="2" w:author="Piet" w:date="2025-06-03T11:00:00Z"><w:p w14:paraId="00000003">${r("Mooi.")}</w:p></w:comment>`;
    const doc = nota(
      p(r("Er zijn ") + `<w:commentRangeStart w:id="0"/>` + r("geen budgettaire gevolgen") + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`) +
        p(`<w:commentRangeStart w:id="1"/><w:commentRangeStart w:id="2"/>` + r("Dekking volgt.") + `<w:commentRangeEnd w:id="1"/><w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:commentReference w:id="2"/></w:r>`),
      {
        comments,
        commentsExtended: `<w15:commentEx w15:paraId="00000001" w15:done="1"/><w15:commentEx w15:paraId="00000002" w15:done="0"/><w15:commentEx w15:paraId="00000003" w15:done="0"/>`,
      },
    );
    const report = await checkJson(doc);
    expect(report.items.filter((candidate) => candidate.id.startsWith("comment-"))).toEqual([
      {
        id: "comment-1",
        source: "FIN",
        severity: "warning",
        status: "pass",
        comment: "FIN: graag expliciet maken",
        message: "Opmerking van Fien Financiën (2025-06-02), opgelost in Word.",
        disposition: null,
        evidence: [{ paragraph: 8, section: "ambtelijke-afstemming", text: "geen budgettaire gevolgen" }],
        expected: null,
      },
      {
        id: "comment-2",
        source: "FIN",
        severity: "warning",
        status: "review",
        comment: "FIN: en de dekking?",
        message: "Open opmerking van Ad ACKE (2025-06-03).",
        disposition: null,
        evidence: [{ paragraph: 9, section: "ambtelijke-afstemming", text: "Dekking volgt." }],
        expected: null,
      },
    ]);
    const text = await check(["nota.docx"], { "nota.docx": doc });
    expect(text.out).toMatch(/\n {4}✓ comment-1 \[warning\] FIN: graag expliciet maken {2}¶8\n/);
    expect(text.out).toMatch(/\n {4}\? comment-2 \[warning\] FIN: en de dekking\? {2}¶9\n/);
  });

  it("shows the dispositions stored in the document's state part next to the measured status", async () => {
    const blocks = blockCatalogue.map((def) => renderBlock(def, {}));
    const state = emptyState();
    state.dispositions["FIN-2"] = { state: "afgehandeld", by: "Anna Reviewer", at: "2025-06-03T10:00:00Z", note: "Toezegging geschrapt in versie 3", updatedAt: "2025-06-03T10:00:00Z" };
    state.dispositions["ACKE-3"] = { state: "niet-van-toepassing", by: "Bert", at: "2025-06-04T08:30:00Z", note: "", updatedAt: "2025-06-04T08:30:00Z" };
    const without = await checkJson(writeDocx(blocks));
    const withState = await checkJson(writeDocx(blocks, { state }));
    expect(withState.items.map((entry) => [entry.id, entry.status])).toEqual(without.items.map((entry) => [entry.id, entry.status]));
    expect(item(withState, "FIN-2").disposition).toEqual({ state: "afgehandeld", by: "Anna Reviewer", at: "2025-06-03T10:00:00Z", note: "Toezegging geschrapt in versie 3" });
    expect(item(withState, "ACKE-3")).toMatchObject({ status: "review", disposition: { state: "niet-van-toepassing", by: "Bert" } });
    expect(item(withState, "FIN-1").disposition).toBeNull();
    const text = await check(["nota.docx"], { "nota.docx": writeDocx(blocks, { state }) });
    expect(text.out).toContain("        niet van toepassing door Bert op 2025-06-04T08:30:00Z\n");
  });
});

describe("nota check exit codes and problems", () => {
  const failing = nota(p(r("Er komen extra middelen.")));

  it("exits 1 when an error item fails, and 0 when a reviewer has disposed of it (still shown as failing)", async () => {
    const result = await check(["nota.docx"], { "nota.docx": failing });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/\n {4}✗ FIN-2 \[error\] Geen toezeggingen over extra middelen\. {2}¶8\n {8}Te vermijden formulering gevonden: “extra middelen”\.\n/);
    const onlyWarnings = JSON.stringify({
      version: 1,
      name: "Alleen waarschuwingen",
      items: [{ id: "W-1", source: "ACKE", severity: "warning", comment: "x", rule: { type: "avoids", anyOf: ["extra middelen"] } }],
    });
    expect((await check(["nota.docx", "--checklist", "w.json"], { "nota.docx": failing, "w.json": onlyWarnings })).code).toBe(0);
  });

  it("names the heading of the section where a missing phrase was expected, and keeps long paragraph lists to one line", async () => {
    const result = await check(["nota.docx"], { "nota.docx": failing });
    expect(result.out).toContain(
      "    ✗ FIN-1 [error] Maak expliciet dat uit de brief geen budgettaire consequenties voortvloeien.\n" +
        "        Niet gevonden in ‘Ambtelijke afstemming (ACKE)’: “geen budgettaire consequenties” of “geen budgettaire gevolg*”. (kop ¶7)\n",
    );
    const many = nota(Array.from({ length: 15 }, () => p(r("Er komen extra middelen."))).join(""));
    const text = await check(["nota.docx"], { "nota.docx": many });
    expect(text.out).toContain("✗ FIN-2 [error] Geen toezeggingen over extra middelen.  ¶8 ¶9 ¶10 ¶11 ¶12 ¶13 ¶14 ¶15 ¶16 ¶17 ¶18 ¶19 … (+3)\n");
  });

  it("exits 2 for an unusable file with one line on stderr, and still reports the readable ones", async () => {
    const result = await check(["nota.docx", "kapot.docx", "weg.docx", "--json"], { "nota.docx": failing, "kapot.docx": "geen zip" });
    expect(result.code).toBe(2);
    const lines = result.err.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^nota: kapot\.docx: /);
    expect(lines[1]).toBe("nota: weg.docx: cannot read the file (ENOENT)");
    const reports = JSON.parse(result.out) as CheckReport[];
    expect(reports.map((report) => report.file)).toEqual(["nota.docx"]);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for an invalid checklist with one Dutch line per problem, checking nothing", async () => {
    const bad = JSON.stringify({
      version: 1,
      name: "Kapot",
      items: [
        { id: "A", source: "FIN", severity: "error", comment: "x", rule: { type: "regex", pattern: "(a+)+$" } },
        { id: "A", source: "FIN", severity: "error", comment: "x", rule: { type: "mentions", anyOf: [" "] } },
      ],
    });
    const result = await check(["nota.docx", "--checklist", "c.json"], { "nota.docx": failing, "c.json": bad });
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err.trim().split("\n")).toEqual([
      "nota: c.json: item A, veld rule.type: onbekend regeltype \"regex\"; kies uit mentions, avoids, section, manual",
      "nota: c.json: item A, veld rule.anyOf[0]: de formulering \" \" is leeg (alleen spaties, tekens of '*')",
      "nota: c.json: item A, veld id: het id \"A\" komt al eerder voor",
    ]);
  });

  it("rejects a call without files as a usage error", async () => {
    const result = await check([]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/check needs at least one \.docx file or directory/);
  });
});

describe("nota check on a directory", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nota-check-"));
    const good = nota(p(r("Er zijn geen budgettaire gevolgen.")));
    writeFileSync(join(dir, "b.docx"), good);
    writeFileSync(join(dir, "a.DOCX"), good);
    writeFileSync(join(dir, "~$b.docx"), "lock file");
    writeFileSync(join(dir, "notities.txt"), "geen docx");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "c.docx"), good);
    mkdirSync(join(dir, ".verborgen"));
    writeFileSync(join(dir, ".verborgen", "d.docx"), "niet lezen");
    mkdirSync(join(dir, "leeg"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("checks every .docx in it and its sub-directories, skipping hidden folders and Word's lock files", async () => {
    const result = await check([dir, "--json"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as CheckReport[]).map((report) => report.file)).toEqual([join(dir, "a.DOCX"), join(dir, "b.docx"), join(dir, "sub", "c.docx")]);
  });

  it("says so when a directory has no .docx files", async () => {
    const result = await check([join(dir, "leeg")]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`nota: ${join(dir, "leeg")}: no .docx files in the directory`);
  });
});

describe("nota check --junit", () => {
  it("writes a testsuite per file and a testcase per item: <failure> for a fail, <skipped> for review, all text escaped", async () => {
    const comments = `<w:comment w:id="0" w:author="A &amp; B &lt;fin&gt;"><w:p>${r("FIN: &quot;extra&quot; &amp; &lt;x/&gt;")}</w:p></w:comment>`;
    const doc = nota(p(r("Er komen extra middelen ") + `<w:commentRangeStart w:id="0"/>` + r("erbij") + `<w:commentRangeEnd w:id="0"/>`), { comments });
    const result = await check(["a&b.docx", "--junit", "out.xml"], { "a&b.docx": doc });
    expect(result.err).toBe("");
    expect(result.code).toBe(1);
    const xml = new TextDecoder().decode(result.written.get("out.xml"));
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"/);
    expect(xml).toContain('<testsuite name="a&amp;b.docx" tests="7" failures="4" errors="0" skipped="2">');
    expect(xml).toMatch(/<testcase classname="a&amp;b\.docx\.FIN" name="FIN-2: Geen toezeggingen over extra middelen\."><failure message="Te vermijden formulering gevonden: “extra middelen”\." type="error">/);
    expect(xml).toMatch(/<testcase classname="a&amp;b\.docx\.ACKE" name="ACKE-3: [^"]+"><skipped message="Een reviewer beoordeelt dit punt\."\/><\/testcase>/);
    expect(xml).toContain('name="comment-1: FIN: &quot;extra&quot; &amp; &lt;x/&gt;"');
    expect(xml).toMatch(/<testcase classname="a&amp;b\.docx\.FIN" name="FIN-1: [^"]+"><failure /);
  });

  it("drops characters XML cannot hold (Word's comment mark in text read from Word)", () => {
    const report: CheckReport = {
      file: "x.docx",
      checklist: "c",
      summary: { pass: 0, fail: 1, review: 0 },
      items: [
        {
          id: "X-1",
          source: "FIN",
          severity: "error",
          status: "fail",
          comment: "<b>\u0005\"]]>",
          message: "m\u0001",
          disposition: null,
          evidence: [{ paragraph: 3, section: null, text: "extra\u0005 middelen & co" }],
          expected: null,
        },
      ],
    };
    const xml = junitXml([report]);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<testcase classname="x.docx.FIN" name="X-1: &lt;b&gt;&quot;]]&gt;"><failure message="m" type="error">m&#10;¶3: extra middelen &amp; co</failure></testcase>');
  });
});

describe("nota checklist validate", () => {
  it("accepts a valid file", async () => {
    const io = fakeIo({
      "ok.json": JSON.stringify({ version: 1, name: "Mijn lijst", items: [{ id: "M-1", source: "ACKE", severity: "info", comment: "x", rule: { type: "manual" } }] }),
    });
    expect(await run(["checklist", "validate", "ok.json"], io.io)).toBe(0);
    expect(io.out()).toBe("ok.json: geldig — “Mijn lijst”, 1 items");
  });

  it("refuses an example that does not behave, naming item and field, exit 2", async () => {
    const io = fakeIo({
      "c.json": JSON.stringify({
        version: 1,
        name: "x",
        items: [{ id: "FIN-1", source: "FIN", severity: "error", comment: "x", rule: { type: "mentions", anyOf: ["gevolg*"] }, examples: { fail: ["De gevolgtrekking."] } }],
      }),
    });
    expect(await run(["checklist", "validate", "c.json"], io.io)).toBe(2);
    expect(io.err()).toBe('nota: c.json: item FIN-1, veld examples.fail[0]: het voorbeeld "De gevolgtrekking." hoort niet te voldoen, maar voldoet wel aan de regel');
  });

  it.each([
    [["checklist"], /checklist needs an action: validate/],
    [["checklist", "check", "x.json"], /unknown action 'check'/],
    [["checklist", "validate"], /needs a FILE\.json/],
  ])("rejects %j as a usage error", async (args, message) => {
    const io = fakeIo();
    expect(await run(args, io.io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it("says a missing file or one that is not JSON in one line", async () => {
    const missing = fakeIo();
    expect(await run(["checklist", "validate", "weg.json"], missing.io)).toBe(2);
    expect(missing.err()).toBe("nota: weg.json: cannot read the file (ENOENT)");
    const notJson = fakeIo({ "x.json": "{ items: [] }" });
    expect(await run(["checklist", "validate", "x.json"], notJson.io)).toBe(2);
    expect(notJson.err()).toMatch(/^nota: x\.json: het bestand is geen geldige JSON \(/);
  });
});
