// Lint rules, including the layer boundaries of docs/ARCHITECTURE.md: a violation fails `npm run lint`.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeAddinsPlugin = { rules: officeAddins.rules };

const forbid = (groups, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "zlib", "url", "util", "stream", "node:*"];

// Browser/Office globals the pure layers may not touch.
const hostGlobals = ["window", "document", "navigator", "Office", "Word", "OfficeExtension", "localStorage", "DOMParser"].map(
  (name) => ({ name, message: "This layer is pure: no DOM or Office host objects." }),
);

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddinsPlugin },
    rules: {
      "no-eval": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render with React or textContent; document text is untrusted." },
        { property: "outerHTML", message: "Render with React or textContent; document text is untrusted." },
        { property: "insertHtml", message: "Insert text or escaped OOXML; document text is untrusted." },
        { property: "insertAdjacentHTML", message: "Render with React; document text is untrusted." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render with React; document and config text are untrusted.",
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      ...forbid(
        ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/office-js*", ...nodeBuiltins, "**/word/**", "**/docx/**", "**/taskpane/**", "**/cli/**", "**/config/**", "zod", "fflate", "@xmldom/*"],
        "src/domain is pure: it may import nothing of Office, React, the DOM, Node or other layers.",
      ),
      "no-restricted-globals": ["error", ...hostGlobals, { name: "process", message: "This layer is pure: no Node." }],
    },
  },
  {
    files: ["src/config/**/*.ts"],
    rules: {
      ...forbid(
        ["react", "react-*", "@fluentui/*", "office-*", ...nodeBuiltins, "**/word/**", "**/docx/**", "**/taskpane/**", "**/cli/**"],
        "src/config holds validated data: it may import only the domain (and zod).",
      ),
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/docx/**/*.ts"],
    rules: {
      ...forbid(
        ["react", "react-*", "@fluentui/*", "office-*", "**/word/**", "**/taskpane/**", "**/cli/**"],
        "src/docx reads and writes .docx files: domain, zip and XML libraries only.",
      ),
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/word/**/*.ts"],
    rules: {
      ...forbid(["react", "react-*", "@fluentui/*", ...nodeBuiltins, "**/docx/**", "**/taskpane/**", "**/cli/**"], "src/word talks to Word only."),
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      ...forbid(
        // Allow-list: of src/word only the port's types and the typed errors.
        [...nodeBuiltins, "office-*", "**/docx/**", "**/cli/**", "**/word/*", "!**/word/port", "!**/word/errors"],
        "The task pane reaches Word only through the WordPort it receives (src/word/port.ts).",
      ),
      "no-restricted-globals": [
        "error",
        { name: "Word", message: "No Word API calls in the task pane: use the WordPort." },
      ],
    },
  },
  {
    // The composition root wires the real Word adapter into the UI.
    files: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: forbid(["react", "react-*", "@fluentui/*", "office-*", "**/word/**", "**/taskpane/**"], "The CLI works on .docx files, not Word."),
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
