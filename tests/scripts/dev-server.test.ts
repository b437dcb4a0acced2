// `npm start` / `npm run dev-server` serve on this machine only (issue 7): the dev server built from
// webpack.config.js's devServer options listens on a loopback address, not on the network addresses.
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

// The certificates are office-addin-dev-certs' business (and would touch the machine's trust store);
// this test serves plain http with the same options otherwise.
jest.mock("../../scripts/dev-certs.cjs", () => ({ ensureDevCertificates: async () => ({ ca: "", cert: "", key: "" }) }));

const workDir = mkdtempSync(path.join(tmpdir(), "nota-dev-server-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test("the dev server listens on localhost only", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<webpack.Configuration>;
  const { devServer } = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(devServer).toBeDefined();

  writeFileSync(path.join(workDir, "entry.js"), "export default 1;\n");
  const compiler = webpack({ mode: "development", context: workDir, entry: "./entry.js", output: { path: path.join(workDir, "out") }, infrastructureLogging: { level: "error" } });
  const server = new WebpackDevServer({ ...devServer, server: "http", port: 0, hot: false, liveReload: false }, compiler);
  await server.start();
  try {
    const address = (server.server?.address() as AddressInfo).address;
    expect(["127.0.0.1", "::1"]).toContain(address);
  } finally {
    await server.stop();
  }
});
