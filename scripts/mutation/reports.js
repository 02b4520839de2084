// The mutants of every batch's report under reports/mutation (scripts/mutation/run.js), or of the reports given, by
// source file: a finished batch's report, else the mutants its events say were tested so far.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..", "reports", "mutation");
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

/** From src/ on: a run made in a copy of the tree (docs/mutation.md) names its files there. */
const fromSrc = (name) =>
  name
    .split(path.sep)
    .join("/")
    .replace(/^(.*?\/)?(?=src\/)/, "");

/**
 * A file mutated by several batches (a batch run again with other files, or stopped and run anew) is taken from its
 * finished report before any unfinished one, and the newest of those: never from whichever folder is read last. A
 * report counts only for the files its batch mutated, where run.js listed them (batch.json): an incremental run copies
 * into its report the files of its last run it no longer mutates, with their old results (office batch 3's re-run
 * carried read-progress.ts's results of before a change, newer than the report that measured the change).
 * @param {string[]} given mutation.json files; none: every batch under reports/mutation
 * @returns {{ files: Record<string, { source?: string, mutants: object[] }>, unfinished: string[] }} by file from src/
 */
function readReports(given = []) {
  const chosen = {};
  const unfinished = [];
  const add = (reportFiles, rank, batch) => {
    const listed = path.join(batch, "batch.json");
    const mutated = fs.existsSync(listed) ? new Set(read(listed).files) : null;
    for (const [name, file] of Object.entries(reportFiles)) {
      const key = fromSrc(name);
      if (mutated && !mutated.has(key)) continue;
      if (!chosen[key] || before(chosen[key].rank, rank)) chosen[key] = { file, rank };
    }
  };
  const mtime = (file) => fs.statSync(file).mtimeMs;
  for (const f of given) add(read(f).files, { finished: true, time: mtime(f) }, path.dirname(f));
  if (given.length === 0 && fs.existsSync(root))
    for (const entry of fs.readdirSync(root, { recursive: true })) {
      const batch = path.join(root, path.dirname(entry));
      const report = path.join(root, entry);
      if (path.basename(entry) === "mutation.json" && !fs.existsSync(path.join(batch, "events")))
        add(read(report).files, { finished: true, time: mtime(report) }, batch);
      if (path.basename(entry) !== "events") continue;
      const names = fs.readdirSync(report).sort();
      const done = names.find((n) => n.endsWith("-onMutationTestReportReady.json"));
      if (done)
        add(read(path.join(report, done)).files, { finished: true, time: mtime(path.join(report, done)) }, batch);
      else {
        unfinished.push(path.dirname(entry));
        const tested = {};
        let time = 0;
        for (const n of names.filter((n) => n.endsWith("-onMutantTested.json"))) {
          const mutant = read(path.join(report, n));
          (tested[mutant.fileName] ??= { mutants: [] }).mutants.push(mutant);
          time = Math.max(time, mtime(path.join(report, n)));
        }
        add(tested, { finished: false, time }, batch);
      }
    }
  // A file since moved or removed (src/office/date-format.ts went to src/core) no longer counts in any folder.
  const tree = path.join(__dirname, "..", "..");
  const files = Object.fromEntries(
    Object.entries(chosen)
      .filter(([name]) => fs.existsSync(path.join(tree, name)))
      .map(([name, { file }]) => [name, file]),
  );
  return { files, unfinished };
}

/** Whether a report of rank `a` gives way to one of rank `b`: finished first, then the newer. */
const before = (a, b) => (a.finished === b.finished ? a.time < b.time : b.finished);

module.exports = { readReports };
