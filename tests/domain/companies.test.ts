import { defaultCompanyList } from "../../src/config/companies";
import {
  byPhase,
  companyIdFromTag,
  companyTag,
  composeCompanyText,
  enumerateDutch,
  isMilestoneDate,
  normaliseCompanyText,
  provincesPhrase,
  selectCompanies,
  type CompanyEntry,
} from "../../src/domain/companies";
import { canonicalJson, fnv1a64 } from "../../src/domain/hash";

const base: CompanyEntry = { id: "x", name: "Voorbeeld", phase: "eop", updated: "2025-06-16" };
const entry = (fields: Partial<CompanyEntry>): CompanyEntry => ({ ...base, ...fields });

describe("composeCompanyText", () => {
  it("gives the issue's sentence for Cosun in the default list", () => {
    const cosun = defaultCompanyList.companies.find((company) => company.id === "cosun")!;
    expect(composeCompanyText(cosun)).toBe(
      "Met Coöperatie Koninklijke Cosun is een Expression of Principles (EoP) ondertekend. De ondertekening van de Joint Letter of Intent (JLoI) is gepland op maandag 23 juni 2025.",
    );
  });

  it.each<[string, Partial<CompanyEntry>, string]>([
    ["verkenning", { phase: "verkenning" }, "Met Voorbeeld vinden verkennende gesprekken plaats over een maatwerkafspraak."],
    ["eop without date", { phase: "eop" }, "Met Voorbeeld is een Expression of Principles (EoP) ondertekend."],
    ["eop on a day", { phase: "eop", milestones: { eopSigned: "2023-09-04" } }, "Met Voorbeeld is op 4 september 2023 een Expression of Principles (EoP) ondertekend."],
    ["eop in a month", { phase: "eop", milestones: { eopSigned: "2024-10" } }, "Met Voorbeeld is in oktober 2024 een Expression of Principles (EoP) ondertekend."],
    ["eop in a year", { phase: "eop", milestones: { eopSigned: "2024" } }, "Met Voorbeeld is in 2024 een Expression of Principles (EoP) ondertekend."],
    [
      "eop, JLoI planned in a month",
      { phase: "eop", milestones: { jloiPlanned: "2025-07" } },
      "Met Voorbeeld is een Expression of Principles (EoP) ondertekend. De ondertekening van de Joint Letter of Intent (JLoI) is gepland in juli 2025.",
    ],
    ["jloi", { phase: "jloi", milestones: { jloiSigned: "2025-07-08" } }, "Met Voorbeeld is op 8 juli 2025 een Joint Letter of Intent (JLoI) ondertekend."],
    ["jloi without date", { phase: "jloi" }, "Met Voorbeeld is een Joint Letter of Intent (JLoI) ondertekend."],
    ["maatwerkafspraak", { phase: "maatwerkafspraak", milestones: { afspraakSigned: "2025-12-18" } }, "Met Voorbeeld is op 18 december 2025 een maatwerkafspraak ondertekend."],
    ["gestopt", { phase: "gestopt" }, "De gesprekken met Voorbeeld over een maatwerkafspraak zijn gestopt."],
    ["gestopt on a date", { phase: "gestopt", milestones: { stopped: "2025-03" } }, "De gesprekken met Voorbeeld over een maatwerkafspraak zijn in maart 2025 gestopt."],
  ])("%s", (_, fields, expected) => {
    expect(composeCompanyText(entry(fields))).toBe(expected);
  });

  it("names co-signers with the phase's document, singular and plural, and the expected CO2 reduction", () => {
    expect(composeCompanyText(entry({ phase: "jloi", officialName: "AnQore B.V.", cosigners: { provinces: ["Limburg"], ienw: true }, co2Reduction: { amount: 365, unit: "kt", year: 2029 } }))).toBe(
      "Met AnQore B.V. is een Joint Letter of Intent (JLoI) ondertekend. De JLoI is mede ondertekend door het ministerie van Infrastructuur en Waterstaat en de provincie Limburg. De verwachte CO2-reductie is 365 kt in 2029.",
    );
    expect(composeCompanyText(entry({ phase: "maatwerkafspraak", cosigners: { provinces: ["Groningen", "Friesland", "Zeeland"] }, co2Reduction: { amount: 1.5, unit: "Mt" } }))).toBe(
      "Met Voorbeeld is een maatwerkafspraak ondertekend. De maatwerkafspraak is mede ondertekend door de provincies Groningen, Friesland en Zeeland. De verwachte CO2-reductie is 1,5 Mt.",
    );
    expect(composeCompanyText(entry({ phase: "eop", cosigners: { ienw: true, provinces: [] } }))).toBe(
      "Met Voorbeeld is een Expression of Principles (EoP) ondertekend. De EoP is mede ondertekend door het ministerie van Infrastructuur en Waterstaat.",
    );
    // A stopped company's expected reduction is no longer news.
    expect(composeCompanyText(entry({ phase: "gestopt", co2Reduction: { amount: 100, unit: "kt" } }))).toBe("De gesprekken met Voorbeeld over een maatwerkafspraak zijn gestopt.");
  });

  it("appends the free status text and then the perspective, white space tidied", () => {
    expect(composeCompanyText(entry({ status: "  De gesprekken over  de subsidie lopen.\n", perspective: "Een JLoI in 2026 is haalbaar." }))).toBe(
      "Met Voorbeeld is een Expression of Principles (EoP) ondertekend. De gesprekken over de subsidie lopen. Een JLoI in 2026 is haalbaar.",
    );
  });

  it("keeps names with '&', '<', quotes and diacritics as text", () => {
    const name = `Bröderlijk & "Zonen" <B.V.> 'Ĳssel'`;
    expect(composeCompanyText(entry({ officialName: name }))).toBe(`Met ${name} is een Expression of Principles (EoP) ondertekend.`);
  });
});

describe("Dutch enumerations", () => {
  it("joins with commas and a final 'en'", () => {
    expect(enumerateDutch([])).toBe("");
    expect(enumerateDutch(["Groningen"])).toBe("Groningen");
    expect(enumerateDutch(["Groningen", "Zeeland"])).toBe("Groningen en Zeeland");
    expect(provincesPhrase(["Groningen", "Friesland", "Zeeland"])).toBe("de provincies Groningen, Friesland en Zeeland");
    expect(provincesPhrase(["Limburg"])).toBe("de provincie Limburg");
    expect(provincesPhrase([])).toBe("");
  });
});

describe("company helpers", () => {
  it("tags and reads tags", () => {
    expect(companyTag("cosun")).toBe("nota:company:cosun");
    expect(companyIdFromTag("nota:company:cosun")).toBe("cosun");
    expect(companyIdFromTag("nota:company:")).toBeNull();
    expect(companyIdFromTag("nota:aanleiding")).toBeNull();
  });

  it("accepts milestone dates as day, month or year only", () => {
    expect(["2025-06-23", "2024-10", "2024"].map(isMilestoneDate)).toEqual([true, true, true]);
    expect(["2025-02-30", "2024-13", "24", "juni 2025", " 2024"].map(isMilestoneDate)).toEqual([false, false, false, false, false]);
  });

  it("selects in list order, names unknown ids, and orders by phase keeping the list order within a phase", () => {
    const { selected, unknown } = selectCompanies(defaultCompanyList, ["shell", "cosun", "onbekend"]);
    expect(selected.map((company) => company.id)).toEqual(["cosun", "shell"]);
    expect(unknown).toEqual(["onbekend"]);
    const list = [entry({ id: "a", phase: "gestopt" }), entry({ id: "b", phase: "jloi" }), entry({ id: "c", phase: "verkenning" }), entry({ id: "d", phase: "jloi" })];
    expect(byPhase(list).map((company) => company.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("normalises white space for comparison", () => {
    expect(normaliseCompanyText(" a\u00a0 b\r\nc\t")).toBe("a b c");
  });
});

describe("fingerprint hash", () => {
  it("is FNV-1a 64 over UTF-8", () => {
    // Published FNV-1a 64 test vectors.
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
    // UTF-8, not UTF-16: "ö" is two bytes c3 b6.
    expect(fnv1a64("ö")).toBe(fnv1a64String([0xc3, 0xb6]));
    expect(fnv1a64("😀")).toBe(fnv1a64String([0xf0, 0x9f, 0x98, 0x80]));
  });

  it("gives canonical JSON whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":2,"f":1}]},"b":1}');
  });
});

/** FNV-1a 64 over raw bytes, written out independently as a check on the UTF-8 encoding. */
function fnv1a64String(bytes: number[]): string {
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
}
