// `node scripts/mutation/survivors.js src/xlsx/signature.ts [more files or folders]`: the mutants of those files
// that no test detected (survived or not covered), from the reports under reports/mutation, one per paragraph:
// where, which mutator, the code as written and as mutated. The list to review (docs/mutation.md).
const fs = require("fs");
const { readReports } = require("./reports");

const wanted = process.argv.slice(2);
if (wanted.length === 0) {
  console.error("usage: node scripts/mutation/survivors.js <file or folder under src/>...");
  process.exit(2);
}
const { files, unfinished } = readReports();
for (const batch of unfinished) console.log(`(${batch}: not finished, the mutants tested so far)`);
const undetected = new Set(["Survived", "NoCoverage"]);
let total = 0;
for (const [name, file] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  if (!wanted.some((w) => name === w || name.startsWith(w.replace(/\/?$/, "/")))) continue;
  // The report's copy of the source when it has one; else the file as it is now (lines may have moved since).
  const lines = (file.source ?? (fs.existsSync(name) ? fs.readFileSync(name, "utf8") : "")).split("\n");
  const mutants = file.mutants
    .filter((m) => undetected.has(m.status))
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  for (const m of mutants) {
    const { start, end } = m.location;
    console.log(`\n[${m.status}] ${m.mutatorName} ${name}:${start.line}:${start.column}`);
    const original = lines.slice(start.line - 1, end.line);
    for (const line of original) console.log(`-   ${line}`);
    if (original.length > 0) {
      const first = original[0].slice(0, start.column - 1);
      const last = original[original.length - 1].slice(end.column - 1);
      for (const line of `${first}${m.replacement}${last}`.split("\n")) console.log(`+   ${line}`);
    }
  }
  total += mutants.length;
}
console.log(`\n${total} undetected`);
