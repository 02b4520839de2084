// `npm run mutate [-- core office xlsx] [-- stryker options]`: Stryker (stryker.config.mjs) over each folder named
// (all three by default), each against its own tests, in batches of files (largest first), then the score per
// folder. Each batch is a Stryker run of its own, with its report and incremental file under
// reports/mutation/<folder>/<first file of the batch>/: a run stopped halfway keeps every batch it finished, and a
// batch run again re-tests only the mutants whose code or tests changed since (Stryker's `incremental`).
// `npm run mutate -- core --mutate src/core/points.ts` runs the files given as one batch.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// A batch starts with an instrumented run of the related tests: about 10 s for src/core on a quiet machine, 2 to 3
// minutes for src/office and src/xlsx. Batches of about `batchLines` lines keep that under a tenth of the batch.
// `slow`: test files left out of the folder's runs, except in a batch that mutates one of `LIMIT_SOURCES`, the code
// they are the tests of. A mutant no test kills runs every test file that covered it, and these size-limit files
// take 5 to 12 s each (large sheets, 3,000-criterion plans): about a third of a survivor's cost in office's and
// xlsx's sets. What only they would kill elsewhere counts as survived, so the score is a lower bound, and the review
// checks such survivors against them by hand (docs/mutation.md).
const LIMIT_SOURCES = [
  "src/office/request-size.ts",
  "src/office/request-batches.ts",
  "src/xlsx/cell-count.ts",
  "src/xlsx/set-aside.ts",
];
const SIZE_LIMIT_TESTS = [
  "tests/user-cells/limits.test.ts",
  "tests/office/big-sheet.test.ts",
  "tests/office/limits.test.ts",
  "tests/cli/too-large.test.ts",
  "tests/xlsx/large-plan.test.ts",
  "tests/xlsx-apply/big-workbook.test.ts",
];
const FOLDERS = {
  core: { source: "src/core", tests: "tests/core,tests/units,tests/unit-files", slow: [], batchLines: 400 },
  // tests/user-cells runs each case through both adapters; tests/office also reads what the xlsx side wrote.
  office: { source: "src/office", tests: "tests/office,tests/user-cells", slow: SIZE_LIMIT_TESTS, batchLines: 800 },
  xlsx: {
    source: "src/xlsx",
    tests: "tests/xlsx,tests/xlsx-apply,tests/cli,tests/user-cells,tests/unit-files,tests/office",
    slow: SIZE_LIMIT_TESTS,
    batchLines: 800,
  },
};

const lines = (file) => fs.readFileSync(file, "utf8").split("\n").length;

/** The folder's TypeScript files in batches of about `batchLines` lines, the largest files first. */
function batches({ source, batchLines }) {
  const files = execFileSync("git", ["ls-files", `${source}/*.ts`], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((file) => ({ file, lines: lines(file) }))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  const result = [];
  for (const { file, lines: size } of files) {
    const last = result[result.length - 1];
    if (last && last.lines + size <= batchLines) {
      last.files.push(file);
      last.lines += size;
    } else result.push({ files: [file], lines: size });
  }
  return result.map((batch) => batch.files);
}

const args = process.argv.slice(2);
const named = args.filter((a) => a in FOLDERS);
const options = args.filter((a) => !(a in FOLDERS));
const given = options.indexOf("--mutate");
for (const name of named.length ? named : Object.keys(FOLDERS)) {
  const folder = FOLDERS[name];
  const runs = given >= 0 ? [options[given + 1].split(",")] : batches(folder);
  const rest = given >= 0 ? options.filter((_, i) => i !== given && i !== given + 1) : options;
  for (const [k, files] of runs.entries()) {
    const started = Date.now();
    const report = `${name}/${path.relative(folder.source, files[0]).replace(/\.ts$/, "")}`;
    // The files are read at the batch's start: its report measures this commit (and any change beside it).
    const commit = execFileSync("git", ["describe", "--always", "--dirty"], { encoding: "utf8" }).trim();
    console.log(`\n${name} batch ${k + 1} of ${runs.length} at ${commit}: ${files.join(" ")}`);
    const slow = files.some((file) => LIMIT_SOURCES.includes(file)) ? [] : folder.slow;
    if (slow.length) console.log(`left out of its tests: ${slow.join(" ")}`);
    // Which files this batch mutates: an incremental run's report also carries the files of its last run that it no
    // longer mutates, with their old results (reports.js takes a report's files from this list only).
    const folderOfReport = path.join("reports", "mutation", report);
    fs.mkdirSync(folderOfReport, { recursive: true });
    fs.writeFileSync(path.join(folderOfReport, "batch.json"), JSON.stringify({ commit, files }, null, 2) + "\n");
    const stryker = spawnSync(
      "npx",
      ["stryker", "run", "--mutate", files.join(","), "--tempDirName", `.stryker-tmp-${name}`, ...rest],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          MUTATION_NAME: report,
          MUTATION_TESTS: folder.tests,
          MUTATION_SKIP: slow.join(","),
        },
      },
    );
    if (stryker.status !== 0) process.exit(stryker.status ?? 1);
    console.log(`${name} batch ${k + 1}: Stryker took ${Math.round((Date.now() - started) / 60000)} min.`);
  }
}
require(path.join(__dirname, "score.js"));
