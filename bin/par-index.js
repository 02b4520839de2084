#!/usr/bin/env node
// The compiled command line: `npm ci` installs its packages and builds lib/ (the `prepare` script). Before that
// nothing of it can run, its messages included, so this one line is written here in both languages.
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (!e || e.code !== "MODULE_NOT_FOUND") throw e;
  const args = process.argv.slice(2);
  const at = args.indexOf("--lang");
  const english = /^en/i.test((at >= 0 ? args[at + 1] : process.env.PAR_INDEX_LANG) || "");
  process.stderr.write(
    english
      ? "par-index is not installed yet: run `npm ci` in its folder first.\n"
      : "par-index chưa được cài đặt: hãy chạy `npm ci` trong thư mục của nó trước.\n",
  );
  if (process.env.PAR_INDEX_DEBUG) process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}
cli.main();
