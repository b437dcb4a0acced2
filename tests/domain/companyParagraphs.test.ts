import { renderMessage } from "../../src/config/findingMessages";
import { composeCompanyText, type CompanyEntry, type CompanyList } from "../../src/domain/companies";
import {
  companyFindings,
  companyStatuses,
  detachedCompanies,
  detachedCompanyChange,
  insertedCompaniesChange,
} from "../../src/domain/companyParagraphs";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { emptyState, mergeState, type CompanyFingerprint, type StoredState } from "../../src/domain/stateModel";
import { buildSnapshot, h, p } from "./snapshotBuilder";

const AT = "2025-06-16T10:00:00.000Z";
const cosun: CompanyEntry = { id: "cosun", name: "Cosun", officialName: "Coöperatie Koninklijke Cosun", phase: "eop", milestones: { jloiPlanned: "2025-06-23" }, updated: "2025-06-16" };
const tata: CompanyEntry = { id: "tata-steel", name: "Tata Steel Nederland", phase: "eop", submittedToCompany: "2025-06-10", updated: "2025-06-16" };
const list: CompanyList = { version: 1, companies: [cosun, tata] };

/** A document with the companies' paragraphs as inserted from `inserted`, texts overridable, and the state. */
function documentWith(inserted: CompanyEntry[], options: { texts?: Record<string, string>; state?: StoredState | null } = {}): DocumentSnapshot {
  const paragraphs = [h(2, "Stand van zaken per bedrijf"), ...inserted.map((entry) => p(options.texts?.[entry.id] ?? composeCompanyText(entry))), p("Slot.")];
  const snapshot = buildSnapshot(
    paragraphs,
    inserted.map((entry, i) => ({ tag: `nota:company:${entry.id}`, start: i + 1, end: i + 1 })),
  );
  const state = options.state === undefined ? insertedCompaniesChange(inserted, AT) : options.state;
  return state === null ? snapshot : { ...snapshot, state: { status: "ok", version: 2, xml: "", model: state } };
}

const states = (snapshot: DocumentSnapshot, against: CompanyList = list) => companyStatuses(snapshot, against).map((status) => [status.id, status.state]);

describe("company paragraph states", () => {
  it("current: inserted and unchanged", () => {
    expect(states(documentWith([cosun, tata]))).toEqual([
      ["cosun", "current"],
      ["tata-steel", "current"],
    ]);
  });

  it("out of date: the entry changed and its paragraph would read differently", () => {
    const changed: CompanyList = { version: 1, companies: [{ ...cosun, phase: "jloi", milestones: { jloiSigned: "2025-06-23" }, updated: "2025-06-24" }, tata] };
    const [status] = companyStatuses(documentWith([cosun, tata]), changed);
    expect(status.state).toBe("out-of-date");
    expect(status.newText).toBe("Met Coöperatie Koninklijke Cosun is op 23 juni 2025 een Joint Letter of Intent (JLoI) ondertekend.");
  });

  it("stays current when the entry changed but not its text (e.g. the 'voorgelegd' date)", () => {
    const changed: CompanyList = { version: 1, companies: [{ ...cosun, submittedToCompany: "2025-06-17", updated: "2025-06-17" }, tata] };
    expect(states(documentWith([cosun, tata]), changed)[0]).toEqual(["cosun", "current"]);
  });

  it("edited: the text no longer matches its fingerprint; white space alone is no edit", () => {
    const edited = documentWith([cosun, tata], { texts: { cosun: composeCompanyText(cosun) + " Met dank aan de provincie." } });
    expect(states(edited)[0]).toEqual(["cosun", "edited"]);
    const spaced = documentWith([cosun, tata], { texts: { cosun: composeCompanyText(cosun).replace(/ /g, "  ").replace("23 juni", "23\u00a0juni") } });
    expect(states(spaced)[0]).toEqual(["cosun", "current"]);
  });

  it("both: edited by hand and the data changed", () => {
    const changed: CompanyList = { version: 1, companies: [cosun, { ...tata, phase: "gestopt", updated: "2025-06-20" }] };
    const edited = documentWith([cosun, tata], { texts: { "tata-steel": "Eigen tekst over Tata Steel." } });
    expect(states(edited, changed)).toEqual([
      ["cosun", "current"],
      ["tata-steel", "out-of-date-edited"],
    ]);
  });

  it("detached, without fingerprint, and not in the list", () => {
    const withDetached = mergeState(insertedCompaniesChange([cosun, tata], AT), detachedCompanyChange("cosun", null, "2025-06-17T09:00:00Z"));
    expect(states(documentWith([cosun, tata], { state: withDetached }))[0]).toEqual(["cosun", "detached"]);
    expect(detachedCompanies(documentWith([], { state: withDetached }))).toEqual(["cosun"]);
    expect(states(documentWith([cosun], { state: null }))).toEqual([["cosun", "no-fingerprint"]]);
    expect(states(documentWith([cosun]), { version: 1, companies: [tata] })).toEqual([["cosun", "not-in-list"]]);
  });

  it("detaching keeps the fingerprint's hashes and wins over the insertion by its time", () => {
    const inserted = insertedCompaniesChange([cosun], AT);
    const detached = mergeState(inserted, detachedCompanyChange("cosun", inserted.companies.cosun as CompanyFingerprint, "2025-06-17T09:00:00Z"));
    expect(detached.companies.cosun).toEqual({ ...inserted.companies.cosun, detached: true, updatedAt: "2025-06-17T09:00:00Z" });
    expect(mergeState(emptyState(), detached)).toEqual(detached);
  });
});

describe("companyFindings", () => {
  it("pass for current, fail (warning) for out of date, review for edited, and ACKE review items where not submitted", () => {
    const changed: CompanyList = { version: 1, companies: [cosun, { ...tata, phase: "gestopt", updated: "2025-06-20" }] };
    const findings = companyFindings(documentWith([cosun, tata]), changed);
    expect(findings.map((finding) => [finding.ruleId, finding.source, finding.status, finding.severity, finding.locations[0].paragraph.paragraph])).toEqual([
      ["bedrijf-cosun", "Bedrijven", "pass", "warning", 1],
      ["ACKE-bedrijf-cosun", "ACKE", "review", "warning", 1],
      ["bedrijf-tata-steel", "Bedrijven", "fail", "warning", 2],
    ]);
    expect(findings.map((finding) => renderMessage(finding.message))).toEqual([
      "De stand van zaken van Cosun is actueel.",
      "De tekst over Cosun is nog niet voorgelegd aan het bedrijf.",
      "De stand van zaken van Tata Steel Nederland is verouderd: de gegevens zijn bijgewerkt op 20 juni 2025.",
    ]);
  });

  it("review for an edited paragraph, one without fingerprint and one not in the list; nothing for a detached one", () => {
    const edited = companyFindings(documentWith([tata], { texts: { "tata-steel": "Anders." } }), list);
    expect(edited.map((finding) => [finding.status, renderMessage(finding.message)])).toEqual([
      ["review", "De tekst over Tata Steel Nederland is met de hand aangepast sinds het invoegen: controleer of dat zo moet blijven."],
    ]);
    expect(companyFindings(documentWith([tata], { state: null }), list).map((finding) => finding.message.code)).toEqual(["company-no-fingerprint"]);
    expect(companyFindings(documentWith([tata]), { version: 1, companies: [] }).map((finding) => finding.message.code)).toEqual(["company-not-in-list"]);
    const detached = mergeState(insertedCompaniesChange([tata], AT), detachedCompanyChange("tata-steel", null, "2025-06-17T09:00:00Z"));
    expect(companyFindings(documentWith([tata], { state: detached }), list)).toEqual([]);
  });

  it("reports nothing for a document without company paragraphs", () => {
    expect(companyFindings(buildSnapshot([p("Aanleiding")]), list)).toEqual([]);
  });
});
