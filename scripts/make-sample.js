#!/usr/bin/env node
/**
 * Writes src/playground/sample-plan.json from tests/fixtures/gia-nghia-2024.pasted.xlsx.
 * Usage: node scripts/make-sample.js
 */
const fs = require("fs");
const path = require("path");
require("./require-ts");

async function main() {
  const { SAMPLE_JSON, samplePlanJson } = require("./sample-plan.ts");
  fs.writeFileSync(SAMPLE_JSON, await samplePlanJson());
  console.log(path.relative(process.cwd(), SAMPLE_JSON));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
