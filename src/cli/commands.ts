// The table of `nota` commands: main.ts dispatches through it and builds `nota --help` from it. A new
// command (`check`, issues 9–11) is one more entry here.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { checklistUsage, checkUsage, runCheck, runChecklistValidate } from "./check";
import { companiesUsage, runCompanies } from "./companies";
import { inspectUsage, runInspect } from "./inspect";
import { type CliIo, EXIT_OK, UsageError } from "./io";
import { newUsage, runNew } from "./new";
import { runStatus, statusUsage } from "./status";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** One command: what `nota --help` shows, the options it accepts, and the code that runs it. */
export interface Command {
  name: string;
  /** Arguments as the command list shows them, e.g. `FILE.docx... [--json]`. */
  synopsis: string;
  /** One line for the command list. */
  summary: string;
  /** The full text of `nota <name> --help`. */
  help: string;
  /** node:util parseArgs options; `--help`/`-h` is added for every command. */
  options: ParseArgsOptionsConfig;
  /** Parses `args` (a UsageError for unknown options), prints `help` for --help, else runs; resolves to the exit code. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** A table entry whose handler gets its own options' types. */
function command<const O extends ParseArgsOptionsConfig>(spec: Omit<Command, "run" | "options"> & { options: O; handler(parsed: Parsed<O>, io: CliIo): number | Promise<number> }): Command {
  const { handler, ...rest } = spec;
  return {
    ...rest,
    run(args, io) {
      const withHelp: ParseArgsOptionsConfig = { ...spec.options, help: { type: "boolean", short: "h" } };
      const parsed = parseCommandArgs(args, withHelp);
      if (parsed.values.help) {
        io.out(spec.help);
        return EXIT_OK;
      }
      // Parsed with the command's own options (plus --help, handled above): its values have their types.
      return handler(parsed as unknown as Parsed<O>, io);
    },
  };
}

/** node's parseArgs with its errors as usage errors (one line, exit code 2). */
function parseCommandArgs<O extends ParseArgsOptionsConfig>(args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

export const commands: readonly Command[] = [
  command({
    name: "inspect",
    synopsis: "FILE.docx... [--json]",
    summary: "print the outline: sections, content controls, comments",
    help: inspectUsage,
    options: { json: { type: "boolean" } },
    handler: ({ values, positionals }, io) => runInspect(positionals, values.json === true, io),
  }),
  command({
    name: "check",
    synopsis: "FILE.docx|DIR... [options]",
    summary: "check against the review checklist (ACKE/FIN) and list review comments",
    help: checkUsage,
    options: { checklist: { type: "string" }, "company-data": { type: "string" }, json: { type: "boolean" }, junit: { type: "string" } },
    handler: ({ values, positionals }, io) =>
      runCheck(positionals, { checklist: values.checklist, companyData: values["company-data"], json: values.json === true, junit: values.junit }, io),
  }),
  command({
    name: "checklist",
    synopsis: "validate FILE.json",
    summary: "check a checklist file, including its examples",
    help: checklistUsage,
    options: {},
    handler: ({ positionals }, io) => runChecklistValidate(positionals, io),
  }),
  command({
    name: "new",
    synopsis: "--out FILE.docx [options]",
    summary: "write a new beslisnota with the standard blocks",
    help: newUsage,
    options: {
      out: { type: "string" },
      params: { type: "string" },
      blocks: { type: "string" },
      force: { type: "boolean" },
      companies: { type: "string" },
      "company-data": { type: "string" },
    },
    handler: ({ values, positionals }, io) => {
      if (positionals.length > 0) throw new UsageError(`new takes no file arguments (got '${positionals[0]}'); use --out`);
      return runNew(
        { out: values.out, params: values.params, blocks: values.blocks, force: values.force === true, companies: values.companies, companyData: values["company-data"] },
        io,
      );
    },
  }),
  command({
    name: "status",
    synopsis: "FILE.docx... [--json]",
    summary: "print the co-signatories and the procedure, stored or inferred",
    help: statusUsage,
    options: { json: { type: "boolean" } },
    handler: ({ values, positionals }, io) => runStatus(positionals, values.json === true, io),
  }),
  command({
    name: "companies",
    synopsis: "[options]",
    summary: "company paragraphs; validate FILE.json, --export",
    help: companiesUsage,
    options: { data: { type: "string" }, ids: { type: "string" }, json: { type: "boolean" }, export: { type: "string" }, force: { type: "boolean" } },
    handler: ({ values, positionals }, io) =>
      runCompanies(positionals, { data: values.data, ids: values.ids, json: values.json === true, export: values.export, force: values.force === true }, io),
  }),
];
