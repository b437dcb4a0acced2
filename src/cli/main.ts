// Entry of the `nota` command: argument parsing and dispatch. Exit 0 on success, 2 on unusable
// input or arguments (one line on stderr, no stack trace).
import { parseArgs } from "node:util";
import { inspectUsage, runInspect } from "./inspect";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, processIo, UsageError } from "./io";
import { newUsage, runNew } from "./new";

export const usage = `Usage: nota <command> [options]

Checks and creates beslisnota's as .docx files, with the same engine as the Word add-in.

Commands:
  inspect FILE.docx...   print the outline: sections, content controls, comments
  new --out FILE.docx    write a new beslisnota with the standard blocks

Run 'nota <command> --help' for the options of a command.`;

export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.err(usage);
        return EXIT_UNUSABLE;
      case "help":
      case "--help":
      case "-h":
        io.out(usage);
        return EXIT_OK;
      case "inspect": {
        const { values, positionals } = parse(() =>
          parseArgs({ args: rest, options: { json: { type: "boolean" }, help }, allowPositionals: true, strict: true }),
        );
        if (values.help) return showHelp(io, inspectUsage);
        return runInspect(positionals, values.json === true, io);
      }
      case "new": {
        const { values, positionals } = parse(() =>
          parseArgs({
            args: rest,
            options: {
              out: { type: "string" },
              params: { type: "string" },
              blocks: { type: "string" },
              force: { type: "boolean" },
              help,
            },
            allowPositionals: true,
            strict: true,
          }),
        );
        if (values.help) return showHelp(io, newUsage);
        if (positionals.length > 0) throw new UsageError(`new takes no file arguments (got '${positionals[0]}'); use --out`);
        return runNew(
          {
            out: values.out,
            params: values.params,
            blocks: values.blocks,
            force: values.force === true,
          },
          io,
        );
      }
      default:
        throw new UsageError(`unknown command '${command}' (see nota --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`nota: ${error.message}`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
}

const help = { type: "boolean", short: "h" } as const;

/** node's parseArgs errors become usage errors: one line, exit code 2. */
function parse<T>(parser: () => T): T {
  try {
    return parser();
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

function showHelp(io: CliIo, text: string): number {
  io.out(text);
  return EXIT_OK;
}
