/** What the command line says about its arguments and its installation, before it reads any workbook. */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync } from "fs";
import * as path from "path";
import { cli } from "./run-cli";
import { cliMessagesFor } from "../../src/i18n/cli";
import { tempDir } from "../xlsx-apply/helpers";

describe("par-index arguments", () => {
  it("without arguments prints the usage on stderr and exits 2, as for any wrong arguments", async () => {
    expect(await cli()).toEqual({ code: 2, out: "", err: `${cliMessagesFor("vi").cli.usage}\n` });
  });

  it("gives the help in the language asked for, wherever --lang stands", async () => {
    const english = `${cliMessagesFor("en").cli.usage}\n`;
    expect(await cli("--help", "--lang", "en")).toEqual({ code: 0, out: english, err: "" });
    expect(await cli("--lang", "en", "--help")).toEqual({ code: 0, out: english, err: "" });
    expect(await cli("-h")).toEqual({ code: 0, out: `${cliMessagesFor("vi").cli.usage}\n`, err: "" });
  });
});

describe("bin/par-index.js before `npm ci`", () => {
  /** The repository as cloned: bin/ without the lib/ that `npm ci` builds, and no packages. */
  function fresh(...args: string[]) {
    const clone = tempDir();
    mkdirSync(path.join(clone, "bin"));
    const bin = path.join(clone, "bin", "par-index.js");
    copyFileSync(path.join(__dirname, "..", "..", "bin", "par-index.js"), bin);
    return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
  }

  it("says in one line to run npm ci first, with no stack trace", () => {
    const result = fresh("inspect", "plan.xlsx");
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 1, stdout: "" });
    expect(result.stderr).toBe("par-index chưa được cài đặt: hãy chạy `npm ci` trong thư mục của nó trước.\n");
    expect(fresh("--lang", "en").stderr).toBe("par-index is not installed yet: run `npm ci` in its folder first.\n");
  });
});
