import { run } from "../../src/cli/main";
import type { InspectReport } from "../../src/cli/inspect";
import { blockCatalogue } from "../../src/config/blocks";
import { readDocx } from "../../src/docx/readDocx";
import { fakeIo } from "./fakeIo";

const params = {
  datumDemissionair: "2025-06-03",
  bewindspersoon: "Staatssecretaris van Infrastructuur en Waterstaat",
  onderraad: "RFL",
  datumAcke: "2025-06-02",
  ondertekenaarOnduidelijk: true,
};

async function inspect(io: ReturnType<typeof fakeIo>["io"], file: string): Promise<InspectReport> {
  const { out } = captureOut(io);
  expect(await run(["inspect", file, "--json"], io)).toBe(0);
  return JSON.parse(out()) as InspectReport;
}

function captureOut(io: ReturnType<typeof fakeIo>["io"]) {
  const lines: string[] = [];
  io.out = (text) => void lines.push(text);
  return { out: () => lines.join("") };
}

describe("nota new", () => {
  it("writes every block, in nota order, that nota inspect finds again with its parameter values", async () => {
    const fake = fakeIo({ "params.json": JSON.stringify(params) });
    expect(await run(["new", "--out", "nota.docx", "--params", "params.json"], fake.io)).toBe(0);
    const report = await inspect(fake.io, "nota.docx");
    const blockTags = report.contentControls.filter((c) => !c.tag.startsWith("nota:param:")).map((c) => c.tag);
    const expected = [...blockCatalogue].sort((a, b) => a.order - b.order).map((def) => `nota:${def.id}`);
    expect(blockTags).toEqual(expected);
    expect(report.sections.map((s) => s.id)).toEqual(expected.map((tag) => tag.slice(5)));
    const value = (name: string) => report.contentControls.find((c) => c.tag === `nota:param:${name}`)?.value;
    expect(value("datumDemissionair")).toBe("3 juni 2025");
    expect(value("datumAcke")).toBe("maandag 2 juni");
    expect(value("bewindspersoon")).toBe("Staatssecretaris van Infrastructuur en Waterstaat");
    expect(report.contentControls.find((c) => c.tag === "nota:param:datumDemissionair")?.parent).toBe("nota:demissionair");
  });

  it("writes the parafenroute's table inside its control: one row per role, empty paraaf and datum (issue 10)", async () => {
    const fake = fakeIo();
    expect(await run(["new", "--out", "nota.docx", "--blocks", "parafenroute,akkoord"], fake.io)).toBe(0);
    const bytes = fake.written.get("nota.docx");
    if (!bytes) throw new Error("nota.docx not written");
    const doc = readDocx(bytes);
    const control = doc.contentControls.find((c) => c.tag === "nota:parafenroute");
    expect(control).toMatchObject({ kind: "block", parentTag: null });
    const cells = doc.paragraphs.filter((para) => para.inTable);
    expect(cells.map((para) => para.text)).toEqual([
      "Rol", "Paraaf", "Datum",
      "Opsteller", "", "",
      "Afdelingshoofd / MT", "", "",
      "Directeur", "", "",
      "Directeur-generaal", "", "",
    ]);
    for (const cell of cells) {
      expect(cell.contentControlTags).toEqual(["nota:parafenroute"]);
      expect(cell.index).toBeGreaterThanOrEqual(control?.start ?? Infinity);
      expect(cell.index).toBeLessThanOrEqual(control?.end ?? -1);
    }
    expect(doc.paragraphs.find((para) => para.text === "Parafenroute")).toMatchObject({ headingLevel: 1, inTable: false });
    const report = await inspect(fake.io, "nota.docx");
    expect(report.sections.map((s) => s.id)).toEqual(["parafenroute", "akkoord"]);
  });

  it("writes only the chosen blocks, still in nota order, and notes empty required parameters", async () => {
    const fake = fakeIo();
    expect(await run(["new", "--out", "kort.docx", "--blocks", "demissionair,aanleiding"], fake.io)).toBe(0);
    const report = await inspect(fake.io, "kort.docx");
    expect(report.contentControls.filter((c) => !c.tag.startsWith("nota:param:")).map((c) => c.tag)).toEqual([
      "nota:aanleiding",
      "nota:demissionair",
    ]);
    expect(fake.err()).toMatch(/no value for 'datumDemissionair'/);
    expect(report.contentControls.find((c) => c.tag === "nota:param:datumDemissionair")?.value).toBe("[Datum demissionair]");
  });

  it("keeps an existing file unless --force", async () => {
    const fake = fakeIo({ "bestaand.docx": "oud" });
    expect(await run(["new", "--out", "bestaand.docx"], fake.io)).toBe(2);
    expect(fake.err()).toMatch(/bestaand\.docx: the file exists; use --force/);
    expect(fake.written.size).toBe(0);
    expect(await run(["new", "--out", "bestaand.docx", "--force"], fake.io)).toBe(0);
    expect(fake.written.has("bestaand.docx")).toBe(true);
  });

  it.each([
    [{ datumDemissionair: "2025-02-30" }, /parameter 'datumDemissionair': '2025-02-30' is not an existing date/],
    [{ datumMR: "2025-06-20" }, /unknown parameter 'datumMR'/],
    [{ ondertekenaarOnduidelijk: "misschien" }, /parameter 'ondertekenaarOnduidelijk': 'misschien' must be true or false/],
    [{ onderraad: 3 }, /parameter 'onderraad' must be a string/],
    [{ onderraad: true }, /parameter 'onderraad' must be a string$/m],
    [["RFL"], /expected a JSON object/],
  ])("refuses bad params %j with exit 2, naming the parameter", async (bad, message) => {
    const fake = fakeIo({ "params.json": JSON.stringify(bad) });
    expect(await run(["new", "--out", "x.docx", "--params", "params.json"], fake.io)).toBe(2);
    expect(fake.err()).toMatch(message);
    expect(fake.err()).toMatch(/^nota: params\.json: /);
    expect(fake.written.size).toBe(0);
  });

  it("refuses broken JSON, an unknown block and a missing --out", async () => {
    const broken = fakeIo({ "params.json": "{ datum: 3" });
    expect(await run(["new", "--out", "x.docx", "--params", "params.json"], broken.io)).toBe(2);
    expect(broken.err()).toMatch(/params\.json: not valid JSON/);
    const block = fakeIo();
    expect(await run(["new", "--out", "x.docx", "--blocks", "aanleiding,slot"], block.io)).toBe(2);
    expect(block.err()).toMatch(/unknown block 'slot'/);
    const out = fakeIo();
    expect(await run(["new"], out.io)).toBe(2);
    expect(out.err()).toMatch(/needs --out/);
  });

  it("stores the parameter values it used as data, which nota inspect shows", async () => {
    const fake = fakeIo({ "params.json": JSON.stringify(params) });
    expect(await run(["new", "--out", "nota.docx", "--params", "params.json"], fake.io)).toBe(0);
    const report = await inspect(fake.io, "nota.docx");
    expect(report.state).toMatchObject({ status: "ok", version: 2, parameters: { datumAcke: "2025-06-02", onderraad: "RFL" } });
    const parameters = report.state.model?.parameters ?? {};
    expect(parameters.datumAcke).toMatchObject({ value: "2025-06-02", text: "maandag 2 juni" });
    expect(parameters.onderraad).toMatchObject({ value: "RFL", text: "RFL" });
    // An empty parameter shows "[Label]" in the nota and is not data.
    expect(Object.values(parameters).every((entry) => "value" in entry && entry.value !== "")).toBe(true);

    const text = fakeIo();
    text.io.readFile = fake.io.readFile;
    text.io.exists = fake.io.exists;
    expect(await run(["inspect", "nota.docx"], text.io)).toBe(0);
    expect(text.out()).toContain("Stored state: ok version 2\n  Parameters:\n");
    expect(text.out()).toContain('    datumAcke = 2025-06-02 (shown as "maandag 2 juni")\n');
    expect(text.out()).toContain("    onderraad = RFL\n");
  });
});
