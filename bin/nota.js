#!/usr/bin/env node
// The `nota` command. Runs the compiled CLI (npm ci builds it through the `prepare` script).
"use strict";
const path = require("node:path");

const entry = path.join(__dirname, "..", "build", "node", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(entry)) {
    process.stderr.write("nota: the command-line tool is not built: run 'npm run build:node' (npm ci does this).\n");
    process.exit(2);
  }
  throw error;
}
// main() sets the exit code (see `nota --help`) and reports its own errors; this catch is for a CLI
// that fails to start at all: still exit code 3, internal error.
cli.main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`nota: internal error: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 3;
});
