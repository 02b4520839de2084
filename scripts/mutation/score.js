// Prints the mutation score of each folder from the last Stryker runs' reports (or the reports given).
// Score = detected / (detected + undetected), detected = killed or timed out, undetected = survived or not covered:
// Stryker's own "mutation score"; mutants that do not compile or were ignored count in neither.
const { readReports } = require("./reports");

const { files, unfinished } = readReports(process.argv.slice(2).filter((a) => a.endsWith(".json")));
for (const batch of unfinished) console.log(`${batch}: not finished, counting the mutants tested so far`);
const FOLDERS = ["src/core/units", "src/core/edits", "src/core", "src/office", "src/xlsx"];

const tally = new Map();
const count = (folder, status) => {
  const t = tally.get(folder) || { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const key = { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage" }[status];
  t[key || "other"]++;
  tally.set(folder, t);
};
for (const [relative, { mutants }] of Object.entries(files)) {
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
