/** Unit and component tests; browser tests (tests/e2e) and LibreOffice tests (tests/interop) have configs of their own. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/", "<rootDir>/tests/interop/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // DOM matchers and browser stubs for the component tests (jsdom); a no-op elsewhere.
  setupFilesAfterEnv: ["<rootDir>/tests/setup/jsdom.ts"],
};
