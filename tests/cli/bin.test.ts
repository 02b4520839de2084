/** The installed command: bin/par-index.js runs the compiled CLI (built here with `npm run build:cli`). */
import { execFileSync, spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";
import { PASTED, tempDir, viCli } from "../xlsx-apply/helpers";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "par-index.js");

function parIndex(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, PAR_INDEX_LANG: "vi", PAR_INDEX_DEBUG: "" },
  });
}

describe("bin/par-index.js apply", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "pipe" });
  }, 180_000);

  it("writes OUT and exits 0", () => {
    const out = path.join(tempDir(), "out.xlsx");
    const result = parIndex("apply", PASTED, "-o", out);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(result.stdout).toBe(`${viCli.written(out, 9)}\n`);
    expect(existsSync(out)).toBe(true);
  });

  it("exits 2 with one line and no stack trace when FILE is missing", () => {
    const missing = path.join(tempDir(), "missing.xlsx");
    const result = parIndex("apply", missing, "-o", path.join(tempDir(), "out.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${viCli.fileNotFound(missing)}\n`);
  });
});
