// Unit, adapter and UI tests. The browser tests have their own config (jest.e2e.config.js)
// because they need the production build first.
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" }, diagnostics: { warnOnly: false } },
];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock requires this ESM-only package; the mock never needs its features.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
};

module.exports = {
  // Long-document adapter tests read 5,000 paragraphs; on a loaded 2-core machine the default 5 s is
  // too tight. Timing is measured in `npm run bench`, never here.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/{domain,config,docx,word,parity,cli,scripts}/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/stubs/domParser.js"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/ui/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/ui/setup.ts"],
    },
  ],
};
