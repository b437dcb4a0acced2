// `npm start`: development certificates, the HTTPS dev server on https://localhost:3000, and how to
// sideload the add-in into Word. Needs no Word on this machine.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const { DEV_BASE_URL } = require("./addin-layout.cjs");

const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
const compiler = webpack(config);
const server = new WebpackDevServer(config.devServer, compiler);

const sideloadHelp = `
Nota-assistent draait op ${DEV_BASE_URL}taskpane.html  (manifest: ${DEV_BASE_URL}manifest.xml)

Laden in Word / Sideload into Word:
  Word op Windows of Mac (desktop)
    npx office-addin-debugging start manifest.xml
    (opens Word with the add-in; alternatively on Windows: put manifest.xml in a shared-folder
     catalog under Trust Center › Trusted Add-in Catalogs, then Insert › My Add-ins › Shared Folder)
    Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/
  Word op het web / Word on the web
    Insert › Add-ins › More Add-ins › My Add-ins › Upload My Add-in › choose manifest.xml
    (Invoegen › Invoegtoepassingen › Mijn invoegtoepassingen › Mijn invoegtoepassing uploaden)
  Then: Home › Nota-assistent (Start › Nota-assistent).

Stoppen / stop: Ctrl+C
`;

let announced = false;
compiler.hooks.done.tap("start", (stats) => {
  if (announced || stats.hasErrors()) return;
  announced = true;
  console.log(sideloadHelp);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}

await server.start();
