// What the CLI needs from its surroundings, so tests can run commands without a process.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { oneLine } from "../domain/oneLine";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  /** Writes only when the file does not exist, unless `overwrite`. */
  writeFile(path: string, data: Uint8Array, overwrite: boolean): void;
  exists(path: string): boolean;
  /** What is at `path` (following links): a file, a directory, or null when nothing readable is there. */
  kind(path: string): "file" | "directory" | null;
  /** The entries of a directory, each with whether it is a directory. Throws when it cannot be read. */
  readDir(path: string): { name: string; directory: boolean }[];
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data, overwrite) => writeFileSync(path, data, { flag: overwrite ? "w" : "wx" }),
  exists: (path) => existsSync(path),
  kind: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat === undefined ? null : stat.isDirectory() ? "directory" : "file";
  },
  readDir: (path) =>
    readdirSync(path, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      directory: entry.isDirectory() || (entry.isSymbolicLink() && statSync(`${path}/${entry.name}`, { throwIfNoEntry: false })?.isDirectory() === true),
    })),
};

/**
 * Wrong arguments: an unknown command or option, a missing or malformed argument. One line on stderr
 * pointing to the command's --help, exit code 2. The message often quotes the user's arguments (file
 * names, option values); control characters in it are escaped.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(oneLine(message));
  }
}

/**
 * Unusable input: a file that cannot be read or written, or whose content is invalid. One line on
 * stderr naming it, exit code 2; control characters in the message are escaped.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(oneLine(message));
  }
}

/**
 * Why a file could not be read, in plain words with what to do, for the one stderr line naming it
 * (issue 8 item 6): "file not found", "is a directory: …", "no permission to read it"; another
 * system error keeps its code ("cannot read the file (EIO)").
 */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "file not found";
    case "EISDIR":
      return "is a directory: give .docx files, or use nota check for a folder";
    case "EACCES":
    case "EPERM":
      return "no permission to read the file";
    default:
      return `cannot read the file (${code ?? "error"})`;
  }
}

/** Exit codes of `nota` (issue 7), documented in its usage text and the README. */
export const EXIT_OK = 0;
/** Findings that fail the check (`nota check`). */
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
/** A bug: an exception nothing expected. */
export const EXIT_INTERNAL = 3;
