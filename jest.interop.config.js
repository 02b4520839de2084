/** What `apply` writes, recalculated and printed by LibreOffice Calc (`npm run test:interop`; needs `soffice`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/interop"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 180_000,
};
