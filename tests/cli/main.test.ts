// The command table, usage text, error types and exit codes of `nota` (issue 7).
import { join } from "node:path";
import { commands } from "../../src/cli/commands";
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_UNUSABLE } from "../../src/cli/io";
import { run, usage } from "../../src/cli/main";
import { fakeIo } from "./fakeIo";

const fixture = join(__dirname, "..", "fixtures", "voorbeeld-nota.docx");

describe("the command table", () => {
  test("nota --help lists every command of the table with its summary, and the exit codes", async () => {
    const { io, out } = fakeIo();
    expect(await run(["--help"], io)).toBe(EXIT_OK);
    expect(out()).toBe(usage);
    for (const command of commands) {
      expect(usage).toMatch(new RegExp(`^  ${command.name} ${command.synopsis.replace(/[.[\]]/g, "\\$&")} +${command.summary}$`, "m"));
    }
    // The documented codes are the ones the code returns.
    expect(usage).toMatch(new RegExp(`^  ${EXIT_OK}  fine$`, "m"));
    expect(usage).toMatch(new RegExp(`^  ${EXIT_FINDINGS}  findings that fail`, "m"));
    expect(usage).toMatch(new RegExp(`^  ${EXIT_UNUSABLE}  unusable input .* or wrong arguments$`, "m"));
    expect(usage).toMatch(new RegExp(`^  ${EXIT_INTERNAL}  internal error`, "m"));
  });

  test.each(commands.map((command) => [command.name, command] as const))("nota %s --help prints its help, which names each of its options", async (name, command) => {
    const { io, out } = fakeIo();
    expect(await run([name, "--help"], io)).toBe(EXIT_OK);
    expect(out()).toBe(command.help);
    expect(out()).toMatch(new RegExp(`^Usage: nota ${name} `));
    for (const option of Object.keys(command.options)) expect(out()).toContain(`--${option}`);
  });
});

describe("help texts", () => {
  test.each([["nota", usage] as const, ...commands.map((command) => [command.name, command.help] as const)])("%s: no line is wider than 100 characters", (_name, help) => {
    for (const line of help.split("\n")) expect(line.length <= 100 ? "" : line).toBe("");
  });

  test.each(commands.map((command) => [command.name, command] as const))("nota %s --help lists each option once, --help last, in its Options", (_name, command) => {
    const options = command.help.split("\n\n").find((block) => block.startsWith("Options:\n"))!;
    const listed = options.split("\n").flatMap((line) => /^ {2}(--[a-z-]+)/.exec(line)?.[1] ?? []);
    expect([...listed].sort()).toEqual([...Object.keys(command.options).map((option) => `--${option}`), "--help"].sort());
    expect(listed[listed.length - 1]).toBe("--help");
    expect(command.help.split("\n").filter((line) => /^ {2}--help /.test(line))).toHaveLength(1);
  });

  test("nota new --help marks the required parameters", () => {
    const help = commands.find((command) => command.name === "new")!.help;
    expect(help).toMatch(/^ {2}datumDemissionair +Datum demissionair \(date, required\)$/m);
    expect(help).toMatch(/^ {2}datumAcke +Datum ACKE \(date, required\)$/m);
    expect(help).toMatch(/^ {2}datumMr +Datum ministerraad \(date\)$/m);
  });
});

describe("errors: usage and input are different, both exit 2 with one line", () => {
  test.each([
    [["inspekt"], /^nota: unknown command 'inspekt' \(see 'nota --help'\)$/],
    [["inspect", "--jsn", "x.docx"], /^nota: unknown option '--jsn' \(see 'nota inspect --help'\)$/],
    [["check", "-x", "x.docx"], /^nota: unknown option '-x' \(see 'nota check --help'\)$/],
    [["check", "x.docx", "--junit"], /^nota: Option '--junit <value>' argument missing \(see 'nota check --help'\)$/],
    [["inspect"], /^nota: inspect needs at least one \.docx file \(see 'nota inspect --help'\)$/],
    [["new", "--out", "x.docx", "--blocks", "slot"], /^nota: unknown block 'slot' .*\(see 'nota new --help'\)$/],
  ])("usage error %j points to the help", async (argv, message) => {
    const { io, err, out } = fakeIo();
    expect(await run(argv, io)).toBe(EXIT_UNUSABLE);
    expect(err().trimEnd()).toMatch(message);
    expect(out()).toBe("");
  });

  test.each(["inspect", "status", "check"])("nota %s says in plain words that a file is missing or a directory", async (name) => {
    const missing = fakeIo();
    expect(await run([name, "weg.docx"], missing.io)).toBe(EXIT_UNUSABLE);
    expect(missing.err().trimEnd()).toBe("nota: weg.docx: file not found");
    if (name === "check") return;
    const directory = fakeIo();
    expect(await run([name, __dirname], directory.io)).toBe(EXIT_UNUSABLE);
    expect(directory.err().trimEnd()).toBe(`nota: ${__dirname}: is a directory: give .docx files, or use nota check for a folder`);
  });

  test("an input error names the file and the problem, without pointing to the help", async () => {
    const { io, err } = fakeIo({ "params.json": "{ kapot" });
    expect(await run(["new", "--out", "x.docx", "--params", "params.json"], io)).toBe(EXIT_UNUSABLE);
    expect(err().trimEnd()).toMatch(/^nota: params\.json: not valid JSON \([^\n]*\)$/);
    expect(err()).not.toContain("--help");
  });
});

describe("an internal error", () => {
  const failingOutput = () => {
    const fake = fakeIo();
    fake.io.out = () => {
      throw new TypeError("boom");
    };
    return fake;
  };

  test("exits 3 with one line and no stack trace", async () => {
    const { io, err } = failingOutput();
    expect(await run(["inspect", fixture], io)).toBe(EXIT_INTERNAL);
    expect(err()).toBe("nota: internal error: boom (run with --debug for the stack trace)");
  });

  test("with --debug, anywhere before --, prints the stack trace", async () => {
    for (const argv of [["--debug", "inspect", fixture], ["inspect", fixture, "--debug"]]) {
      const { io, err } = failingOutput();
      expect(await run(argv, io)).toBe(EXIT_INTERNAL);
      expect(err()).toMatch(/^nota: internal error: TypeError: boom\n\s+at /);
    }
    const afterTerminator = fakeIo();
    expect(await run(["inspect", "--", "--debug"], afterTerminator.io)).toBe(EXIT_UNUSABLE);
    expect(afterTerminator.err()).toMatch(/^nota: --debug: file not found/);
  });
});
