import { COMPANY_LIST_VERSION, CompanyListError, type CompanyListProblem, companyListJson, defaultCompanyList, parseCompanyList, parseCompanyListJson } from "../../src/config/companies";
import { companyListProblemText } from "../../src/config/companyListMessages";

function problemsOf(data: unknown): CompanyListProblem[] {
  try {
    parseCompanyList(data);
  } catch (error) {
    if (error instanceof CompanyListError) return [...error.problems];
    throw error;
  }
  throw new Error("the list was accepted");
}

function textsOf(data: unknown): string[] {
  return problemsOf(data).map(companyListProblemText);
}

const good = { id: "cosun", name: "Cosun", phase: "eop", updated: "2025-06-16" };

describe("company list", () => {
  it("accepts the bundled default: the example nota's six companies and stopped ones, valid at load", () => {
    const ids = defaultCompanyList.companies.map((entry) => entry.id);
    expect(ids.slice(0, 6)).toEqual(["anqore", "cosun", "tata-steel", "alco-energy", "zeeland-refinery", "oci"]);
    expect(defaultCompanyList.companies.filter((entry) => entry.phase === "gestopt").length).toBeGreaterThanOrEqual(3);
    expect(defaultCompanyList.companies.find((entry) => entry.id === "cosun")?.officialName).toBe("Coöperatie Koninklijke Cosun");
    // Exported and read back, the list is the same: the starting point for a ministry's own list.
    expect(parseCompanyListJson(companyListJson(defaultCompanyList))).toEqual(defaultCompanyList);
  });

  it("accepts every optional field", () => {
    const full = {
      ...good,
      officialName: "Coöperatie Koninklijke Cosun",
      cluster: "suikerbietenverwerking",
      phase: "maatwerkafspraak",
      milestones: { eopSigned: "2024", jloiPlanned: "2025-06", jloiSigned: "2025-06-23", afspraakSigned: "2025-12-18" },
      cosigners: { provinces: ["Groningen", "Friesland"], ienw: true },
      co2Reduction: { amount: 167, unit: "kt", year: 2030 },
      status: "Vrije tekst.",
      perspective: "Perspectief.",
      submittedToCompany: "2025-06-10",
    };
    expect(parseCompanyList({ version: 1, companies: [full] }).companies[0]).toEqual(full);
  });

  it("refuses a list with many wrong entries whole, every problem a code placed by entry and field", () => {
    const problems = problemsOf({
      version: COMPANY_LIST_VERSION,
      companies: [
        good,
        { ...good, id: "a", phase: "ondertekend" },
        { name: "Zonder id", updated: "2025-06-16" },
        { ...good, id: "datum", updated: "16-6-2025", submittedToCompany: "2025-02-30" },
        { ...good, id: "mijlpaal", milestones: { eopSigned: "2024-13", jloiSigned: "2025-06-01" } },
        { ...good, id: "co2", co2Reduction: { amount: -1, unit: "ton", year: 1990 } },
        { ...good, id: "extra", colour: "rood" },
        { ...good, id: "Hoofdletters" },
        { ...good, name: "   " },
        "geen object",
        { ...good, id: "prov", cosigners: { provinces: ["Limburg", "Limburg"], ienw: "ja" } },
      ],
    });
    expect(problems.map(({ id, position, field, code }) => ({ id, position, field, code }))).toEqual([
      { id: "a", position: 2, field: "phase", code: "unknown-phase" },
      { id: null, position: 3, field: "id", code: "missing" },
      { id: null, position: 3, field: "phase", code: "missing" },
      { id: "datum", position: 4, field: "submittedToCompany", code: "bad-date" },
      { id: "datum", position: 4, field: "updated", code: "bad-date" },
      { id: "mijlpaal", position: 5, field: "milestones.eopSigned", code: "bad-milestone-date" },
      { id: "co2", position: 6, field: "co2Reduction.amount", code: "too-small" },
      { id: "co2", position: 6, field: "co2Reduction.unit", code: "invalid-value" },
      { id: "co2", position: 6, field: "co2Reduction.year", code: "too-small" },
      { id: "extra", position: 7, field: null, code: "unknown-field" },
      { id: null, position: 8, field: "id", code: "invalid-id" },
      { id: "cosun", position: 9, field: "name", code: "empty" },
      { id: null, position: 10, field: null, code: "wrong-type" },
      { id: "prov", position: 11, field: "cosigners.ienw", code: "wrong-type" },
    ]);
    expect(problems.find((problem) => problem.code === "unknown-phase")?.data).toEqual({ found: "ondertekend", allowed: ["verkenning", "eop", "jloi", "maatwerkafspraak", "gestopt"] });
  });

  it("says every problem of a bad list in Dutch, naming the entry and field and what to do, with no zod text", () => {
    const texts = textsOf({
      version: 1,
      companies: [
        { ...good, id: "a", phase: "ondertekend" },
        { name: "Zonder id", phase: "eop", updated: "2025-06-16" },
        { ...good, id: "datum", updated: "16-6-2025" },
        { ...good, id: "mijlpaal", milestones: { eopSigned: "2024-13" } },
        { ...good, id: "co2", co2Reduction: { amount: -1, unit: "ton", year: 2030.5 } },
        { ...good, id: "extra", colour: "rood" },
        { ...good, id: "Hoofdletters" },
        { ...good, id: "leeg", name: "" },
        "geen object",
        { ...good, id: "prov", cosigners: { ienw: "ja" } },
      ],
    });
    expect(texts).toEqual([
      'bedrijf 1 ("a"), veld "phase": onbekende fase "ondertekend"; kies uit verkenning, eop, jloi, maatwerkafspraak, gestopt',
      'bedrijf 2, veld "id": ontbreekt; vul dit veld in',
      'bedrijf 3 ("datum"), veld "updated": "16-6-2025" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-06-16',
      'bedrijf 4 ("mijlpaal"), veld "milestones.eopSigned": "2024-13" is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ, bijvoorbeeld 2025-06 voor juni 2025',
      'bedrijf 5 ("co2"), veld "co2Reduction.amount": moet groter dan 0 zijn',
      'bedrijf 5 ("co2"), veld "co2Reduction.unit": ongeldige waarde "ton"; kies uit kt, Mt',
      'bedrijf 5 ("co2"), veld "co2Reduction.year": verkeerd soort waarde: verwacht een geheel getal',
      'bedrijf 6 ("extra"): onbekend veld "colour"; controleer de spelling of haal het weg',
      'bedrijf 7, veld "id": "Hoofdletters" is geen bruikbaar id; gebruik kleine letters, cijfers en \'-\', beginnend met een letter of cijfer',
      'bedrijf 8 ("leeg"), veld "name": mag niet leeg zijn',
      "bedrijf 9: verkeerd soort waarde: verwacht een object",
      'bedrijf 10 ("prov"), veld "cosigners.ienw": verkeerd soort waarde: verwacht true of false',
    ]);
    for (const text of texts) expect(text).not.toMatch(/Invalid|expected|received|Too small|Unrecognized/);
  });

  it("names a milestone the phase has not reached, a province named twice and a duplicate id", () => {
    expect(
      textsOf({
        version: 1,
        companies: [
          { ...good, milestones: { jloiSigned: "2025-06-23" } },
          { ...good, id: "x", phase: "jloi", milestones: { stopped: "2025" }, cosigners: { provinces: ["Limburg", "Limburg"] } },
          { ...good },
        ],
      }),
    ).toEqual([
      'bedrijf 1 ("cosun"), veld "milestones.jloiSigned": een bedrijf in fase "eop" kan deze mijlpaal nog niet hebben; werk "phase" bij of haal de mijlpaal weg',
      'bedrijf 2 ("x"), veld "milestones.stopped": een bedrijf in fase "jloi" kan deze mijlpaal nog niet hebben; werk "phase" bij of haal de mijlpaal weg',
      'bedrijf 2 ("x"), veld "cosigners.provinces": de provincie "Limburg" staat er meer dan één keer in; noem elke provincie één keer',
      'bedrijf 3 ("cosun"), veld "id": het id "cosun" heeft bedrijf 1 ook; geef elk bedrijf een eigen id',
    ]);
  });

  it("refuses another version, no version, a list that is not an object, an unknown top-level field and text that is not JSON", () => {
    expect(textsOf({ version: 2, companies: [] })).toEqual(['veld "version": versie 2 wordt niet ondersteund; deze versie van de add-in leest versie 1']);
    expect(textsOf({ companies: [good] })).toEqual(['veld "version": "version" ontbreekt; zet bovenaan "version": 1']);
    expect(textsOf([good])).toEqual(["verkeerd soort waarde: verwacht een object"]);
    expect(textsOf({ version: 1, companies: {}, bedrijven: [] })).toEqual(['veld "companies": verkeerd soort waarde: verwacht een lijst', 'onbekend veld "bedrijven"; controleer de spelling of haal het weg']);
    expect(textsOf({ version: 1 })).toEqual(['veld "companies": ontbreekt; vul dit veld in']);
    let problem: CompanyListProblem | undefined;
    try {
      parseCompanyListJson("{ kapot");
    } catch (error) {
      problem = (error as CompanyListError).problems[0];
    }
    expect(problem).toMatchObject({ code: "not-json", position: null, field: null });
    expect(companyListProblemText(problem as CompanyListProblem)).toMatch(/^het bestand is geen geldige JSON \(.+\); sla de lijst op als JSON-bestand$/);
  });
});
