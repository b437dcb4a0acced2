import { readFileSync } from "node:fs";
import { processIo } from "../../src/cli/io";
import type { CliIo } from "../../src/cli/io";

/** An in-memory file system over the real one: reads fall through to disk, writes stay in memory. */
export function fakeIo(files: Record<string, Uint8Array | string> = {}) {
  const written = new Map<string, Uint8Array>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readFile(path) {
      if (written.has(path)) return written.get(path)!;
      if (path in files) {
        const content = files[path];
        return typeof content === "string" ? new TextEncoder().encode(content) : content;
      }
      return readFileSync(path);
    },
    writeFile(path, data, overwrite) {
      if (!overwrite && io.exists(path)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      written.set(path, data);
    },
    exists: (path) => written.has(path) || path in files,
    kind: (path) => (written.has(path) || path in files ? "file" : processIo.kind(path)),
    readDir: (path) => processIo.readDir(path),
  };
  return { io, written, out: () => out.join(""), err: () => err.join("") };
}
