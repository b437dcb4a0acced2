// The layout of `nota <command> --help`, one for all commands: the usage line, prose wrapped to
// HELP_WIDTH, the options as a table (each once, `--help` last) and further tables (e.g. parameters).

/** The widest line of a help text, in characters (a terminal of 100 columns shows it unbroken). */
export const HELP_WIDTH = 100;

/** A row of a help table: the term (`--json`, a parameter name) and its text (wrapped; "\n" keeps a line break). */
export type HelpRow = readonly [term: string, text: string];

export interface HelpSpec {
  /** `nota <name> <usage>` is the first line. */
  usage: string;
  /** Paragraphs of prose, wrapped to HELP_WIDTH. */
  description: readonly string[];
  /** The command's options, without `--help` (added last). */
  options: readonly HelpRow[];
  /** Paragraphs after the options (exit codes, notes). */
  notes?: readonly string[];
  /** Further tables after the notes, e.g. the parameters of `nota new`. */
  tables?: readonly { title: string; rows: readonly HelpRow[] }[];
}

/** The help text of command `name` laid out from `spec`. */
export function helpText(name: string, spec: HelpSpec): string {
  const usage = wrap(spec.usage, `Usage: nota ${name} `, " ".repeat(`Usage: nota ${name} `.length)).join("\n");
  const blocks = [usage, ...spec.description.map((paragraph) => wrap(paragraph, "", "").join("\n"))];
  blocks.push(["Options:", ...table([...spec.options, ["--help", "this text"]])].join("\n"));
  for (const paragraph of spec.notes ?? []) blocks.push(wrap(paragraph, "", "").join("\n"));
  for (const { title, rows } of spec.tables ?? []) blocks.push([`${title}:`, ...table(rows)].join("\n"));
  return blocks.join("\n\n");
}

/** Rows as "  term  text", the texts in one column, wrapped with a hanging indent. */
function table(rows: readonly HelpRow[]): string[] {
  const column = 2 + Math.max(...rows.map(([term]) => term.length)) + 2;
  return rows.flatMap(([term, text]) => {
    const indent = " ".repeat(column);
    const lines = text.split("\n").flatMap((part, i) => wrap(part, i === 0 ? `  ${term}`.padEnd(column) : indent, indent));
    return lines;
  });
}

/** `text`'s words in lines of at most HELP_WIDTH characters, the first after `first`, the others after `rest`. */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((candidate) => candidate !== "")) {
    if (!empty && line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
