// `nota check` reports the co-signatory and procedure checks (issue 10) with the checklist's results.
import { run } from "../../src/cli/main";
import type { CheckReport } from "../../src/cli/check";
import { voorbeeldVariant } from "../fixtures/voorbeeldVariant";
import { fakeIo } from "./fakeIo";

async function checkJson(docx: Uint8Array) {
  const { io, out } = fakeIo({ "nota.docx": docx });
  const code = await run(["check", "nota.docx", "--json"], io);
  return { code, report: JSON.parse(out()) as CheckReport };
}

describe("nota check with the procedure checks", () => {
  it("lists the Medeondertekening and Procedure rules of the example memo as passed", async () => {
    const { report } = await checkJson(voorbeeldVariant());
    const ours = report.items.filter((item) => item.source === "Medeondertekening" || item.source === "Procedure");
    expect(ours.map((item) => [item.id, item.status])).toEqual([
      ["medeondertekening-akkoordregel", "pass"],
      ["medeondertekening-kamerbrief", "pass"],
      ["medeondertekening-spelling", "pass"],
      ["procedure-datum", "pass"],
      ["procedure-weekdag", "pass"],
      ["procedure-volgorde", "pass"],
      ["procedure-mr-vrijdag", "pass"],
    ]);
  });

  it("fails the run on a wrong weekday, quoting it with its paragraph and section", async () => {
    const clean = await checkJson(voorbeeldVariant());
    const { code, report } = await checkJson(voorbeeldVariant([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]]));
    expect(code).toBe(1);
    const item = report.items.find((i) => i.id === "procedure-weekdag");
    expect(item).toMatchObject({
      source: "Procedure",
      severity: "error",
      status: "fail",
      message: "“dinsdag 2 juni”: 2 juni 2025 is een maandag, geen dinsdag.",
      evidence: [{ paragraph: 9, section: "kernpunten", text: "dinsdag 2 juni" }],
    });
    expect(report.summary.fail).toBe(clean.report.summary.fail + 1);
  });

  it("reports an MR on a Thursday as a warning, which does not change the exit code", async () => {
    const clean = await checkJson(voorbeeldVariant());
    const thursday = await checkJson(voorbeeldVariant([["(MR) van 20 juni", "(MR) van 19 juni"], ["MR (20 juni)", "MR (19 juni)"]]));
    expect(thursday.report.items.find((i) => i.id === "procedure-mr-vrijdag")).toMatchObject({ severity: "warning", status: "fail" });
    expect(thursday.code).toBe(clean.code);
  });
});
