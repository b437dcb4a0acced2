// Webpack plugin: measures the JavaScript an entry loads before it can render (its initial chunks),
// raw and gzipped, prints it after the build, and fails the build when it is over the gzip budget.
// Webpack's own performance hints only know raw sizes; what Word on the web downloads is gzipped.
const zlib = require("node:zlib");
const { Compilation, WebpackError } = require("webpack");

const PLUGIN = "InitialSizePlugin";
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

class InitialSizePlugin {
  /** @param {{ entry: string, budgetGzipBytes: number }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    let report = null;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // REPORT runs after minification, so the sizes are those of the files that get deployed.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entrypoint = compilation.entrypoints.get(this.options.entry);
        if (!entrypoint) return;
        const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
        const sizes = files.map((file) => {
          const source = compilation.getAsset(file).source.buffer();
          return { file, raw: source.length, gzip: zlib.gzipSync(source, { level: 9 }).length };
        });
        const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
        const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
        report = { sizes, raw, gzip };
        if (gzip > this.options.budgetGzipBytes) {
          compilation.errors.push(
            new WebpackError(
              `${PLUGIN}: the task pane's initial JavaScript is ${kB(gzip)} gzipped, over the budget of ` +
                `${kB(this.options.budgetGzipBytes)}. Import fewer components or load rarely used parts with import().`,
            ),
          );
        }
      });
    });
    compiler.hooks.done.tap(PLUGIN, (stats) => {
      if (!report) return;
      const lines = report.sizes.map((s) => `  ${s.file}: ${kB(s.raw)} raw, ${kB(s.gzip)} gzip`);
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      console.log(
        [
          `Initial JavaScript of "${this.options.entry}" (built in ${seconds} s):`,
          ...lines,
          `  total: ${kB(report.raw)} raw, ${kB(report.gzip)} gzip (budget ${kB(this.options.budgetGzipBytes)} gzip)`,
        ].join("\n"),
      );
      report = null;
    });
  }
}

module.exports = { InitialSizePlugin };
