/** `par-index split` and `collect` on the seed: exactly the cells units typed change, the conflict is reported. */
import { existsSync, readdirSync } from "fs";
import * as path from "path";
import { openZip } from "../../src/xlsx/zip-package";
import { readFileSync } from "fs";
import { loadWorkbook } from "../../src/xlsx/load";
import {
  changedCells,
  cli,
  COLS,
  CONFLICT_LINE,
  Cycle,
  EXPECTED_CHANGES,
  sendAndType,
  sha256,
} from "../unit-files/cycle";

let cycle: Cycle;
beforeAll(async () => {
  cycle = await sendAndType();
}, 60_000);

describe("par-index split", () => {
  it("writes one workbook per unit, named after its assignment sheet, holding that sheet and the mark", async () => {
    const files = readdirSync(path.join(cycle.dir, "gui")).sort();
    expect(files).toEqual(
      [
        "Các cơ quan, đơn vị thuộc UBND.xlsx",
        "P. Nội vụ.xlsx",
        "P. Tài chính – Kế hoạch.xlsx",
        "P. Tư pháp.xlsx",
        "P. Văn hóa và Thông tin.xlsx",
        "TT VH-TT&TT.xlsx",
        "UBND các phường, xã.xlsx",
        "VP HĐND-UBND.xlsx",
      ].sort(),
    );
    const wb = await loadWorkbook(path.join(cycle.dir, "gui", "P. Tư pháp.xlsx"));
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["P. Tư pháp", "visible"],
      ["ParIndexUnitFile", "veryHidden"],
    ]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: PHÒNG TƯ PHÁP");
    expect(ws.getCell("A2").value).toBe(
      `Kế hoạch "ke-hoach", mục tiêu năm 2024: ghi vào các cột "${COLS.deadline}", "${COLS.status}", "${COLS.result}", "${COLS.evidence}", rồi gửi lại tệp này`,
    );
    // Points as numbers: the file holds no sheet the master's links pointed at.
    expect(ws.getCell("D6").value).toBe(3);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    // Protected without a password; the progress cells alone are open for input.
    // ExcelJS keeps the protection in a property its typings leave out.
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell("J6").protection).toMatchObject({ locked: false });
    expect(ws.getCell("C6").protection?.locked).not.toBe(false);
  });

  it("refuses a plan without a table, with one line and status 2, and writes nothing", async () => {
    const dir = path.join(cycle.dir, "none");
    const result = await cli("split", path.join(__dirname, "..", "fixtures", "variations", "README.md"), "-d", dir);
    expect(result.code).toBe(2);
    expect(result.err.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(dir)).toBe(false);
  });
});

describe("par-index collect", () => {
  it("takes exactly the cells the units changed and the master did not; FILE is not written", async () => {
    const out = path.join(cycle.dir, "out.xlsx");
    const before = sha256(cycle.master);
    const result = await cli("collect", cycle.master, cycle.unitFiles.justice, cycle.unitFiles.home, "-o", out);
    expect(result.code).toBe(0);
    expect(sha256(cycle.master)).toBe(before);
    expect(Object.fromEntries(await changedCells(cycle.master, out))).toEqual(EXPECTED_CHANGES);
    expect(result.err).toContain(CONFLICT_LINE);
    expect(result.err).toContain(
      `Không lấy ô C8 của "${cycle.unitFiles.justice}" (tiêu chí 2.3): nằm ngoài các cột tiến độ.`,
    );
    expect(result.out).toContain(`Đã ghi "${out}": lấy 4 ô từ 2 tệp.`);
  });

  it("reports in JSON what it took, the conflict and the cell typed outside the progress columns", async () => {
    const out = path.join(cycle.dir, "out-json.xlsx");
    const result = await cli(
      "collect",
      cycle.master,
      cycle.unitFiles.justice,
      cycle.unitFiles.home,
      "-o",
      out,
      "--json",
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(result.out)).toEqual({
      taken: [
        { file: cycle.unitFiles.justice, unit: "Phòng Tư pháp", sheet: "P. Tư pháp", cells: 3 },
        { file: cycle.unitFiles.home, unit: "Phòng Nội vụ", sheet: "P. Nội vụ", cells: 1 },
      ],
      skipped: [],
      conflicts: [
        {
          unit: "Phòng Nội vụ",
          code: "1.1",
          column: COLS.status,
          kept: "Đang thực hiện",
          theirs: "Hoàn thành",
          file: cycle.unitFiles.home,
        },
      ],
      ignored: [
        {
          file: cycle.unitFiles.justice,
          unit: "Phòng Tư pháp",
          cell: "C8",
          code: "2.3",
          value: "Tên tiêu chí đơn vị tự sửa",
        },
      ],
      strayCodes: [],
    });
  });

  it("keeps every other part of FILE byte for byte: only the two sheets taken into and the workbook part change", async () => {
    const out = path.join(cycle.dir, "out-parts.xlsx");
    await cli("collect", cycle.master, cycle.unitFiles.justice, cycle.unitFiles.home, "-o", out);
    const [a, b] = [openZip(readFileSync(cycle.master)), openZip(readFileSync(out))];
    expect(b.names).toEqual(a.names);
    const differing = a.names.filter((n) => !a.read(n)!.equals(b.read(n)!));
    expect(differing.sort()).toHaveLength(3);
    expect(differing).toContain("xl/workbook.xml");
    expect(b.read("xl/workbook.xml")!.toString()).toContain('fullCalcOnLoad="1"');
  });
});
