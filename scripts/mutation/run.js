// `npm run mutate [-- stryker options]`: runs Stryker (stryker.config.mjs), then prints the score per folder.
const { spawnSync } = require("child_process");
const path = require("path");

const started = Date.now();
const stryker = spawnSync("npx", ["stryker", "run", ...process.argv.slice(2)], { stdio: "inherit" });
if (stryker.status !== 0) process.exit(stryker.status ?? 1);
console.log(`\nStryker took ${Math.round((Date.now() - started) / 60000)} min.`);
require(path.join(__dirname, "score.js"));
