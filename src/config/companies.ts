// The company list (issue 11) as data: a versioned JSON file the users maintain, validated with zod.
// An invalid list is refused whole, with every bad entry and field named (by id, or by position when
// the id is missing or unusable), so nothing is ever inserted from half a list. The bundled default is
// the example nota's companies as of June 2025 plus a few whose talks stopped, with only the public
// facts of ../shared/domain/BEDRIJVEN.md: where a fact is unknown, the field is left out.
import * as z from "zod/mini";
import { COMPANY_PHASES, isMilestoneDate, type CompanyEntry, type CompanyList, type CompanyPhase } from "../domain/companies";
import { parseIsoDate } from "../domain/dutchDates";
import { englishIssues } from "./catalogueErrors";

/** The list format this code reads and writes (the file's `version`). */
export const COMPANY_LIST_VERSION = 1;

const text = z.string().check(z.trim(), z.minLength(1));
const isoDate = z.string().check(z.refine((value) => parseIsoDate(value) !== null && value.trim() === value, "expected an existing date YYYY-MM-DD"));
const milestoneDate = z.string().check(z.refine(isMilestoneDate, "expected a date YYYY-MM-DD, a month YYYY-MM or a year YYYY"));

const companySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "use lower case letters, digits and '-'")),
  name: text,
  officialName: z.optional(text),
  cluster: z.optional(text),
  phase: z.enum(COMPANY_PHASES),
  milestones: z.optional(
    z.strictObject({
      eopSigned: z.optional(milestoneDate),
      jloiPlanned: z.optional(milestoneDate),
      jloiSigned: z.optional(milestoneDate),
      afspraakSigned: z.optional(milestoneDate),
      stopped: z.optional(milestoneDate),
    }),
  ),
  cosigners: z.optional(
    z.strictObject({
      provinces: z.optional(z.array(text)),
      ienw: z.optional(z.boolean()),
    }),
  ),
  co2Reduction: z.optional(
    z.strictObject({
      amount: z.number().check(z.positive()),
      unit: z.enum(["kt", "Mt"]),
      year: z.optional(z.int().check(z.minimum(2000), z.maximum(2100))),
    }),
  ),
  status: z.optional(text),
  perspective: z.optional(text),
  submittedToCompany: z.optional(isoDate),
  updated: isoDate,
});

const listSchema = z.strictObject({
  version: z.number(),
  companies: z.array(z.unknown()),
});

/** One thing wrong with a list: the entry ("'cosun'" or "#3", null for the list itself), the field path, and what is wrong (English). */
export interface CompanyListProblem {
  entry: string | null;
  field: string | null;
  message: string;
}

/** An invalid company list: every problem found, none of the list used. */
export class CompanyListError extends Error {
  override readonly name = "CompanyListError";
  constructor(readonly problems: readonly CompanyListProblem[]) {
    super(`Invalid company list:\n- ${problems.map(problemText).join("\n- ")}`);
  }
}

/** "company 'cosun' field 'milestones.eopSigned': expected …", or "company list: …". */
export function problemText(problem: CompanyListProblem): string {
  const where = problem.entry === null ? "company list" : `company ${problem.entry}`;
  return `${where}${problem.field === null ? "" : ` field '${problem.field}'`}: ${problem.message}`;
}

function usableId(data: unknown): string | null {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : null;
}

/**
 * How an entry is named in problems: its id when it has a usable one, else its 1-based position; an id
 * that several entries share gets the position too ("#9 ('cosun')").
 */
function entryName(data: unknown, index: number, idCounts: ReadonlyMap<string, number>): string {
  const id = usableId(data);
  if (id === null) return `#${index + 1}`;
  return (idCounts.get(id) ?? 0) > 1 ? `#${index + 1} ('${id}')` : `'${id}'`;
}

// A milestone says the company reached a phase: a later phase than the entry's own is a list not kept up.
const PHASE_OF_MILESTONE: Record<keyof NonNullable<CompanyEntry["milestones"]>, CompanyPhase | null> = {
  eopSigned: "eop",
  jloiPlanned: null,
  jloiSigned: "jloi",
  afspraakSigned: "maatwerkafspraak",
  stopped: "gestopt",
};

function semanticProblems(entry: CompanyEntry): string[][] {
  const problems: string[][] = [];
  const rank = (phase: CompanyPhase) => COMPANY_PHASES.indexOf(phase);
  for (const [field, phase] of Object.entries(PHASE_OF_MILESTONE) as [keyof typeof PHASE_OF_MILESTONE, CompanyPhase | null][]) {
    if (phase === null || entry.milestones?.[field] === undefined || entry.phase === "gestopt") continue;
    if (phase === "gestopt" || rank(phase) > rank(entry.phase)) {
      problems.push([`milestones.${field}`, `a company in phase '${entry.phase}' cannot have this milestone yet; update 'phase'`]);
    }
  }
  const provinces = entry.cosigners?.provinces ?? [];
  if (new Set(provinces).size !== provinces.length) problems.push(["cosigners.provinces", "a province is named twice"]);
  return problems;
}

/**
 * Validates a parsed JSON value as a company list (format version 1). Throws CompanyListError listing
 * every problem: unknown or missing fields, wrong types, bad dates, an unknown phase, a milestone the
 * phase has not reached, duplicate ids.
 */
export function parseCompanyList(data: unknown): CompanyList {
  const root = listSchema.safeParse(data, englishIssues);
  if (!root.success) {
    throw new CompanyListError(root.error.issues.map((issue) => ({ entry: null, field: issue.path.length > 0 ? issue.path.map(String).join(".") : null, message: issue.message })));
  }
  if (root.data.version !== COMPANY_LIST_VERSION) {
    throw new CompanyListError([{ entry: null, field: "version", message: `version ${root.data.version} is not supported; this program reads version ${COMPANY_LIST_VERSION}` }]);
  }
  const problems: CompanyListProblem[] = [];
  const companies: CompanyEntry[] = [];
  const seen = new Map<string, number>();
  const idCounts = new Map<string, number>();
  for (const item of root.data.companies) {
    const id = usableId(item);
    if (id !== null) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  }
  root.data.companies.forEach((item, index) => {
    const entry = entryName(item, index, idCounts);
    const parsed = companySchema.safeParse(item, englishIssues);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ entry, field: issue.path.length > 0 ? issue.path.map(String).join(".") : null, message: issue.message });
      }
      return;
    }
    const company = parsed.data as CompanyEntry;
    for (const [field, message] of semanticProblems(company)) problems.push({ entry, field, message });
    const first = seen.get(company.id);
    if (first !== undefined) problems.push({ entry, field: "id", message: `'${company.id}' is also the id of company #${first + 1}` });
    else seen.set(company.id, index);
    companies.push(company);
  });
  if (problems.length > 0) throw new CompanyListError(problems);
  return { version: COMPANY_LIST_VERSION, companies };
}

/** Parses JSON text as a company list; a syntax error is a CompanyListError too. */
export function parseCompanyListJson(json: string): CompanyList {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CompanyListError([{ entry: null, field: null, message: `not valid JSON (${(error as Error).message})` }]);
  }
  return parseCompanyList(data);
}

/** A list as the JSON file holds it (two-space indent, a final newline): what `nota companies --export` writes. */
export function companyListJson(list: CompanyList): string {
  return JSON.stringify(list, null, 2) + "\n";
}

// As of June 2025 (the example nota). Facts from BEDRIJVEN.md only; imprecise ones ("by Sept 2023")
// are left out rather than guessed, and so are facts that became public later (AnQore's JLoI of
// 8 July 2025, Cosun's maatwerkafspraak of December 2025): a ministry updates its own copy.
const UPDATED = "2025-06-16";
const DEFAULT_DATA: unknown = {
  version: 1,
  companies: [
    { id: "anqore", name: "AnQore", cluster: "Chemelot, Limburg", phase: "eop", updated: UPDATED },
    {
      id: "cosun",
      name: "Cosun",
      officialName: "Coöperatie Koninklijke Cosun",
      cluster: "suikerbietenverwerking, meerdere provincies",
      phase: "eop",
      milestones: { jloiPlanned: "2025-06-23" },
      updated: UPDATED,
    },
    { id: "tata-steel", name: "Tata Steel Nederland", cluster: "IJmuiden, Noordzeekanaalgebied", phase: "eop", updated: UPDATED },
    {
      id: "alco-energy",
      name: "Alco Energy Rotterdam",
      cluster: "Rotterdam-Moerdijk",
      phase: "eop",
      milestones: { eopSigned: "2024-10" },
      cosigners: { provinces: ["Zuid-Holland"], ienw: true },
      updated: UPDATED,
    },
    {
      id: "zeeland-refinery",
      name: "Zeeland Refinery",
      cluster: "Zeeland/West-Brabant",
      phase: "eop",
      perspective: "Er wordt toegewerkt naar een JLoI.",
      updated: UPDATED,
    },
    {
      id: "oci",
      name: "OCI",
      cluster: "Chemelot/Geleen",
      phase: "eop",
      perspective: "OCI hoort mogelijk bij de prioritering op zes bedrijven (juni 2025).",
      updated: UPDATED,
    },
    { id: "shell", name: "Shell", phase: "gestopt", updated: UPDATED },
    { id: "bp", name: "BP", phase: "gestopt", updated: UPDATED },
    { id: "air-liquide", name: "Air Liquide", phase: "gestopt", updated: UPDATED },
    { id: "dow", name: "Dow", phase: "gestopt", updated: UPDATED },
  ],
};

/** The bundled default list, validated at load like any other list. */
export const defaultCompanyList: CompanyList = parseCompanyList(DEFAULT_DATA);
