// Mutation testing, run on demand (`npm run mutate`), never in CI: see docs/mutation.md.
// `npm run mutate -- core` runs one folder against its own tests (scripts/mutation/run.js); a subset of files:
// `npm run mutate -- core --mutate src/core/points.ts`.
import process from "node:process";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: {
    configFile: "jest.config.js",
    enableFindRelatedTests: true,
    // The jsdom tests (the pane, the playground's editing, the manifest) would need Stryker's own jsdom
    // environment for per-test coverage; the pane's logic they reach is covered by the node tests.
    config: {
      // MUTATION_TESTS="tests/core,tests/units" runs only those folders' tests against the mutants: a folder's own
      // tests, fast enough for one runner on this machine (scripts/mutation/run.js sets it per folder).
      // src/ is a root too: jest finds a mutated file's related tests only through the files it has crawled, so
      // with the test folders alone it saw just the tests importing that file directly (none of put-back.ts's,
      // which run it through the command line), and every other test was never run against its mutants.
      ...(process.env.MUTATION_TESTS
        ? { roots: ["src", ...process.env.MUTATION_TESTS.split(",")].map((folder) => `<rootDir>/${folder}`) }
        : { roots: ["<rootDir>/src", "<rootDir>/tests"] }),
      // A mutant's run loads only the test files holding the tests that covered it (see the file).
      runner: "<rootDir>/scripts/mutation/jest-test-file-filter.js",
      // Instrumented code under a busy machine is slower than jest's 5 s default allows.
      testTimeout: 60000,
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/tests/e2e/",
        "<rootDir>/tests/interop/",
        "<rootDir>/tests/taskpane/",
        "<rootDir>/tests/foundation/",
        "<rootDir>/tests/playground/editing",
        // MUTATION_SKIP: the size-limit test files scripts/mutation/run.js leaves out of office's and xlsx's runs.
        ...(process.env.MUTATION_SKIP?.split(",").filter(Boolean) ?? []).map((file) => `<rootDir>/${file}`),
      ],
    },
  },
  // Each mutant runs only the tests that executed its code in the dry run.
  coverageAnalysis: "perTest",
  // No TypeScript checker by default: it cost about 3 s a mutant here, six times the jest run it could spare (a
  // mutant that would not compile then meets the tests like any other). `npm run mutate -- core --checkers typescript`
  // sets such mutants aside instead.
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ["src/core/**/*.ts", "src/office/**/*.ts", "src/xlsx/**/*.ts"],
  // Other engineers share the machine's two cores.
  concurrency: 1,
  // Mutants in module-level constants need every test to run again; they are few and slow.
  ignoreStatic: true,
  timeoutMS: 10000,
  // The first run of every test, instrumented, takes several minutes on the shared machine.
  dryRunTimeoutMinutes: 30,
  // Each batch keeps its results (scripts/mutation/run.js): run again, it re-tests only the mutants whose code or
  // covering tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${process.env.MUTATION_NAME ?? "all"}/incremental.json`,
  // event-recorder: each mutant's result as it is known (events/*-onMutantTested.json), for a batch stopped halfway.
  reporters: ["clear-text", "progress-append-only", "html", "json", "event-recorder"],
  eventReporter: { baseDir: `reports/mutation/${process.env.MUTATION_NAME ?? "all"}/events` },
  htmlReporter: { fileName: `reports/mutation/${process.env.MUTATION_NAME ?? "all"}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${process.env.MUTATION_NAME ?? "all"}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // .stryker-tmp-*: the sandboxes of the other folders' runs, when two run at once.
  ignorePatterns: [
    ".stryker-tmp*",
    "dist",
    "lib",
    "build",
    "reports",
    "test-artifacts",
    "coverage",
    "tests/e2e",
    "tests/interop",
  ],
};
