/** What every jest config here shares: TypeScript through ts-jest (transpiled file by file: `npm run typecheck` checks types, in CI), Node by default. */
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
