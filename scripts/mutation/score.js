// Prints the mutation score of each folder from the last Stryker runs' reports (or the reports given).
// Score = detected / (detected + undetected), detected = killed or timed out, undetected = survived or not covered:
// Stryker's own "mutation score"; mutants that do not compile or were ignored count in neither.
const fs = require("fs");
const path = require("path");

// Every batch's report under reports/mutation (scripts/mutation/run.js), or the files given.
const root = path.join(__dirname, "..", "..", "reports", "mutation");
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const files = process.argv.slice(2).filter((a) => a.endsWith(".json"));
const reportFiles = Object.assign({}, ...files.map((f) => read(f).files));
if (files.length === 0 && fs.existsSync(root))
  for (const entry of fs.readdirSync(root, { recursive: true })) {
    const batch = path.join(root, path.dirname(entry));
    // A batch's events (stryker.config.mjs) when it has them: its report once it finished, else the mutants
    // tested so far; mutation.json alone otherwise.
    if (path.basename(entry) === "mutation.json" && !fs.existsSync(path.join(batch, "events")))
      Object.assign(reportFiles, read(path.join(root, entry)).files);
    if (path.basename(entry) !== "events") continue;
    const events = path.join(root, entry);
    const names = fs.readdirSync(events).sort();
    const done = names.find((n) => n.endsWith("-onMutationTestReportReady.json"));
    if (done) Object.assign(reportFiles, read(path.join(events, done)).files);
    else {
      console.log(`${path.dirname(entry)}: not finished, counting the mutants tested so far`);
      for (const n of names.filter((n) => n.endsWith("-onMutantTested.json"))) {
        const mutant = read(path.join(events, n));
        (reportFiles[mutant.fileName] ??= { mutants: [] }).mutants.push(mutant);
      }
    }
  }
const FOLDERS = ["src/core/units", "src/core/edits", "src/core", "src/office", "src/xlsx"];

const tally = new Map();
const count = (folder, status) => {
  const t = tally.get(folder) || { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const key = { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage" }[status];
  t[key || "other"]++;
  tally.set(folder, t);
};
for (const [name, { mutants }] of Object.entries(reportFiles)) {
  // From src/ on: a run made in a copy of the tree (docs/mutation.md) names its files there.
  const relative = name
    .split(path.sep)
    .join("/")
    .replace(/^(.*?\/)?(?=src\/)/, "");
  // Each file counts in its top folder (src/core) and, for core, its subfolder too.
  const folders = FOLDERS.filter((f) => relative.startsWith(f + "/"));
  for (const m of mutants) for (const folder of new Set([...folders, "all"])) count(folder, m.status);
}

const rows = [...tally.entries()].sort(([a], [b]) => (a === "all") - (b === "all") || a.localeCompare(b));
console.log("folder          score   killed  timeout  survived  no coverage");
for (const [folder, t] of rows) {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  const score = valid ? ((100 * detected) / valid).toFixed(2) + "%" : "-";
  console.log(
    [
      folder.padEnd(15),
      score.padStart(7),
      String(t.killed).padStart(8),
      String(t.timeout).padStart(8),
      String(t.survived).padStart(9),
      String(t.noCoverage).padStart(12),
    ].join(" "),
  );
}
