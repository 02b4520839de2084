// `npm run mutate [-- core office xlsx] [-- stryker options]`: Stryker (stryker.config.mjs) over each folder named
// (all three by default) in turn, each against its own tests, then the score per folder. Reports: reports/mutation/.
const { spawnSync } = require("child_process");
const path = require("path");

const FOLDERS = {
  core: { mutate: "src/core/**/*.ts", tests: "tests/core,tests/units" },
  office: { mutate: "src/office/**/*.ts", tests: "tests/office" },
  xlsx: { mutate: "src/xlsx/**/*.ts", tests: "tests/xlsx,tests/xlsx-apply,tests/cli" },
};

const args = process.argv.slice(2);
const named = args.filter((a) => a in FOLDERS);
const options = args.filter((a) => !(a in FOLDERS));
for (const name of named.length ? named : Object.keys(FOLDERS)) {
  const started = Date.now();
  const folder = FOLDERS[name];
  const stryker = spawnSync("npx", ["stryker", "run", "--mutate", folder.mutate, ...options], {
    stdio: "inherit",
    env: { ...process.env, MUTATION_NAME: name, MUTATION_TESTS: folder.tests },
  });
  if (stryker.status !== 0) process.exit(stryker.status ?? 1);
  console.log(`\n${name}: Stryker took ${Math.round((Date.now() - started) / 60000)} min.`);
}
require(path.join(__dirname, "score.js"));
