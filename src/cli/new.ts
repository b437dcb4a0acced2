// `nota new`: a new beslisnota with the standard blocks as the add-in's tagged content controls.
import { blockCatalogue } from "../config/blocks";
import { paramsByName } from "../domain/blockPresence";
import { paramValueProblem, renderBlock, type BlockDefinition } from "../domain/blocks";
import { COMPANY_HEADING, COMPANY_HEADING_LEVEL, renderCompanyBlock, type CompanyEntry } from "../domain/companies";
import { insertedCompaniesChange } from "../domain/companyParagraphs";
import type { RenderedBlock } from "../domain/rendered";
import { blockParameterChange, emptyState, mergeState } from "../domain/stateModel";
import { writeDocx, type PlainParagraphs } from "../docx/writeDocx";
import { defaultCompanyList } from "../config/companies";
import { chooseCompanies, readCompanyList } from "./companies";
import { type CliIo, EXIT_OK, InputError, UsageError } from "./io";

export const newUsage = `Usage: nota new --out FILE.docx [--params FILE.json] [--blocks id,id,...] [--companies id,id,...|all]
                [--company-data FILE.json] [--force]

Writes a new beslisnota with the chosen standard blocks (default: all, in nota order) as tagged
content controls that Word with the Nota-assistent and 'nota inspect' recognise.

Options:
  --out FILE.docx     the file to write (an existing file is kept unless --force)
  --params FILE.json  a JSON object of parameter names to values; dates as YYYY-MM-DD, e.g.
                      {"datumDemissionair": "2025-06-03", "onderraad": "RFL"}
  --blocks ids        comma-separated block ids: ${blockCatalogue.map((def) => def.id).join(", ")}
  --companies ids     also write the 'stand van zaken' paragraphs of these companies (or 'all'), in
                      list order, under a heading "${COMPANY_HEADING}" after the blocks
  --company-data FILE.json
                      the company list to use (default: the bundled list; see 'nota companies')
  --force             overwrite FILE.docx
  --help              this text

Parameters:
${[...paramsByName(blockCatalogue).values()]
  .map((param) => `  ${param.name.padEnd(26)}${param.label} (${param.type}${param.default ? `, default "${param.default}"` : ""})`)
  .join("\n")}`;

export interface NewOptions {
  out?: string;
  params?: string;
  blocks?: string;
  force: boolean;
  /** Company ids, comma-separated, or "all". */
  companies?: string;
  /** A company list file; only with `companies`. */
  companyData?: string;
}

export function runNew(options: NewOptions, io: CliIo): number {
  if (!options.out) throw new UsageError("new needs --out FILE.docx");
  if (!options.out.toLowerCase().endsWith(".docx")) throw new UsageError(`${options.out}: the output file must end in .docx`);
  const blocks = chooseBlocks(options.blocks);
  const values = options.params ? readParams(options.params, io) : {};
  if (options.companyData !== undefined && options.companies === undefined) throw new UsageError("--company-data needs --companies");
  const companies = options.companies === undefined ? [] : chooseCompanies(options.companyData ? readCompanyList(options.companyData, io) : defaultCompanyList, options.companies);
  if (io.exists(options.out) && !options.force) {
    throw new InputError(`${options.out}: the file exists; use --force to overwrite it`);
  }
  for (const def of blocks) {
    for (const param of def.params) {
      if (param.required && !(values[param.name] ?? param.default)) {
        io.err(`nota: note: no value for '${param.name}'; the nota shows "[${param.label}]" until it is filled in`);
      }
    }
  }
  const rendered = blocks.map((def) => renderBlock(def, pick(def, values)));
  // The parameter values used, as data, in the state part: what the pane records when it inserts.
  const created = new Date();
  const blockState = rendered.reduce((merged, block) => mergeState(merged, blockParameterChange(block, created.toISOString())), emptyState());
  // The company paragraphs' fingerprints, as the pane records them when it inserts.
  const state = mergeState(blockState, insertedCompaniesChange(companies, created.toISOString()));
  try {
    io.writeFile(options.out, writeDocx([...rendered, ...companySection(companies)], { title: "Beslisnota", created, state }), options.force);
  } catch (error) {
    throw new InputError(`${options.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  io.out(`Wrote ${options.out} with ${blocks.length} blocks: ${blocks.map((def) => def.id).join(", ")}`);
  if (companies.length > 0) io.out(`and ${companies.length} company paragraphs: ${companies.map((entry) => entry.id).join(", ")}`);
  return EXIT_OK;
}

/** The heading "Stand van zaken per bedrijf" (plain, not a control) and one tagged paragraph per company. */
function companySection(companies: readonly CompanyEntry[]): Array<RenderedBlock | PlainParagraphs> {
  if (companies.length === 0) return [];
  const heading: PlainParagraphs = {
    kind: "plain",
    headingLevel: COMPANY_HEADING_LEVEL,
    paragraphs: [{ kind: "heading", listLevel: 0, segments: [{ kind: "text", text: COMPANY_HEADING }] }],
  };
  return [heading, ...companies.map(renderCompanyBlock)];
}

function chooseBlocks(list: string | undefined): BlockDefinition[] {
  const ordered = [...blockCatalogue].sort((a, b) => a.order - b.order);
  if (list === undefined) return ordered;
  const ids = list.split(",").map((id) => id.trim()).filter((id) => id !== "");
  if (ids.length === 0) throw new UsageError("--blocks names no block");
  const unknown = ids.filter((id) => !ordered.some((def) => def.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown block '${unknown[0]}' (known: ${ordered.map((def) => def.id).join(", ")})`);
  }
  return ordered.filter((def) => ids.includes(def.id));
}

/** Reads and checks the params file: a flat object of known parameter names to valid values. */
function readParams(file: string, io: CliIo): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(io.readFile(file)));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`;
    throw new InputError(`${file}: ${reason}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(`${file}: expected a JSON object of parameter names to values`);
  }
  const known = paramsByName(blockCatalogue);
  const values: Record<string, string> = {};
  for (const [name, raw] of Object.entries(data)) {
    const param = known.get(name);
    if (!param) throw new InputError(`${file}: unknown parameter '${name}' (see nota new --help)`);
    const booleanOk = param.type === "boolean" && typeof raw === "boolean";
    if (typeof raw !== "string" && !booleanOk) {
      throw new InputError(`${file}: parameter '${name}' must be a string${param.type === "boolean" ? " or a boolean" : ""}`);
    }
    const value = String(raw).trim();
    if (value !== "" && paramValueProblem(param, value) !== null) {
      throw new InputError(`${file}: parameter '${name}': ${englishProblem(param.type, value, param.choices)}`);
    }
    values[name] = value;
  }
  return values;
}

function englishProblem(type: string, value: string, choices: string[] | undefined): string {
  switch (type) {
    case "date":
      return `'${value}' is not an existing date in the form YYYY-MM-DD`;
    case "boolean":
      return `'${value}' must be true or false`;
    default:
      return `'${value}' is not one of: ${(choices ?? []).join(", ")}`;
  }
}

function pick(def: BlockDefinition, values: Record<string, string>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const param of def.params) if (values[param.name] !== undefined) picked[param.name] = values[param.name];
  return picked;
}
