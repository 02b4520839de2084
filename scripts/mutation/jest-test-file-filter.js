// Jest's own test runner, except that a run with a test-name pattern (Stryker's run of one mutant: the pattern names
// the tests that covered it) runs only the test files holding a test of that name, one after the other, and stops at
// the first file with a failing test: one failure kills the mutant. Without it, jest loads every test file related to
// the mutated file, skips most of their tests, and runs all the others even once one failed (Stryker sets jest's
// `bail` off). The names and times per file are recorded from the run without a pattern (Stryker's first, complete
// run) and kept in a file beside the config, so that a restarted runner process still has them.
const fs = require("fs");
const path = require("path");
const { default: JestTestRunner } = require("jest-runner");

const NAMES_FILE = path.join(process.cwd(), ".mutation-test-names.json");

/**
 * @typedef {{ names: string[], ms: number[], setupMs: number }} FileTests each test's full name and time, and what
 *   the file costs besides its tests (loading its imports, its hooks)
 * @type {Map<string, FileTests> | undefined} by the test file's path
 */
let namesByFile;

function recordedNames() {
  if (namesByFile === undefined && fs.existsSync(NAMES_FILE)) {
    namesByFile = new Map(Object.entries(JSON.parse(fs.readFileSync(NAMES_FILE, "utf8"))));
  }
  return namesByFile;
}

class TestFileFilter extends JestTestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern;
    if (!pattern) return this.recordingNames(tests, watcher, options);
    const names = recordedNames();
    // Jest matches the pattern this way (jest-circus: a case-insensitive RegExp over each test's full name).
    const matches = new RegExp(pattern, "i");
    // A file never recorded (or all of them, when nothing was) runs as jest would run it: a mutant is never let
    // survive because a file was skipped on a guess. The files cheapest per covering test go first: a mutant is
    // usually killed by any of them, and one file of the 3,000-criterion runs costs as much as fifty small ones.
    const covering = (test) => {
      const file = names?.get(test.path);
      if (!file) return { count: Infinity, cost: 0 };
      const ms = file.names.map((name, i) => (matches.test(name) ? file.ms[i] : -1)).filter((t) => t >= 0);
      return { count: ms.length, cost: (file.setupMs + ms.reduce((a, b) => a + b, 0)) / ms.length };
    };
    const kept = tests
      .map((test) => ({ test, ...covering(test) }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => a.cost - b.cost)
      .map(({ test }) => test);
    return this.untilOneFails(kept.length > 0 ? kept : tests, watcher, options);
  }

  async untilOneFails(tests, watcher, options) {
    let failed = false;
    const offSuccess = this.on("test-file-success", ([, result]) => {
      failed ||= result.numFailingTests > 0 || Boolean(result.testExecError);
    });
    const offFailure = this.on("test-file-failure", () => {
      failed = true;
    });
    try {
      for (const test of tests) {
        if (failed) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      offSuccess();
      offFailure();
    }
  }

  async recordingNames(tests, watcher, options) {
    const recorded = new Map(recordedNames() ?? []);
    const off = this.on("test-file-success", ([test, result]) => {
      const ms = result.testResults.map((t) => t.duration ?? 0);
      const runtime = result.perfStats.end - result.perfStats.start;
      const setupMs = Math.max(0, runtime - ms.reduce((a, b) => a + b, 0));
      recorded.set(test.path, { names: result.testResults.map((t) => t.fullName), ms, setupMs });
    });
    try {
      return await super.runTests(tests, watcher, options);
    } finally {
      off();
      namesByFile = recorded;
      fs.writeFileSync(NAMES_FILE, JSON.stringify(Object.fromEntries(recorded)));
    }
  }
}

module.exports = TestFileFilter;
