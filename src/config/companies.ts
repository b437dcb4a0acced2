// The company list (issue 11) as data: a versioned JSON file the users maintain, validated with zod.
// An invalid list is refused whole, with every problem as a code and data placed by entry and field
// (their Dutch texts: companyListMessages.ts, for the pane and the CLI), so nothing is ever inserted
// from half a list. The bundled default is the example nota's companies as of June 2025 plus a few whose talks stopped, with only the public
// facts of ../shared/domain/BEDRIJVEN.md: where a fact is unknown, the field is left out.
import * as z from "zod/mini";
import { COMPANY_PHASES, isMilestoneDate, type CompanyEntry, type CompanyList, type CompanyPhase } from "../domain/companies";
import { parseIsoDate } from "../domain/dutchDates";
import { companyListProblemText } from "./companyListMessages";
import type { MessageValue } from "../domain/findings";
import { valueAt } from "./jsonValues";

/** The list format this code reads and writes (the file's `version`). */
export const COMPANY_LIST_VERSION = 1;

const text = z.string().check(z.trim(), z.minLength(1));
// The refinements tag their issue, so a problem gets its own code rather than zod's text.
const isoDate = z.string().check(z.refine((value) => parseIsoDate(value) !== null && value.trim() === value, { params: { code: "bad-date" } }));
const milestoneDate = z.string().check(z.refine(isMilestoneDate, { params: { code: "bad-milestone-date" } }));
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const companySchema = z.strictObject({
  id: z.string().check(z.regex(ID_PATTERN)),
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

/** Every problem a company list can have, with the data its Dutch text (companyListMessages.ts) needs. */
export type CompanyListProblemData = {
  /** The text is not JSON (the parser's detail). */
  "not-json": { detail: string };
  /** `version` missing (found null) or not the one this code reads: the other fields may mean something else. */
  "unsupported-version": { found: MessageValue; supported: number };
  /** A required field is missing. */
  missing: Record<never, never>;
  /** A value of the wrong JSON type (zod's name of the expected type: string, number, int, object, …). */
  "wrong-type": { expected: string };
  "unknown-field": { fields: string[] };
  /** A text or list that must not be empty. */
  empty: Record<never, never>;
  /** An id that is not lower case letters, digits and '-'. */
  "invalid-id": { found: MessageValue };
  "unknown-phase": { found: MessageValue; allowed: string[] };
  /** A value outside a fixed list other than the phase (the unit of a CO2 reduction). */
  "invalid-value": { found: MessageValue; allowed: string[] };
  /** A number below its minimum (inclusive) or not above it (exclusive). */
  "too-small": { minimum: number; inclusive: boolean };
  "too-large": { maximum: number; inclusive: boolean };
  /** Not an existing calendar date YYYY-MM-DD (`updated`, `submittedToCompany`). */
  "bad-date": { found: MessageValue };
  /** Not a date YYYY-MM-DD, month YYYY-MM or year YYYY (a milestone). */
  "bad-milestone-date": { found: MessageValue };
  /** A milestone of a later phase than the entry's own: the list was not kept up. */
  "milestone-not-reached": { phase: string };
  "province-twice": { province: string };
  /** An id an earlier entry (1-based `firstPosition`) already has. */
  "duplicate-id": { id: string; firstPosition: number };
  /** Anything else the schema refuses (zod's issue code). */
  invalid: { issue: string };
};

/** Where a problem is: the entry (its usable id, its 1-based position) and the field path; all null for the list as a whole. */
export interface CompanyListPlace {
  /** The entry's id when it has a usable one (lower case letters, digits, '-'), else null. */
  id: string | null;
  /** 1-based position in `companies`; null for a problem of the list itself. */
  position: number | null;
  /** Path of the field inside the entry (or the list), e.g. "milestones.eopSigned"; null for the entry as a whole. */
  field: string | null;
}

/** One thing wrong with a company list: a place, a code and the code's data (issue 11; like the checklist's problems). */
export type CompanyListProblem = {
  [C in keyof CompanyListProblemData]: CompanyListPlace & { code: C; data: CompanyListProblemData[C] };
}[keyof CompanyListProblemData];

/** An invalid company list: every problem found, none of the list used; the message holds their Dutch lines. */
export class CompanyListError extends Error {
  override readonly name = "CompanyListError";
  constructor(readonly problems: readonly CompanyListProblem[]) {
    super(`Ongeldige bedrijvenlijst:\n- ${problems.map(companyListProblemText).join("\n- ")}`);
  }
}

function usableId(data: unknown): string | null {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === "string" && ID_PATTERN.test(id) ? id : null;
}

// A milestone says the company reached a phase: a later phase than the entry's own is a list not kept up.
const PHASE_OF_MILESTONE: Record<keyof NonNullable<CompanyEntry["milestones"]>, CompanyPhase | null> = {
  eopSigned: "eop",
  jloiPlanned: null,
  jloiSigned: "jloi",
  afspraakSigned: "maatwerkafspraak",
  stopped: "gestopt",
};

function semanticProblems(entry: CompanyEntry, at: (field: string) => CompanyListPlace): CompanyListProblem[] {
  const problems: CompanyListProblem[] = [];
  const rank = (phase: CompanyPhase) => COMPANY_PHASES.indexOf(phase);
  for (const [field, phase] of Object.entries(PHASE_OF_MILESTONE) as [keyof typeof PHASE_OF_MILESTONE, CompanyPhase | null][]) {
    if (phase === null || entry.milestones?.[field] === undefined || entry.phase === "gestopt") continue;
    if (phase === "gestopt" || rank(phase) > rank(entry.phase)) {
      problems.push({ ...at(`milestones.${field}`), code: "milestone-not-reached", data: { phase: entry.phase } });
    }
  }
  const provinces = entry.cosigners?.provinces ?? [];
  const twice = provinces.find((province, k) => provinces.indexOf(province) !== k);
  if (twice !== undefined) problems.push({ ...at("cosigners.provinces"), code: "province-twice", data: { province: twice } });
  return problems;
}

/** A value as problem data: JSON values other than objects as they are, anything else as its JSON text. */
function shown(value: unknown): MessageValue {
  if (value === undefined) return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null ? value : JSON.stringify(value);
}

/** One zod issue of `data` (the list or one entry) as a coded problem at `place`'s entry. */
function schemaProblem(data: unknown, issue: z.core.$ZodIssue, entry: Omit<CompanyListPlace, "field">): CompanyListProblem {
  const path = [...issue.path];
  const place = { ...entry, field: path.length > 0 ? path.map(String).join(".") : null };
  const value = valueAt(data, path);
  // zod reports a missing field as a wrong type or, for an enum such as `phase`, as a wrong value.
  if (value === undefined && path.length > 0 && (issue.code === "invalid_type" || issue.code === "invalid_value")) return { ...place, code: "missing", data: {} };
  const found = shown(value);
  switch (issue.code) {
    case "invalid_type":
      return { ...place, code: "wrong-type", data: { expected: issue.expected } };
    case "unrecognized_keys":
      return { ...place, code: "unknown-field", data: { fields: issue.keys } };
    case "invalid_value":
      return path[path.length - 1] === "phase"
        ? { ...place, code: "unknown-phase", data: { found, allowed: issue.values.map(String) } }
        : { ...place, code: "invalid-value", data: { found, allowed: issue.values.map(String) } };
    case "invalid_format":
      return { ...place, code: "invalid-id", data: { found } };
    case "too_small":
      return issue.origin === "number" || issue.origin === "int"
        ? { ...place, code: "too-small", data: { minimum: Number(issue.minimum), inclusive: issue.inclusive ?? true } }
        : { ...place, code: "empty", data: {} };
    case "too_big":
      return { ...place, code: "too-large", data: { maximum: Number(issue.maximum), inclusive: issue.inclusive ?? true } };
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (code === "bad-date" || code === "bad-milestone-date") return { ...place, code, data: { found } };
      return { ...place, code: "invalid", data: { issue: issue.code } };
    }
    default:
      return { ...place, code: "invalid", data: { issue: issue.code } };
  }
}

/**
 * Validates a parsed JSON value as a company list (format version 1). Throws CompanyListError listing
 * every problem as a code with data, placed by entry (id and position) and field: unknown or missing
 * fields, wrong types, bad dates, an unknown phase, a milestone the phase has not reached, duplicate ids.
 * A list of another `version` (or none) is refused with that one problem: its fields may mean something else.
 */
export function parseCompanyList(data: unknown): CompanyList {
  const list = { id: null, position: null };
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const version = (data as { version?: unknown }).version;
    if (version !== COMPANY_LIST_VERSION) {
      throw new CompanyListError([{ ...list, field: "version", code: "unsupported-version", data: { found: shown(version), supported: COMPANY_LIST_VERSION } }]);
    }
  }
  const root = listSchema.safeParse(data);
  if (!root.success) throw new CompanyListError(root.error.issues.map((issue) => schemaProblem(data, issue, list)));
  const problems: CompanyListProblem[] = [];
  const companies: CompanyEntry[] = [];
  const seen = new Map<string, number>();
  root.data.companies.forEach((item, index) => {
    const entry = { id: usableId(item), position: index + 1 };
    const parsed = companySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(schemaProblem(item, issue, entry));
      return;
    }
    const company = parsed.data as CompanyEntry;
    problems.push(...semanticProblems(company, (field) => ({ ...entry, field })));
    const first = seen.get(company.id);
    if (first !== undefined) problems.push({ ...entry, field: "id", code: "duplicate-id", data: { id: company.id, firstPosition: first + 1 } });
    else seen.set(company.id, index);
    companies.push(company);
  });
  if (problems.length > 0) throw new CompanyListError(problems);
  return { version: COMPANY_LIST_VERSION, companies };
}

/** Parses JSON text as a company list (a leading byte-order mark is allowed); text that is not JSON is one `not-json` problem. */
export function parseCompanyListJson(json: string): CompanyList {
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    throw new CompanyListError([{ id: null, position: null, field: null, code: "not-json", data: { detail: (error as Error).message } }]);
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
