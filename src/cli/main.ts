// Entry of the `nota` command: global options, dispatch through the command table (commands.ts), and
// the exit codes of issue 7 — 0 fine, 1 failing findings, 2 unusable input or usage, 3 internal error.
import { commands } from "./commands";
import { type CliIo, EXIT_INTERNAL, EXIT_OK, EXIT_UNUSABLE, InputError, processIo, UsageError } from "./io";

export const usage = `Usage: nota <command> [options]

Checks and creates beslisnota's as .docx files, with the same engine as the Word add-in.

Commands:
${commands.map((command) => `  ${`${command.name} ${command.synopsis}`.padEnd(34)}${command.summary}`).join("\n")}

Run 'nota <command> --help' for the options of a command.

Options:
  --debug   on an internal error, print the stack trace (anywhere before a --)
  --help    this text

Exit codes:
  0  fine
  1  findings that fail the check
  2  unusable input (a file that cannot be read, an invalid parameter) or wrong arguments
  3  internal error (a bug in nota; --debug shows where)`;

/**
 * Runs `nota` with `argv` (without node and the script); resolves to the exit code and never rejects.
 * `--debug` may stand anywhere before a `--`.
 */
export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
  const debug = argv.slice(0, end).includes("--debug");
  const [name, ...rest] = debug ? argv.filter((arg, i) => !(arg === "--debug" && i < end)) : argv;
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (name === undefined) {
      io.err(usage);
      return EXIT_UNUSABLE;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(usage);
      return EXIT_OK;
    }
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`nota: ${error.message} (see 'nota ${command ? `${command.name} ` : ""}--help')`);
      return EXIT_UNUSABLE;
    }
    if (error instanceof InputError) {
      io.err(`nota: ${error.message}`);
      return EXIT_UNUSABLE;
    }
    io.err(debug ? `nota: internal error: ${stackOf(error)}` : `nota: internal error: ${messageOf(error)} (run with --debug for the stack trace)`);
    return EXIT_INTERNAL;
  }
}

/**
 * What bin/nota.js calls: runs with the process's arguments and sets its exit code. A reader that
 * closes the pipe early (`nota inspect big.docx | head`) ends the output quietly: the rest is dropped.
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let outputFailed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    // Any other write failure (a full disk under a redirect): one line, and never exit 0 with lost output.
    if (!outputFailed) process.stderr.write(`nota: cannot write the output (${error.code ?? error.message})\n`);
    outputFailed = true;
    process.exitCode = EXIT_INTERNAL;
  });
  const code = await run(argv);
  process.exitCode = outputFailed ? EXIT_INTERNAL : code;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stackOf = (error: unknown) => (error instanceof Error && error.stack ? error.stack : String(error));
