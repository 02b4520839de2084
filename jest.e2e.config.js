/** End-to-end tests: the built pages in Debian's chromium (`npm run test:e2e`). dist/ is built once, if stale. */
const typescript = require("./jest.typescript");

module.exports = {
  ...typescript,
  roots: ["<rootDir>/tests/e2e"],
  globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
  // One chromium at a time: the tests are few, and a CI machine may be small.
  maxWorkers: 1,
  testTimeout: 120_000,
};
