// Bundles the injected Word host (wordHost.ts with tests/word/fakeWord.ts) for the browser, once per
// `jest -c jest.e2e.config.js` run, into a temporary folder that globalTeardown.ts removes again.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { WORD_HOST_BUNDLE_ENV } from "./hostTypes";

const repoRoot = path.resolve(__dirname, "../..");

export default async function globalSetup(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "nota-e2e-"));
  const compiler = webpack({
    mode: "none",
    context: repoRoot,
    target: "web",
    entry: path.join(__dirname, "wordHost.ts"),
    output: { path: outDir, filename: "wordHost.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    devtool: false,
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) {
    throw new Error(`Bundling the injected Word host failed:\n${stats?.toString("errors-only") ?? "no stats"}`);
  }
  process.env[WORD_HOST_BUNDLE_ENV] = path.join(outDir, "wordHost.js");
}
