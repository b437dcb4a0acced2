// HTTPS certificates for the dev server (https://localhost:3000), from office-addin-dev-certs.
//
// office-addin-dev-certs' own getHttpsServerOptions() deletes and regenerates the certificates whenever
// the CA is not in the system trust store, and then fails if it cannot install it (no sudo, no admin
// rights, a container). Here a valid certificate is kept and reused, and a failed trust-store
// install is a warning with instructions, so `npm start` works on any machine.
const fs = require("node:fs");
const crypto = require("node:crypto");
const devCerts = require("office-addin-dev-certs");

// The library's file locations (~/.office-addin-dev-certs/…), read from its own defaults module.
const defaults = require("office-addin-dev-certs/lib/defaults");

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the localhost certificate and key exist, belong together and are valid for another day. */
function usableCertificates() {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
    const key = crypto.createPrivateKey(fs.readFileSync(defaults.localhostKeyPath));
    fs.accessSync(defaults.caCertificatePath, fs.constants.R_OK);
    return cert.checkPrivateKey(key) && new Date(cert.validTo).getTime() - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

function trustInstructions() {
  const ca = defaults.caCertificatePath;
  return [
    `The CA certificate could not be added to this machine's trust store, so browsers and Office will`,
    `not trust https://localhost:3000 until you trust it yourself:`,
    `  Debian/Ubuntu:  sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    `  Windows/macOS:  npx office-addin-dev-certs install   (asks for administrator rights)`,
    `  Or open https://localhost:3000/taskpane.html in the browser once and accept the warning.`,
  ].join("\n");
}

/**
 * Makes sure certificates exist (generating them if needed) and tries to have the CA trusted.
 * Resolves to { ca, cert, key } buffers for an https server; `log` receives progress messages.
 */
async function ensureDevCertificates(log = console.log) {
  if (!usableCertificates()) {
    log("Generating development certificates for https://localhost ...");
    // Only the unusable files go: the folder is shared with other add-ins' dev setups.
    for (const file of [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath]) {
      fs.rmSync(file, { force: true });
    }
    await devCerts.generateCertificates();
  }
  let trusted = false;
  try {
    trusted = devCerts.isCaCertificateInstalled();
  } catch {
    // A failing check (no shell tool to verify with) counts as not trusted; installing will tell more.
  }
  if (!trusted) {
    try {
      await devCerts.installCaCertificate();
      trusted = true;
    } catch (error) {
      log(`Note: ${String(error.message).split("\n")[0].trim()}`);
      log(trustInstructions());
    }
  }
  return {
    trusted,
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { ensureDevCertificates, caCertificatePath: defaults.caCertificatePath };
