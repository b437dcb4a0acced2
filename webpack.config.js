// Builds the task pane into dist/ (the URL layout is in scripts/addin-layout.cjs) and serves it on
// https://localhost:3000 for development.
//
//   npm run build                                        production build, localhost URLs kept
//   ADDIN_URL=https://addins.example.nl/nota/ npm run build   production build for that base URL
//   NOTA_CONNECT_SRC="https://intranet.example.nl/nota/" npm run build
//                                                        also lets the pane connect there (CSP connect-src)
//   npm start / npm run dev-server                       dev server with HTTPS certificates, on localhost only
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { repoRoot, DEV_BASE_URL, PAGES, ASSETS_DIR } = require("./scripts/addin-layout.cjs");
const { InitialSizePlugin } = require("./scripts/initial-size-plugin.cjs");
const { CONNECT_ENV, connectSourcesFrom, taskPanePolicy, HELP_PAGE_POLICY, withPolicyMeta } = require("./scripts/content-security-policy.cjs");

const DEV_PORT = Number(new URL(DEV_BASE_URL).port);
const INITIAL_JS_BUDGET_GZIP = 250_000;

/** ADDIN_URL, checked: an https URL ending in "/". Null when unset. */
function addinUrlFromEnv() {
  const value = process.env.ADDIN_URL?.trim();
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL="${value}" is not a URL; expected e.g. https://addins.example.nl/nota/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL="${value}" must use https: Office loads add-ins only over https`);
  if (!value.endsWith("/")) throw new Error(`ADDIN_URL="${value}" must end with "/" (it is the folder that holds taskpane.html)`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL="${value}" must not have a query or fragment`);
  return value;
}

/** dist/manifest.xml: the dev manifest with every dev-server URL moved to the deployment base URL. */
function manifestForDeployment(content, addinUrl) {
  if (!addinUrl) return content;
  // The dev manifest's comments describe the dev setup; the deployed copy says where it came from.
  const rewritten = content
    .toString("utf8")
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .replace(/(<\?xml[^>]*\?>\s*)/, `$1<!-- Generated from manifest.xml by \`npm run build\` for ${addinUrl} -->\n`)
    .replaceAll(DEV_BASE_URL, addinUrl);
  if (/localhost/i.test(rewritten)) {
    throw new Error(`dist/manifest.xml still mentions localhost after replacing ${DEV_BASE_URL} with ${addinUrl}`);
  }
  return rewritten;
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  let addinUrl = null;
  let connectSources = [];
  try {
    addinUrl = production ? addinUrlFromEnv() : null;
    connectSources = connectSourcesFrom(process.env[CONNECT_ENV]);
  } catch (error) {
    // A configuration mistake, not a crash: one line, no stack trace.
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
  if (production && !serving) {
    console.log(
      addinUrl
        ? `ADDIN_URL=${addinUrl}: dist/manifest.xml points there.`
        : `Notice: ADDIN_URL is not set, so dist/manifest.xml keeps ${DEV_BASE_URL}. For a deployment run ` +
            "e.g. ADDIN_URL=https://addins.example.nl/nota/ npm run build",
    );
    if (connectSources.length > 0) console.log(`${CONNECT_ENV}: the task pane may also connect to ${connectSources.join(", ")}.`);
  }

  return {
    mode: production ? "production" : "development",
    context: repoRoot,
    entry: Object.fromEntries(PAGES.map((page) => [path.parse(page.url).name, page.entry])),
    output: {
      path: path.join(repoRoot, "dist"),
      // Content hashes let the host cache forever; the manifest and HTML keep stable names.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative URLs, so dist/ works under any base path (ADDIN_URL may have one).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are `npm run typecheck`'s job; transpiling alone keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    // Production ships no source maps: dist/ is deployed as is and the code is not secret, but maps
    // double the upload; development gets full maps.
    // eval-based maps would need 'unsafe-eval' in the policy, so development gets separate map files.
    devtool: production ? false : "source-map",
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({ template: page.template, filename: page.url, chunks: [path.parse(page.url).name], scriptLoading: "defer" }),
      ),
      new ContentSecurityPolicyPlugin(taskPanePolicy(connectSources)),
      new CopyWebpackPlugin({
        patterns: [
          { from: ASSETS_DIR, to: ASSETS_DIR, transform: (content, file) => (file.endsWith(".html") ? withPolicyMeta(content.toString("utf8"), HELP_PAGE_POLICY, file) : content) },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForDeployment(content, addinUrl) },
        ],
      }),
      // Only production sizes mean anything: development bundles carry source maps and dev-server code.
      ...(production ? [new InitialSizePlugin({ entry: "taskpane", budgetGzipBytes: INITIAL_JS_BUDGET_GZIP })] : []),
    ],
    // Webpack's hints measure raw bytes; InitialSizePlugin enforces the gzip budget instead.
    performance: { hints: false },
    stats: production ? "errors-warnings" : "minimal",
    devServer: serving
      ? {
          // Only this machine: by default webpack-dev-server also listens on the network addresses.
          host: "localhost",
          port: DEV_PORT,
          // Office loads the pane from https only; the certificates come from office-addin-dev-certs.
          server: { type: "https", options: await devServerCertificates() },
          // Office on the web fetches the manifest and icons from its own origin.
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

/** Writes the task pane's Content-Security-Policy into every page HtmlWebpackPlugin emits. */
class ContentSecurityPolicyPlugin {
  constructor(policy) {
    this.policy = policy;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("ContentSecurityPolicyPlugin", (data) => {
        data.html = withPolicyMeta(data.html, this.policy, data.outputName);
        return data;
      });
    });
  }
}

async function devServerCertificates() {
  const { ensureDevCertificates } = require("./scripts/dev-certs.cjs");
  const { ca, cert, key } = await ensureDevCertificates();
  return { ca, cert, key };
}
