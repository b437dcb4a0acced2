import { run } from "../../src/cli/main";
import { companyListJson, defaultCompanyList } from "../../src/config/companies";
import { composeCompanyText, type CompanyEntry } from "../../src/domain/companies";
import { companyFindings, companyStatuses } from "../../src/domain/companyParagraphs";
import { readDocx } from "../../src/docx/readDocx";
import { fakeIo } from "./fakeIo";

const COSUN_TEXT =
  "Met Coöperatie Koninklijke Cosun is een Expression of Principles (EoP) ondertekend. De ondertekening van de Joint Letter of Intent (JLoI) is gepland op maandag 23 juni 2025.";

const tricky: CompanyEntry[] = [
  { id: "amp", name: "A&B", officialName: `A & B "Chemie" <Holding> B.V.`, phase: "jloi", milestones: { jloiSigned: "2025-07-08" }, cosigners: { provinces: ["Groningen", "Friesland", "Zeeland"], ienw: true }, co2Reduction: { amount: 365, unit: "kt", year: 2029 }, updated: "2025-06-16" },
  { id: "ijssel", name: "Ĳsselmeer Zoutwinning", officialName: "Coöperatie Ĳsselmeer Zoutwinning & Zonen", phase: "verkenning", status: "De gesprekken lopen 'voorspoedig' < verwacht.", perspective: "Een EoP in 2026 is \"haalbaar\".", submittedToCompany: "2025-06-10", updated: "2025-06-16" },
  { id: "stop", name: "Gestopt N.V.", phase: "gestopt", milestones: { stopped: "2025-05" }, updated: "2025-06-16" },
];
const trickyList = JSON.stringify({ version: 1, companies: tricky });

describe("nota companies", () => {
  it("prints the paragraphs of the bundled list, in list order, ready to paste", async () => {
    const fake = fakeIo();
    expect(await run(["companies", "--ids", "tata-steel,cosun"], fake.io)).toBe(0);
    expect(fake.out()).toBe(`${COSUN_TEXT}\n\nMet Tata Steel Nederland is een Expression of Principles (EoP) ondertekend.`);
  });

  it("prints JSON with id, name, phase, updated and text, from a list file", async () => {
    const fake = fakeIo({ "lijst.json": trickyList });
    expect(await run(["companies", "--data", "lijst.json", "--json"], fake.io)).toBe(0);
    expect(JSON.parse(fake.out())).toEqual(tricky.map((entry) => ({ id: entry.id, name: entry.name, phase: entry.phase, updated: entry.updated, text: composeCompanyText(entry) })));
  });

  it("refuses an unknown id and an invalid list, naming every problem", async () => {
    const unknown = fakeIo();
    expect(await run(["companies", "--ids", "cosun,nobian"], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/unknown company 'nobian'/);
    const bad = fakeIo({ "fout.json": JSON.stringify({ version: 1, companies: [{ id: "a", name: "A", phase: "klaar", updated: "2025-06-16" }, { name: "B", phase: "eop" }] }) });
    expect(await run(["companies", "--data", "fout.json"], bad.io)).toBe(2);
    // The same Dutch lines as the pane, like `nota checklist validate`.
    expect(bad.err()).toContain('nota: fout.json: bedrijf 1 ("a"), veld "phase": onbekende fase "klaar"; kies uit verkenning, eop, jloi, maatwerkafspraak, gestopt');
    expect(bad.err()).toContain('nota: fout.json: bedrijf 2, veld "id": ontbreekt; vul dit veld in');
    expect(bad.err()).toContain('nota: fout.json: bedrijf 2, veld "updated": ontbreekt; vul dit veld in');
    expect(bad.err()).toMatch(/invalid company list \(3 problems\); nothing was used/);
    expect(bad.out()).toBe("");
  });

  it("validates a list file: exit 0 when valid, 2 with every problem when not", async () => {
    const fake = fakeIo({ "goed.json": trickyList, "fout.json": "{ kapot" });
    expect(await run(["companies", "validate", "goed.json"], fake.io)).toBe(0);
    expect(fake.out()).toBe("goed.json: a valid company list with 3 companies");
    expect(await run(["companies", "validate", "fout.json"], fake.io)).toBe(2);
    expect(fake.err()).toMatch(/fout\.json: het bestand is geen geldige JSON \(.+\); sla de lijst op als JSON-bestand/);
    expect(await run(["companies", "validate"], fake.io)).toBe(2);
  });

  it("exports the bundled list, keeps an existing file unless --force, and the export validates", async () => {
    const fake = fakeIo({ "bestaat.json": "{}" });
    expect(await run(["companies", "--export", "lijst.json"], fake.io)).toBe(0);
    expect(new TextDecoder().decode(fake.written.get("lijst.json"))).toBe(companyListJson(defaultCompanyList));
    expect(await run(["companies", "validate", "lijst.json"], fake.io)).toBe(0);
    expect(await run(["companies", "--export", "bestaat.json"], fake.io)).toBe(2);
    expect(fake.err()).toMatch(/bestaat\.json: the file exists; use --force/);
    expect(await run(["companies", "--export", "bestaat.json", "--force"], fake.io)).toBe(0);
  });
});

describe("nota new --companies", () => {
  it("writes the paragraphs under 'Stand van zaken per bedrijf' as tagged controls with fingerprints: all current", async () => {
    const fake = fakeIo();
    expect(await run(["new", "--out", "nota.docx", "--blocks", "aanleiding", "--companies", "all"], fake.io)).toBe(0);
    const snapshot = await readDocx(fake.written.get("nota.docx")!);
    const heading = snapshot.paragraphs.findIndex((paragraph) => paragraph.text === "Stand van zaken per bedrijf");
    expect(snapshot.paragraphs[heading].headingLevel).toBe(2);
    expect(snapshot.paragraphs[heading].contentControlTags).toEqual([]);
    const companyControls = snapshot.contentControls.filter((control) => control.tag.startsWith("nota:company:"));
    expect(companyControls.map((control) => control.tag)).toEqual(defaultCompanyList.companies.map((entry) => `nota:company:${entry.id}`));
    expect(companyControls.every((control) => control.start > heading)).toBe(true);
    expect(companyControls[1].title).toBe("Cosun");
    expect(snapshot.paragraphs[companyControls[1].start].text).toBe(COSUN_TEXT);
    expect(companyStatuses(snapshot, defaultCompanyList).every((status) => status.state === "current")).toBe(true);
    // The bundled list has no "voorgelegd aan bedrijf" dates: every paragraph is an ACKE review item.
    const findings = companyFindings(snapshot, defaultCompanyList);
    expect(findings.filter((finding) => finding.source === "Bedrijven").map((finding) => finding.status)).toEqual(defaultCompanyList.companies.map(() => "pass"));
    expect(findings.filter((finding) => finding.source === "ACKE").map((finding) => finding.ruleId)).toEqual(defaultCompanyList.companies.map((entry) => `ACKE-bedrijf-${entry.id}`));
  });

  it("round-trips names and texts with '&', '<', quotes and diacritics unchanged through the writer and the reader", async () => {
    const fake = fakeIo({ "lijst.json": trickyList });
    expect(await run(["new", "--out", "nota.docx", "--blocks", "aanleiding", "--companies", "amp,ijssel,stop", "--company-data", "lijst.json"], fake.io)).toBe(0);
    const snapshot = await readDocx(fake.written.get("nota.docx")!);
    const texts = snapshot.contentControls
      .filter((control) => control.tag.startsWith("nota:company:"))
      .map((control) => [control.title, snapshot.paragraphs[control.start].text]);
    expect(texts).toEqual(tricky.map((entry) => [entry.name, composeCompanyText(entry)]));
    expect(texts[0][1]).toContain(`Met A & B "Chemie" <Holding> B.V. is op 8 juli 2025`);
    const list = { version: 1 as const, companies: tricky };
    expect(companyFindings(snapshot, list).map((finding) => [finding.ruleId, finding.status])).toEqual([
      ["bedrijf-amp", "pass"],
      ["ACKE-bedrijf-amp", "review"],
      ["bedrijf-ijssel", "pass"],
      ["bedrijf-stop", "pass"],
      ["ACKE-bedrijf-stop", "review"],
    ]);
  });

  it("refuses an invalid company list or an unknown company and writes nothing", async () => {
    const fake = fakeIo({ "fout.json": JSON.stringify({ version: 1, companies: [{ id: "x" }] }) });
    expect(await run(["new", "--out", "nota.docx", "--companies", "all", "--company-data", "fout.json"], fake.io)).toBe(2);
    expect(await run(["new", "--out", "nota.docx", "--companies", "cosun,onbekend"], fake.io)).toBe(2);
    expect(await run(["new", "--out", "nota.docx", "--company-data", "fout.json"], fake.io)).toBe(2);
    expect(fake.err()).toMatch(/--company-data needs --companies/);
    expect(fake.written.size).toBe(0);
  });
});

describe("nota check with company paragraphs", () => {
  it("reports per company paragraph under Bedrijven: pass when current, fail (warning) when the list changed; ACKE review items", async () => {
    const fake = fakeIo({ "lijst.json": trickyList });
    expect(await run(["new", "--out", "nota.docx", "--blocks", "aanleiding", "--companies", "amp,ijssel", "--company-data", "lijst.json"], fake.io)).toBe(0);
    const changed = { version: 1, companies: [{ ...tricky[0], phase: "maatwerkafspraak", milestones: { afspraakSigned: "2025-12-18" }, updated: "2025-12-19" }, tricky[1]] };
    // A checklist of one manual item, so the exit code shows what the company findings do to it.
    const manual = JSON.stringify({ version: 1, name: "Handmatig", items: [{ id: "M-1", source: "ACKE", severity: "error", comment: "Lees na.", rule: { type: "manual" } }] });
    const later = fakeIo({ "lijst.json": trickyList, "handmatig.json": manual });
    later.io.readFile = ((read) => (path: string) => (path === "nota.docx" ? fake.written.get("nota.docx")! : read(path)))(later.io.readFile);
    later.io.kind = () => "file";

    expect(await run(["check", "nota.docx", "--checklist", "handmatig.json", "--company-data", "lijst.json", "--json"], later.io)).toBe(0);
    const current = JSON.parse(later.out()) as { items: { id: string; source: string; status: string; severity: string; message: string }[] };
    expect(current.items.filter((item) => item.id.includes("bedrijf")).map((item) => [item.id, item.source, item.status])).toEqual([
      ["bedrijf-amp", "Bedrijven", "pass"],
      ["ACKE-bedrijf-amp", "ACKE", "review"],
      ["bedrijf-ijssel", "Bedrijven", "pass"],
    ]);

    const after = fakeIo({ "nieuw.json": JSON.stringify(changed), "handmatig.json": manual });
    after.io.readFile = ((read) => (path: string) => (path === "nota.docx" ? fake.written.get("nota.docx")! : read(path)))(after.io.readFile);
    after.io.kind = () => "file";
    // An out-of-date paragraph fails with severity warning: reported, but the exit code stays 0.
    expect(await run(["check", "nota.docx", "--checklist", "handmatig.json", "--company-data", "nieuw.json"], after.io)).toBe(0);
    expect(after.out()).toMatch(/Bedrijven\n\s+✗ bedrijf-amp \[warning\] De stand van zaken van A&B is verouderd: de gegevens zijn bijgewerkt op 19 december 2025\./);
    expect(after.out()).toMatch(/✓ bedrijf-ijssel \[warning\]/);
  });

  it("refuses an invalid company list: exit 2, every problem named, nothing checked", async () => {
    const fake = fakeIo({ "fout.json": JSON.stringify({ version: 1, companies: [{ id: "x", name: "X", phase: "eop" }] }) });
    fake.io.kind = () => "file";
    expect(await run(["check", "tests/fixtures/voorbeeld-nota.docx", "--company-data", "fout.json"], fake.io)).toBe(2);
    expect(fake.err()).toContain('fout.json: bedrijf 1 ("x"), veld "updated": ontbreekt; vul dit veld in');
    expect(fake.out()).toBe("");
  });
});
