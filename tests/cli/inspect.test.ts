import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { InspectReport } from "../../src/cli/inspect";
import { VOORBEELD_NOTA_SECTIONS } from "../fixtures/voorbeeldNotaSections";
import { buildDocx, p, r, xmlPart } from "../docx/ooxml";
import { fakeIo } from "./fakeIo";
import { parameterChange } from "../../src/domain/stateModel";
import { writeDocx } from "../../src/docx/writeDocx";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

describe("nota inspect", () => {
  it("finds the sections of the users' example memo, nested as in the memo", async () => {
    const { io, out } = fakeIo();
    expect(await run(["inspect", fixture("voorbeeld-nota.docx"), "--json"], io)).toBe(0);
    const report = JSON.parse(out()) as InspectReport;
    const byId = new Map(report.sections.map((section) => [section.id, section]));
    expect(report.sections.map((section) => section.id)).toEqual(VOORBEELD_NOTA_SECTIONS);
    expect(byId.get("demissionair")?.parent).toBe("toelichting");
    expect(byId.get("ambtelijke-afstemming")?.parent).toBe("toelichting");
    expect(byId.get("aanleiding")?.parent).toBeNull();
    expect(report.paragraphs).toBeGreaterThan(40);
    expect(report.comments).toEqual([]);
    expect(report.state).toEqual({ status: "absent" });
  });

  it("finds the same sections when the headings are bold lines instead of heading styles", async () => {
    const styled = fakeIo();
    const plain = fakeIo();
    await run(["inspect", fixture("voorbeeld-nota.docx"), "--json"], styled.io);
    await run(["inspect", fixture("voorbeeld-nota-zonder-koppen.docx"), "--json"], plain.io);
    const ids = (text: string) => (JSON.parse(text) as InspectReport).sections.map((s) => `${s.id}<${s.parent ?? ""}`);
    expect(ids(plain.out())).toEqual(ids(styled.out()));
  });

  it("prints a readable outline and an array for several files", async () => {
    const text = fakeIo();
    expect(await run(["inspect", fixture("voorbeeld-nota.docx")], text.io)).toBe(0);
    expect(text.out()).toMatch(/voorbeeld-nota\.docx: \d+ paragraphs/);
    expect(text.out()).toMatch(/\n {4}Ontwikkelingen demissionaire status kabinet \[demissionair\]/);
    const json = fakeIo();
    await run(["inspect", fixture("voorbeeld-nota.docx"), fixture("voorbeeld-nota-zonder-koppen.docx"), "--json"], json.io);
    expect(JSON.parse(json.out())).toHaveLength(2);
  });

  it.each([
    ["not a zip", "nota.docx", "Dit is geen Word-bestand", /^nota: nota\.docx: .*zip/i],
    ["missing file", "weg.docx", undefined, /^nota: weg\.docx: cannot read the file \(ENOENT\)/],
  ])("refuses %s with exit 2 and one line naming the file", async (_case, name, content, message) => {
    const files: Record<string, string> = content === undefined ? {} : { [name]: content };
    const { io, err, out } = fakeIo(files);
    expect(await run(["inspect", name], io)).toBe(2);
    expect(err()).toMatch(message);
    expect(err().trim().split("\n")).toHaveLength(1);
    expect(out()).toBe("");
  });

  it("counts paragraphs in the singular for one and in the plural otherwise", async () => {
    for (const [body, expected] of [[p(r("x")), "1 paragraph"], [p(r("x")) + p(r("y")), "2 paragraphs"]] as const) {
      const { io, out } = fakeIo({ "nota.docx": buildDocx({ body }) });
      expect(await run(["inspect", "nota.docx"], io)).toBe(0);
      expect(out().split("\n")[0]).toBe(`nota.docx: ${expected}`);
    }
  });

  it("keeps a file name on its line, in a refusal and in the outline, whatever it holds", async () => {
    const name = "nota\nnota: ok.docx\u001b[2J";
    const { io, err } = fakeIo({ [name]: "geen zip" });
    expect(await run(["inspect", name], io)).toBe(2);
    expect(err().trim().split("\n")).toEqual(["nota: nota\\nnota: ok.docx\\u001b[2J: not a .docx file (it is not a zip archive)"]);
    const readable = fakeIo({ [name]: buildDocx({ body: p(r("x")) }) });
    expect(await run(["inspect", name], readable.io)).toBe(0);
    expect(readable.out().split("\n")[0]).toBe("nota\\nnota: ok.docx\\u001b[2J: 1 paragraph");
    const command = fakeIo();
    expect(await run(["inspekt\r\nnota: ok"], command.io)).toBe(2);
    expect(command.err().trim().split("\n")).toEqual(["nota: unknown command 'inspekt\\r\\nnota: ok' (see 'nota --help')"]);
  });

  it("shows what was not read, as text and in JSON", async () => {
    const textBox = `<w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent>${p(r("In het vak"))}${p(r("Nog een"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const docx = buildDocx({
      body: p(r("Tekst") + textBox),
      related: [
        { type: "footer", part: "word/footer1.xml", data: xmlPart("w:ftr", p(r("Vertrouwelijk"))) },
        { type: "oleObject", part: "word/embeddings/oleObject1.bin", data: new Uint8Array(4) },
      ],
    });
    const text = fakeIo({ "vak.docx": docx });
    expect(await run(["inspect", "vak.docx"], text.io)).toBe(0);
    expect(text.out()).toMatch(/\nNot read \(not checked\):\n {2}text boxes: 1, 2 paragraphs with text\n {2}footers: 1, 1 paragraph with text\n {2}embedded objects: 1\n$/);
    const json = fakeIo({ "vak.docx": docx });
    await run(["inspect", "vak.docx", "--json"], json.io);
    expect((JSON.parse(json.out()) as InspectReport).warnings).toEqual([
      { kind: "textBoxes", count: 1, paragraphs: 2 },
      { kind: "footers", count: 1, paragraphs: 1 },
      { kind: "embeddedObjects", count: 1, paragraphs: null },
    ]);
    const plain = fakeIo({ "gewoon.docx": buildDocx({ body: p(r("Tekst")) }) });
    await run(["inspect", "gewoon.docx"], plain.io);
    expect(plain.out()).not.toMatch(/Not read/);
  });

  it("rejects bad arguments with exit 2", async () => {
    const none = fakeIo();
    expect(await run(["inspect"], none.io)).toBe(2);
    expect(none.err()).toMatch(/at least one \.docx file/);
    const unknown = fakeIo();
    expect(await run(["inspect", "--jsn", "x.docx"], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/^nota: .*--jsn/);
    const command = fakeIo();
    expect(await run(["inspekt"], command.io)).toBe(2);
    expect(command.err()).toMatch(/unknown command 'inspekt'/);
  });

  it("prints usage for --help", async () => {
    const top = fakeIo();
    expect(await run(["--help"], top.io)).toBe(0);
    expect(top.out()).toMatch(/Usage: nota <command>/);
    const sub = fakeIo();
    expect(await run(["inspect", "--help"], sub.io)).toBe(0);
    expect(sub.out()).toMatch(/Usage: nota inspect/);
  });
});

describe("nota inspect with an unreadable file among several", () => {
  it("reports the readable ones, names the bad one on stderr and exits 2", async () => {
    const { io, out, err } = fakeIo({ "kapot.docx": "geen zip" });
    expect(await run(["inspect", fixture("voorbeeld-nota.docx"), "kapot.docx", "--json"], io)).toBe(2);
    expect(JSON.parse(out())).toHaveLength(1);
    expect(err()).toMatch(/^nota: kapot\.docx: /);
  });

  it("prints usage on stderr and exits 2 without a command", async () => {
    const { io, out, err } = fakeIo();
    expect(await run([], io)).toBe(2);
    expect(err()).toMatch(/Usage: nota <command>/);
    expect(out()).toBe("");
  });

  it("lists the stored state and marks data the document no longer shows", async () => {
    const state = parameterChange({ onderraad: { value: "REZ", text: "REZ" } }, "2025-06-02T09:00:00.000Z");
    state.dispositions["FIN-1"] = { state: "niet-van-toepassing", by: "Anna", at: "2025-06-03T10:00:00Z", note: "geen kosten", updatedAt: "2025-06-03T10:00:00Z" };
    state.procedure.milestones.verzending = { from: "2025-06-23", to: "2025-06-27", updatedAt: "2025-06-03T10:00:00Z" };
    const docx = writeDocx(
      [{ blockId: "x", tag: "nota:x", title: "X", headingLevel: 1, paragraphs: [{ kind: "body", listLevel: 0, segments: [{ kind: "param", name: "onderraad", text: "RFL" }] }] }],
      { state },
    );
    const { io, out } = fakeIo({ "nota.docx": docx });
    expect(await run(["inspect", "nota.docx"], io)).toBe(0);
    expect(out()).toContain(
      [
        "Stored state: ok version 2",
        "  Parameters:",
        "    onderraad = REZ — stale: the document shows other text",
        "  Dispositions:",
        "    FIN-1: niet-van-toepassing by Anna at 2025-06-03T10:00:00Z — geen kosten",
        "  Procedure:",
        "    verzending: week of 2025-06-23 to 2025-06-27",
      ].join("\n"),
    );
  });
});
