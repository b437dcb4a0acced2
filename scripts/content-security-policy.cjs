// The Content-Security-Policy of the add-in's pages (issue 7), one definition for webpack.config.js
// (which writes it into the built HTML as a <meta http-equiv>) and the tests.
//
// Office add-ins are static files on whatever host the deployer has, so the policy travels in the page
// itself. A <meta> policy covers only what comes after it: it must be the first element in <head>.
// (frame-ancestors and report-uri do not work in a <meta>; Office frames the pane anyway.)
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** The build-time environment variable with the extra https addresses the pane may connect to. */
const CONNECT_ENV = "NOTA_CONNECT_SRC";

/**
 * The https addresses from NOTA_CONNECT_SRC (space- or comma-separated), checked. Each is an origin
 * (`https://intranet.example.nl`) or a URL prefix ending in "/" (`https://intranet.example.nl/nota/`),
 * as CSP source expressions match them. Throws an Error naming the bad entry.
 */
function connectSourcesFrom(value) {
  const entries = (value ?? "").split(/[\s,]+/).filter((entry) => entry !== "");
  return entries.map((entry) => {
    let url;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`${CONNECT_ENV}: "${entry}" is not a URL; expected e.g. https://intranet.example.nl/nota/`);
    }
    if (url.protocol !== "https:") throw new Error(`${CONNECT_ENV}: "${entry}" must use https`);
    if (url.username || url.password || url.search || url.hash) {
      throw new Error(`${CONNECT_ENV}: "${entry}" must be an origin or a path, without user, query or fragment`);
    }
    // CSP matches a path ending in "/" as a prefix and any other path exactly: only folders make sense here.
    if (url.pathname !== "/" && !entry.endsWith("/")) {
      throw new Error(`${CONNECT_ENV}: "${entry}" must end with "/" (a folder) or be an origin such as ${url.origin}`);
    }
    return url.pathname === "/" ? url.origin : url.href;
  });
}

/**
 * The task pane's policy. Scripts: the add-in's own files and Office's CDN (office.js and the files it
 * loads), never inline or eval. Styles: 'unsafe-inline' because Fluent UI's CSS-in-JS (griffel) inserts
 * <style> elements at run time and Office's own host scripts set inline styles (OfficeDev/office-js#1687);
 * a nonce would need a server per request. Connections: the add-in's origin plus `connectSources`.
 */
function taskPanePolicy(connectSources = []) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(" "),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The help page (assets/help.html): static text and images, its own <style>, no scripts at all. */
const HELP_PAGE_POLICY = ["default-src 'none'", "img-src 'self'", "style-src 'unsafe-inline'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join("; ");

const escapeAttribute = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** `<meta http-equiv="Content-Security-Policy" content="…">` for `policy`. */
function policyMeta(policy) {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
}

/**
 * `html` with the policy's <meta> as the first element of <head>, so it covers every script and style
 * after it. Throws when the page has no <head> or already has a policy.
 */
function withPolicyMeta(html, policy, label) {
  if (/http-equiv\s*=\s*["']?Content-Security-Policy/i.test(html)) throw new Error(`${label} already has a Content-Security-Policy`);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error(`${label} has no <head> to put the Content-Security-Policy in`);
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${policyMeta(policy)}${html.slice(at)}`;
}

module.exports = { OFFICE_CDN, CONNECT_ENV, connectSourcesFrom, taskPanePolicy, HELP_PAGE_POLICY, policyMeta, withPolicyMeta };
