// Browser tests: the production build (dist/) in headless Chromium. `npm run test:e2e` builds first.
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
  // The injected office.js: tests/e2e/wordHost.ts over the adapter tests' fake, bundled per run into a temp folder.
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/e2e/globalTeardown.ts",
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10" } }],
  },
  // Launching Chromium and waiting for the page takes seconds, not milliseconds.
  testTimeout: 60_000,
  // One Chromium at a time: the files share nothing, but parallel browsers only add memory pressure.
  maxWorkers: 1,
};
