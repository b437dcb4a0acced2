import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { StatusReport } from "../../src/cli/status";
import { writeDocx } from "../../src/docx/writeDocx";
import { emptyState } from "../../src/domain/stateModel";
import { voorbeeldVariant } from "../fixtures/voorbeeldVariant";
import { fakeIo } from "./fakeIo";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);
const AT = "2025-06-10T09:00:00Z";

describe("nota status", () => {
  it("infers the example memo's co-signatory and procedure from its text", async () => {
    const { io, out } = fakeIo();
    expect(await run(["status", fixture("voorbeeld-nota.docx"), "--json"], io)).toBe(0);
    expect(JSON.parse(out())).toEqual({
      file: fixture("voorbeeld-nota.docx"),
      source: "inferred",
      cosignatories: [
        {
          signatory: "stas-ienw",
          title: "Staatssecretaris van Infrastructuur en Waterstaat",
          roles: ["akkoord", "medeondertekening"],
          status: null,
        },
      ],
      procedure: [
        { step: "acke", label: "ACKE", date: "2025-06-02" },
        { step: "onderraad", label: "RFL", date: "2025-06-17" },
        { step: "mr", label: "MR", date: "2025-06-20" },
        { step: "verzending", label: "Verzending", from: "2025-06-23", to: "2025-06-27" },
        { step: "event", label: "JLoI-ondertekening Cosun", date: "2025-06-23" },
      ],
      unclearWhoSigns: true,
    } satisfies StatusReport);
  });

  it("recognises the co-signatory as the users' own memo spells it, 'Staatsecretaris'", async () => {
    const docx = voorbeeldVariant([["de Staatssecretaris van", "de Staatsecretaris van"]]);
    const { io, out } = fakeIo({ "nota.docx": docx });
    expect(await run(["status", "nota.docx", "--json"], io)).toBe(0);
    expect((JSON.parse(out()) as StatusReport).cosignatories.map((c) => c.signatory)).toEqual(["stas-ienw"]);
  });

  it("prints the procedure the Dutch way", async () => {
    const { io, out } = fakeIo();
    expect(await run(["status", fixture("voorbeeld-nota.docx")], io)).toBe(0);
    expect(out()).toBe(
      [
        "voorbeeld-nota.docx: inferred from the text",
        "Co-signatories:",
        "  Staatssecretaris van Infrastructuur en Waterstaat [stas-ienw]: akkoord op de nota, medeondertekening Kamerbrief",
        "  Nog onduidelijk wie tekent",
        "Procedure:",
        "  ACKE                      maandag 2 juni 2025",
        "  RFL                       dinsdag 17 juni 2025",
        "  MR                        vrijdag 20 juni 2025",
        "  Verzending                week van 23 juni t/m 27 juni 2025",
        "  JLoI-ondertekening Cosun  maandag 23 juni 2025",
        "",
      ].join("\n"),
    );
  });

  it("reads the state the Word side writes, in preference to the text", async () => {
    const state = emptyState();
    state.cosignatories["stas-ienw"] = { roles: ["akkoord", "medeondertekening"], status: "getekend", date: "2025-06-12", note: "", updatedAt: AT };
    state.cosignatories["old"] = { removed: true, updatedAt: AT };
    state.procedure.milestones.mr = { date: "2025-06-27", updatedAt: AT };
    state.procedure.milestones.onderraad = { date: "2025-06-24", label: "RFL", updatedAt: AT };
    state.procedure.milestones.verzending = { from: "2025-06-30", to: "2025-07-04", updatedAt: AT };
    state.procedure.events.jloi = { label: "JLoI-ondertekening Cosun", date: "2025-06-23", updatedAt: AT };
    state.procedure.unclearWhoSigns = { value: false, updatedAt: AT };
    const docx = writeDocx([], { state });
    const { io, out } = fakeIo({ "nota.docx": docx, "memo.docx": voorbeeldVariant([], state) });
    expect(await run(["status", "nota.docx", "memo.docx", "--json"], io)).toBe(0);
    const [fromWriter, fromMemo] = JSON.parse(out()) as StatusReport[];
    const expected: Omit<StatusReport, "file"> = {
      source: "stored",
      cosignatories: [{ signatory: "stas-ienw", title: "Staatssecretaris van Infrastructuur en Waterstaat", roles: ["akkoord", "medeondertekening"], status: "getekend" }],
      procedure: [
        { step: "onderraad", label: "RFL", date: "2025-06-24" },
        { step: "mr", label: "MR", date: "2025-06-27" },
        { step: "verzending", label: "Verzending", from: "2025-06-30", to: "2025-07-04" },
        { step: "event", label: "JLoI-ondertekening Cosun", date: "2025-06-23" },
      ],
      unclearWhoSigns: false,
    };
    expect(fromWriter).toEqual({ file: "nota.docx", ...expected });
    expect(fromMemo).toEqual({ file: "memo.docx", ...expected });
  });

  it("infers from the text when the state holds no procedure", async () => {
    const state = emptyState();
    state.parameters.onderraad = { value: "RFL", text: "RFL", updatedAt: AT };
    const { io, out } = fakeIo({ "memo.docx": voorbeeldVariant([], state) });
    expect(await run(["status", "memo.docx", "--json"], io)).toBe(0);
    expect((JSON.parse(out()) as StatusReport).source).toBe("inferred");
  });

  it("reports an unreadable file on stderr, the others on stdout, and exits 2", async () => {
    const { io, out, err } = fakeIo({ "broken.docx": "not a zip" });
    expect(await run(["status", "broken.docx", fixture("voorbeeld-nota.docx")], io)).toBe(2);
    expect(err()).toMatch(/^nota: broken\.docx: /);
    expect(out()).toContain("voorbeeld-nota.docx: inferred from the text");
  });

  it("needs a file, and is listed in nota --help", async () => {
    const none = fakeIo();
    expect(await run(["status"], none.io)).toBe(2);
    expect(none.err()).toMatch(/status needs at least one \.docx file/);
    const help = fakeIo();
    expect(await run(["--help"], help.io)).toBe(0);
    expect(help.out()).toMatch(/status FILE\.docx\.\.\. \[--json\]\s+print the co-signatories and the procedure/);
  });
});
