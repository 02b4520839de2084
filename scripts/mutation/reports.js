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
 * @param {string[]} given mutation.json files; none: every batch under reports/mutation
 * @returns {{ files: Record<string, { source?: string, mutants: object[] }>, unfinished: string[] }} by file from src/
 */
function readReports(given = []) {
  const files = {};
  const unfinished = [];
  const add = (reportFiles) => {
    for (const [name, file] of Object.entries(reportFiles)) files[fromSrc(name)] = file;
  };
  for (const f of given) add(read(f).files);
  if (given.length === 0 && fs.existsSync(root))
    for (const entry of fs.readdirSync(root, { recursive: true })) {
      const batch = path.join(root, path.dirname(entry));
      if (path.basename(entry) === "mutation.json" && !fs.existsSync(path.join(batch, "events")))
        add(read(path.join(root, entry)).files);
      if (path.basename(entry) !== "events") continue;
      const events = path.join(root, entry);
      const names = fs.readdirSync(events).sort();
      const done = names.find((n) => n.endsWith("-onMutationTestReportReady.json"));
      if (done) add(read(path.join(events, done)).files);
      else {
        unfinished.push(path.dirname(entry));
        const tested = {};
        for (const n of names.filter((n) => n.endsWith("-onMutantTested.json"))) {
          const mutant = read(path.join(events, n));
          (tested[mutant.fileName] ??= { mutants: [] }).mutants.push(mutant);
        }
        add(tested);
      }
    }
  return { files, unfinished };
}

module.exports = { readReports };
