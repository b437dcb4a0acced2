import { COMPANY_LIST_VERSION, CompanyListError, companyListJson, defaultCompanyList, parseCompanyList, parseCompanyListJson, problemText } from "../../src/config/companies";

function problemsOf(data: unknown): string[] {
  try {
    parseCompanyList(data);
  } catch (error) {
    if (error instanceof CompanyListError) return error.problems.map(problemText);
    throw error;
  }
  throw new Error("the list was accepted");
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

  it("refuses a list with many wrong entries whole, naming every bad entry and field by id or position", () => {
    const problems = problemsOf({
      version: COMPANY_LIST_VERSION,
      companies: [
        good,
        { ...good, id: "a", phase: "ondertekend" },
        { name: "Zonder id", phase: "eop", updated: "2025-06-16" },
        { ...good, id: "datum", updated: "16-6-2025", submittedToCompany: "2025-02-30" },
        { ...good, id: "mijlpaal", milestones: { eopSigned: "2024-13", jloiSigned: "2025-06-01" } },
        { ...good, id: "co2", co2Reduction: { amount: -1, unit: "ton" } },
        { ...good, id: "extra", colour: "rood" },
        { ...good, id: "Hoofdletters" },
        { ...good, name: "   " },
        "geen object",
        { ...good, id: "prov", cosigners: { provinces: ["Limburg", "Limburg"], ienw: "ja" } },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^company 'a' field 'phase': /),
        expect.stringMatching(/^company #3 field 'id': /),
        expect.stringMatching(/^company 'datum' field 'updated': expected an existing date YYYY-MM-DD/),
        expect.stringMatching(/^company 'datum' field 'submittedToCompany': expected an existing date/),
        expect.stringMatching(/^company 'mijlpaal' field 'milestones.eopSigned': expected a date YYYY-MM-DD, a month YYYY-MM or a year YYYY/),
        expect.stringMatching(/^company 'co2' field 'co2Reduction.amount': /),
        expect.stringMatching(/^company 'co2' field 'co2Reduction.unit': /),
        expect.stringMatching(/^company 'extra'.*colour/),
        expect.stringMatching(/^company #8 field 'id': use lower case letters/),
        expect.stringMatching(/^company #9 \('cosun'\) field 'name': /),
        expect.stringMatching(/^company #10: /),
        expect.stringMatching(/^company 'prov' field 'cosigners.ienw': /),
      ]),
    );
    // The two entries with id 'cosun' are told apart by position.
    expect(problems.filter((problem) => problem.startsWith("company 'cosun'"))).toEqual([]);
  });

  it("names a milestone the phase has not reached, a province named twice and a duplicate id", () => {
    expect(
      problemsOf({
        version: 1,
        companies: [
          { ...good, milestones: { jloiSigned: "2025-06-23" } },
          { ...good, id: "x", phase: "jloi", milestones: { stopped: "2025" }, cosigners: { provinces: ["Limburg", "Limburg"] } },
          { ...good },
        ],
      }),
    ).toEqual([
      "company #1 ('cosun') field 'milestones.jloiSigned': a company in phase 'eop' cannot have this milestone yet; update 'phase'",
      "company 'x' field 'milestones.stopped': a company in phase 'jloi' cannot have this milestone yet; update 'phase'",
      "company 'x' field 'cosigners.provinces': a province is named twice",
      "company #3 ('cosun') field 'id': 'cosun' is also the id of company #1",
    ]);
  });

  it("refuses another version, a list that is not an object, and text that is not JSON", () => {
    expect(problemsOf({ version: 2, companies: [] })).toEqual(["company list field 'version': version 2 is not supported; this program reads version 1"]);
    expect(problemsOf([good])[0]).toMatch(/^company list: /);
    expect(problemsOf({ companies: [good] })[0]).toMatch(/^company list field 'version': /);
    expect(() => parseCompanyListJson("{ kapot")).toThrow(/not valid JSON/);
  });
});
