/** `par-index apply` through `run()`: exit status, messages, and what happens to FILE and OUT. */
import { createHash } from "crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { Io, run } from "../../src/cli/main";
import { PASTED, tempDir, viCli } from "../xlsx-apply/helpers";

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(...argv: string[]): Promise<Result> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), env: {} };
  const code = await run(argv, io);
  return { code, out, err };
}

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** One plain line: no stack trace. */
function expectOneLine(err: string): void {
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/^\s+at /m);
}

describe("par-index apply", () => {
  it("warns on stderr when point cells hold what SUM cannot add (a score pasted as a date), and still writes OUT", async () => {
    const input = path.join(__dirname, "..", "fixtures", "variations", "numbers-mixed-forms.xlsx");
    const out = path.join(tempDir(), "out.xlsx");
    const result = await cli("apply", input, "-o", out);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      "Lưu ý: 1 ô điểm đang là ngày tháng hoặc chữ không đọc được thành số; tổng sẽ sai cho đến khi sửa các ô đó (xem Kiểm tra).\n",
    );
    expect(existsSync(out)).toBe(true);
  });

  it("writes OUT, says so, exits 0 and leaves FILE as it was", async () => {
    const out = path.join(tempDir(), "out.xlsx");
    const before = hash(PASTED);
    const result = await cli("apply", PASTED, "-o", out);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`${viCli.written(out, 9)}\n`);
    expect(existsSync(out)).toBe(true);
    expect(hash(PASTED)).toBe(before);
  });

  it("refuses to write over FILE", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    writeFileSync(file, readFileSync(PASTED));
    const before = hash(file);
    const result = await cli("apply", file, "-o", path.join(dir, ".", "plan.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toBe(`${viCli.outputIsInput}\n`);
    expect(hash(file)).toBe(before);
  });

  it("exits 2 with one line when FILE is missing, is not an .xlsx, or holds no plan table, and writes no OUT", async () => {
    const dir = tempDir();
    const notXlsx = path.join(dir, "notes.xlsx");
    writeFileSync(notXlsx, "not a workbook");
    const noTable = path.join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "Danh sách";
    await wb.xlsx.writeFile(noTable);
    const cases: [string, string][] = [
      [path.join(dir, "missing.xlsx"), viCli.fileNotFound(path.join(dir, "missing.xlsx"))],
      [notXlsx, viCli.notXlsx(notXlsx)],
      [noTable, viCli.noTable(noTable)],
    ];
    for (const [file, message] of cases) {
      const out = path.join(dir, "out.xlsx");
      const result = await cli("apply", file, "-o", out);
      expect({ file, code: result.code, err: result.err }).toEqual({ file, code: 2, err: `${message}\n` });
      expectOneLine(result.err);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("exits 2 when OUT cannot be written, and leaves no temporary file", async () => {
    const dir = tempDir();
    const out = path.join(dir, "missing-folder", "out.xlsx");
    const result = await cli("apply", PASTED, "-o", out);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`${viCli.cannotWrite(out)}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("never blames OUT for a failure while building it: run() rejects (main says it is unexpected), OUT not made", async () => {
    // ExcelJS's crash on a table without style info, as it was (TableStyleInfoXform reading model.theme).
    const writer: { prototype: object } = require("exceljs/lib/xlsx/xlsx.js");
    const crash = new TypeError("Cannot read properties of undefined (reading 'theme')");
    const spy = jest.spyOn(writer.prototype as { writeBuffer: () => Promise<unknown> }, "writeBuffer");
    spy.mockRejectedValue(crash);
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    try {
      await expect(cli("apply", PASTED, "-o", out)).rejects.toBe(crash);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("exits 2 when --sheet names no sheet of FILE", async () => {
    const result = await cli("apply", PASTED, "-o", path.join(tempDir(), "out.xlsx"), "--sheet", "Không có");
    expect(result.code).toBe(2);
    expectOneLine(result.err);
  });
});
