/** Unit and component tests; end-to-end browser tests live in tests/e2e and run with their own config. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // DOM matchers and browser stubs for the component tests (jsdom); a no-op elsewhere.
  setupFilesAfterEnv: ["<rootDir>/tests/setup/jsdom.ts"],
};
