// `nota companies` (issue 11): the company paragraphs as text or JSON, validating a company list, and
// exporting the bundled default list as the starting point for a ministry's own.
import { CompanyListError, companyListJson, defaultCompanyList, parseCompanyListJson } from "../config/companies";
import { companyListProblemText } from "../config/companyListMessages";
import { composeCompanyText, selectCompanies, type CompanyEntry, type CompanyList } from "../domain/companies";
import { oneLine } from "../domain/oneLine";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, InputError, readFailure, UsageError } from "./io";

export const companiesUsage = `Usage: nota companies [--data FILE.json] [--ids id,id,...] [--json]
       nota companies validate FILE.json
       nota companies --export FILE.json [--force]

Prints the 'stand van zaken' paragraph of each company of the maatwerkaanpak, made from the
company list (default: the bundled list of June 2025), to paste elsewhere.

Options:
  --data FILE.json    the company list to use instead of the bundled one (see the README)
  --ids ids           comma-separated company ids (default: every company, in list order)
  --json              print [{ "id", "name", "phase", "updated", "text" }]
  --export FILE.json  write the bundled list to FILE.json (kept unless --force)
  --force             overwrite the --export file
  --help              this text

'validate FILE.json' checks a list and names every bad entry and field; exit 0 when it is valid,
2 when it is not.`;

export interface CompaniesOptions {
  data?: string;
  ids?: string;
  json: boolean;
  export?: string;
  force: boolean;
}

/** One company as `nota companies --json` prints it. */
export interface CompanyText {
  id: string;
  name: string;
  phase: CompanyEntry["phase"];
  updated: string;
  text: string;
}

export function runCompanies(positionals: string[], options: CompaniesOptions, io: CliIo): number {
  if (positionals[0] === "validate") {
    if (positionals.length !== 2) throw new UsageError("companies validate takes exactly one FILE.json");
    if (options.data || options.ids || options.json || options.export) throw new UsageError("companies validate takes no other options");
    return validate(positionals[1], io);
  }
  if (positionals.length > 0) throw new UsageError(`unknown argument '${positionals[0]}'`);
  if (options.export !== undefined) {
    if (options.data || options.ids || options.json) throw new UsageError("--export takes no other options than --force");
    return exportDefault(options.export, options.force, io);
  }
  const list = options.data === undefined ? defaultCompanyList : readCompanyList(options.data, io);
  const entries = chooseCompanies(list, options.ids);
  const texts: CompanyText[] = entries.map((entry) => ({ id: entry.id, name: entry.name, phase: entry.phase, updated: entry.updated, text: composeCompanyText(entry) }));
  io.out(options.json ? JSON.stringify(texts, null, 2) : texts.map((company) => company.text).join("\n\n"));
  return EXIT_OK;
}

/**
 * The companies `ids` names ("a,b" or "all"; undefined: all), in list order. A UsageError for an empty
 * or unknown id.
 */
export function chooseCompanies(list: CompanyList, ids: string | undefined): CompanyEntry[] {
  if (ids === undefined || ids.trim() === "all") return [...list.companies];
  const wanted = ids.split(",").map((id) => id.trim()).filter((id) => id !== "");
  if (wanted.length === 0) throw new UsageError("no company ids given");
  const { selected, unknown } = selectCompanies(list, wanted);
  if (unknown.length > 0) throw new UsageError(`unknown company '${unknown[0]}' (known: ${list.companies.map((entry) => entry.id).join(", ")})`);
  return selected;
}

/**
 * Reads and validates a company list file. An invalid list is refused whole: every problem goes to
 * stderr, one per line in the pane's Dutch (like `nota checklist validate`), and an InputError names the file.
 */
export function readCompanyList(file: string, io: CliIo): CompanyList {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(file));
  } catch (error) {
    throw new InputError(`${file}: ${readFailure(error)}`);
  }
  try {
    return parseCompanyListJson(text);
  } catch (error) {
    if (!(error instanceof CompanyListError)) throw error;
    for (const problem of error.problems) io.err(`nota: ${oneLine(`${file}: ${companyListProblemText(problem)}`)}`);
    throw new InputError(`${file}: invalid company list (${error.problems.length} ${error.problems.length === 1 ? "problem" : "problems"}); nothing was used`);
  }
}

function validate(file: string, io: CliIo): number {
  let list: CompanyList;
  try {
    list = readCompanyList(file, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`nota: ${error.message}`);
    return EXIT_UNUSABLE;
  }
  io.out(`${oneLine(file)}: a valid company list with ${list.companies.length} ${list.companies.length === 1 ? "company" : "companies"}`);
  return EXIT_OK;
}

function exportDefault(file: string, force: boolean, io: CliIo): number {
  if (io.exists(file) && !force) throw new InputError(`${file}: the file exists; use --force to overwrite it`);
  try {
    io.writeFile(file, new TextEncoder().encode(companyListJson(defaultCompanyList)), force);
  } catch (error) {
    throw new InputError(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  io.out(`Wrote ${oneLine(file)} with ${defaultCompanyList.companies.length} companies`);
  return EXIT_OK;
}
