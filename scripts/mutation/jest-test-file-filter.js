// Jest's own test runner, except that a run with a test-name pattern (Stryker's run of one mutant: the pattern names
// the tests that covered it) runs only the test files holding a test of that name. Without it, jest loads every test
// file related to the mutated file and then skips most of their tests: that loading was most of a mutant's time
// (docs/mutation.md). The names per file are recorded from the run without a pattern (Stryker's first, complete run)
// and kept in a file beside the config, so that a restarted runner process still has them.
const fs = require("fs");
const path = require("path");
const { default: JestTestRunner } = require("jest-runner");

const NAMES_FILE = path.join(process.cwd(), ".mutation-test-names.json");

/** @type {Map<string, string[]> | undefined} the full test names of each test file, by its path */
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
    const matches = new RegExp(pattern, "i");
    // A file never recorded (or all of them, when nothing was) runs as jest would run it: a mutant is never let
    // survive because a file was skipped on a guess.
    const kept = tests.filter((test) => {
      const inFile = names?.get(test.path);
      return inFile === undefined || inFile.some((name) => matches.test(name));
    });
    return super.runTests(kept.length > 0 ? kept : tests, watcher, options);
  }

  async recordingNames(tests, watcher, options) {
    const recorded = new Map(recordedNames() ?? []);
    const off = this.on("test-file-success", ([test, result]) => {
      recorded.set(
        test.path,
        result.testResults.map((t) => t.fullName),
      );
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
