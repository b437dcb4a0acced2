// The co-signatory and procedure checks (issue 10) on .docx variants of the users' example memo:
// each variant makes one mistake drafters make, and the check must point at it and quote it.
import { renderMessage } from "../../src/config/findingMessages";
import { sectionCatalogue } from "../../src/config/sections";
import { ministries, signatoryCatalogue } from "../../src/config/signatories";
import { readDocx } from "../../src/docx/readDocx";
import type { Finding } from "../../src/domain/findings";
import { procedureFindings } from "../../src/domain/procedureChecks";
import { detectSections } from "../../src/domain/sections";
import { emptyState, type StoredState } from "../../src/domain/stateModel";
import { voorbeeldVariant } from "../fixtures/voorbeeldVariant";

const AT = "2025-06-10T09:00:00Z";
const catalogues = { signatories: signatoryCatalogue, ministries };

function all(edits: readonly (readonly [string, string])[] = [], state?: StoredState): Finding[] {
  const snapshot = readDocx(voorbeeldVariant(edits, state));
  return procedureFindings(snapshot, catalogues, detectSections(snapshot, sectionCatalogue));
}

/** The failing findings. */
function check(edits: readonly (readonly [string, string])[] = [], state?: StoredState): Finding[] {
  return all(edits, state).filter((finding) => finding.status === "fail");
}

/** Code, severity and the quoted text of every location: what a reader of `nota check` sees. */
function summary(findings: Finding[]) {
  return findings.map((f) => ({ code: f.message.code, severity: f.severity, source: f.source, quotes: f.locations.map((l) => l.match?.text ?? null) }));
}

function state(build: (state: StoredState) => void): StoredState {
  const result = emptyState();
  build(result);
  return result;
}

const STORED_PROCEDURE = state((s) => {
  s.cosignatories["stas-ienw"] = { roles: ["akkoord", "medeondertekening"], status: "gevraagd", date: "2025-06-05", note: "", updatedAt: AT };
  s.procedure.milestones.acke = { date: "2025-06-02", updatedAt: AT };
  s.procedure.milestones.onderraad = { date: "2025-06-17", label: "RFL", updatedAt: AT };
  s.procedure.milestones.mr = { date: "2025-06-20", updatedAt: AT };
  s.procedure.milestones.verzending = { from: "2025-06-23", to: "2025-06-27", updatedAt: AT };
  s.procedure.unclearWhoSigns = { value: true, updatedAt: AT };
});

describe("procedure checks on the example memo", () => {
  it("find nothing wrong in the memo as written, with and without its stored procedure", () => {
    expect(check()).toEqual([]);
    expect(check([], STORED_PROCEDURE)).toEqual([]);
  });

  it("report each rule that applies as passed, once, with its Dutch text", () => {
    const passes = all([], STORED_PROCEDURE);
    expect(passes.map((f) => [f.ruleId, f.source, f.status])).toEqual([
      ["medeondertekening-akkoordregel", "Medeondertekening", "pass"],
      ["medeondertekening-kamerbrief", "Medeondertekening", "pass"],
      ["medeondertekening-spelling", "Medeondertekening", "pass"],
      ["medeondertekening-wie-tekent", "Medeondertekening", "pass"],
      ["procedure-datum", "Procedure", "pass"],
      ["procedure-weekdag", "Procedure", "pass"],
      ["procedure-volgorde", "Procedure", "pass"],
      ["procedure-mr-vrijdag", "Procedure", "pass"],
    ]);
    expect(renderMessage(passes[6].message)).toBe("De stappen staan in de goede volgorde.");
    expect(all([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]]).filter((f) => f.ruleId === "procedure-weekdag").map((f) => f.status)).toEqual(["fail"]);
  });

  it("give each location the section it is in", () => {
    const [finding] = check([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]]);
    expect(finding.locations.map((l) => l.section)).toEqual(["kernpunten"]);
  });

  it("report a step whose mentions disagree, pointing at each written date", () => {
    const findings = check([["MR (20 juni)", "MR (19 juni)"]]);
    expect(summary(findings)).toEqual([{ code: "step-dates-disagree", severity: "error", source: "Procedure", quotes: ["20 juni", "19 juni"] }]);
    expect(renderMessage(findings[0].message)).toBe("MR staat met verschillende datums in de tekst: “20 juni”, “19 juni”.");
    expect(findings[0].locations.map((l) => l.paragraph.paragraph)).toEqual([3, 16]);
  });

  it("report a mention that differs from the stored date", () => {
    const findings = check([["(MR) van 20 juni", "(MR) van 27 juni"]], STORED_PROCEDURE);
    expect(summary(findings)).toEqual([{ code: "step-date-differs-from-state", severity: "error", source: "Procedure", quotes: ["27 juni"] }]);
    expect(renderMessage(findings[0].message)).toBe("MR: in de tekst “27 juni”, maar de procedure zegt 20 juni.");
  });

  it("accept a day within the stored week of verzending, and report one outside it", () => {
    expect(check([["in de week van 23-27 juni", "op 24 juni"]], STORED_PROCEDURE)).toEqual([]);
    expect(summary(check([["in de week van 23-27 juni", "in de week van 30 juni t/m 4 juli"]], STORED_PROCEDURE))).toEqual([
      { code: "step-date-differs-from-state", severity: "error", source: "Procedure", quotes: ["30 juni t/m 4 juli"] },
    ]);
  });

  it("report a weekday that is not the date's, with the year from a full date in the memo", () => {
    const findings = check([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]]);
    expect(summary(findings)).toEqual([{ code: "weekday-mismatch", severity: "error", source: "Procedure", quotes: ["dinsdag 2 juni"] }]);
    expect(renderMessage(findings[0].message)).toBe("“dinsdag 2 juni”: 2 juni 2025 is een maandag, geen dinsdag.");
  });

  it("take the year from the state before the text: in 2026, 2 juni is a Tuesday", () => {
    const in2026 = state((s) => {
      s.procedure.milestones.acke = { date: "2026-06-02", updatedAt: AT };
    });
    const quotes = summary(check([], in2026)).filter((f) => f.code === "weekday-mismatch").map((f) => f.quotes[0]);
    expect(quotes).toEqual(["maandag 2 juni", "maandag 23 juni"]);
  });

  it("report a missing akkoord line for the co-signatory the text names", () => {
    const findings = check([["Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat", ""]]);
    expect(summary(findings)).toEqual([{ code: "akkoord-line-missing", severity: "error", source: "Medeondertekening", quotes: [] }]);
    expect(renderMessage(findings[0].message)).toBe("De regel “Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat” ontbreekt.");
  });

  it("report a stored co-signatory the akkoord line does not name, at that line", () => {
    const withFin = state((s) => {
      s.cosignatories["stas-ienw"] = { roles: ["akkoord"], status: "akkoord", date: null, note: "", updatedAt: AT };
      s.cosignatories["minister-fin"] = { roles: ["akkoord"], status: "gevraagd", date: null, note: "", updatedAt: AT };
    });
    const findings = check([], withFin);
    expect(summary(findings)).toEqual([{ code: "akkoord-line-missing", severity: "error", source: "Medeondertekening", quotes: [null] }]);
    expect(renderMessage(findings[0].message)).toBe("De regel “Met akkoord van …” noemt de Minister van Financiën niet.");
  });

  it("recognise a short form in the akkoord line", () => {
    expect(check([["Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat", "Met akkoord van StasIenW"]])).toEqual([]);
  });

  it("report a stored medeondertekening the text does not mention", () => {
    const findings = check([["De brief wordt medeondertekend door Stas IenW.", "De brief gaat naar de Kamer."], ["tevens mede indiener", "tevens betrokken"]], STORED_PROCEDURE);
    expect(summary(findings)).toEqual([{ code: "medeondertekening-unmentioned", severity: "warning", source: "Medeondertekening", quotes: [] }]);
  });

  it("report steps out of order", () => {
    const findings = check([["op maandag 2 juni in de ACKE", "op maandag 23 juni in de ACKE"]]);
    expect(summary(findings)).toEqual([{ code: "steps-out-of-order", severity: "error", source: "Procedure", quotes: ["17 juni", "maandag 23 juni", "17 juni"] }]);
    expect(renderMessage(findings[0].message)).toBe("De volgorde klopt niet: ACKE (23 juni) hoort vóór RFL (17 juni).");
  });

  it("require the MR strictly after the onderraad", () => {
    const sameDay = check([["(MR) van 20 juni", "(MR) van 17 juni"], ["MR (20 juni)", "MR (17 juni)"]]);
    expect(sameDay.map((f) => f.message.code)).toEqual(["steps-out-of-order", "mr-not-on-friday"]);
  });

  it("warn about an MR on a Thursday, unless the text marks it as an extra MR", () => {
    const thursday = [["(MR) van 20 juni", "(MR) van 19 juni"], ["MR (20 juni)", "MR (19 juni)"]] as const;
    const findings = check(thursday);
    expect(summary(findings)).toEqual([{ code: "mr-not-on-friday", severity: "warning", source: "Procedure", quotes: ["19 juni", "19 juni"] }]);
    expect(renderMessage(findings[0].message)).toBe("De MR staat op donderdag 19 juni; de ministerraad vergadert op vrijdag. Klopt dat?");
    expect(check([...thursday, ["en (MR) van", "en (extra MR) van"]])).toEqual([]);
  });

  it("warn about 'Staatsecretaris' with the right spelling, and still count the akkoord line", () => {
    const findings = check([["Met akkoord van de Staatssecretaris", "Met akkoord van de Staatsecretaris"]]);
    expect(summary(findings)).toEqual([
      { code: "signatory-misspelled", severity: "warning", source: "Medeondertekening", quotes: ["Staatsecretaris van Infrastructuur en Waterstaat"] },
    ]);
    expect(renderMessage(findings[0].message)).toBe(
      "“Staatsecretaris van Infrastructuur en Waterstaat” is anders gespeld dan de titel: schrijf “Staatssecretaris van Infrastructuur en Waterstaat”.",
    );
  });

  it("report 'nog niet duidelijk' when the state says who signs is settled", () => {
    const settled = state((s) => {
      s.procedure.unclearWhoSigns = { value: false, updatedAt: AT };
    });
    const findings = check([], settled);
    expect(summary(findings)).toEqual([{ code: "unclear-who-signs-stale", severity: "error", source: "Medeondertekening", quotes: ["nog niet duidelijk"] }]);
  });

  it("take a signed medeondertekening as settled when the state has no flag", () => {
    const signed = state((s) => {
      s.cosignatories["stas-ienw"] = { roles: ["akkoord", "medeondertekening"], status: "getekend", date: "2025-06-23", note: "", updatedAt: AT };
    });
    expect(summary(check([], signed))).toEqual([{ code: "unclear-who-signs-stale", severity: "error", source: "Medeondertekening", quotes: ["nog niet duidelijk"] }]);
    const asked = state((s) => {
      s.cosignatories["stas-ienw"] = { roles: ["akkoord", "medeondertekening"], status: "gevraagd", date: null, note: "", updatedAt: AT };
    });
    expect(check([], asked)).toEqual([]);
  });

  it("report a demissionary section that does not say who signs is unclear, when the state says it is", () => {
    const findings = check([["nog niet duidelijk welke bewindspersoon zal tekenen", "afgesproken dat de minister tekent"]], STORED_PROCEDURE);
    expect(summary(findings)).toEqual([{ code: "unclear-who-signs-unmentioned", severity: "error", source: "Medeondertekening", quotes: [null] }]);
    expect(findings[0].locations[0].paragraph.text).toBe("Ontwikkelingen demissionaire status kabinet");
  });
});
