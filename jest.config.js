/** Unit and component tests; browser tests (tests/e2e) and LibreOffice tests (tests/interop) have configs of their own. */
const typescript = require("./jest.typescript");

module.exports = {
  ...typescript,
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/", "<rootDir>/tests/interop/"],
  // DOM matchers and browser stubs for the component tests (jsdom); a no-op elsewhere.
  setupFilesAfterEnv: ["<rootDir>/tests/setup/jsdom.ts"],
  // The pane's suites render Fluent in jsdom: a test that takes 1 s alone can pass jest's 5 s default on a loaded
  // 2-core machine. Time is measured in benchmarks, never asserted here.
  testTimeout: 30_000,
  // Jest's default keeps a core for itself: one worker on CI's 2 cores. Every core: 115 s -> 79 s there (967 tests).
  maxWorkers: "100%",
};
