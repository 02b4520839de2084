#!/usr/bin/env node
/**
 * Writes every variation fixture (tests/fixtures/variations/*.ts) to an .xlsx and its
 * expectation to a .expected.json beside it, for inspection with the CLI or in Excel.
 * Usage: node scripts/build-fixtures.js
 */
const fs = require("fs");
const path = require("path");
// The builders are TypeScript.
require("./require-ts");

const OUT = path.join(__dirname, "..", "tests", "fixtures", "variations");

async function main() {
  const { VARIATIONS } = require(path.join(OUT, "index.ts"));
  for (const variation of VARIATIONS) {
    const file = path.join(OUT, `${variation.id}.xlsx`);
    await variation.build().xlsx.writeFile(file);
    const expected = { id: variation.id, title: variation.title, ...variation.expected };
    fs.writeFileSync(path.join(OUT, `${variation.id}.expected.json`), JSON.stringify(expected, null, 1) + "\n");
    console.log(path.relative(process.cwd(), file));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
