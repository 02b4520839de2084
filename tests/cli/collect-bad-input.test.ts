/** `par-index collect` given what it cannot take: each file gets one clear line, and none stops the others. */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { MARK_SHEET } from "../../src/core/unit-files";
import { loadWorkbook } from "../../src/xlsx/load";
import { returnedWorkbook } from "../../src/xlsx/unit-workbook";
import { readState } from "../../src/xlsx/write-state";
import { apply, FIXTURES, PASTED } from "../xlsx-apply/helpers";
import { oleFile } from "../xlsx/containers";
import { changedCells, cli, COLS, cellOf, Cycle, edit, sendAndType } from "../unit-files/cycle";

let cycle: Cycle;
beforeAll(async () => {
  cycle = await sendAndType();
}, 60_000);

const at = (name: string) => path.join(cycle.dir, name);

describe("collect with bad input", () => {
  it("says per file why it was skipped, takes the rest, and lets the later file of the same unit win", async () => {
    const { justice, home } = cycle.unitFiles;
    const damaged = at("hong.xlsx");
    writeFileSync(damaged, readFileSync(justice).subarray(0, 4000));
    const locked = at("mat-khau.xlsx");
    writeFileSync(locked, oleFile(["EncryptionInfo", "EncryptedPackage"]));
    const legacy = at("cu.xls");
    writeFileSync(legacy, oleFile(["Workbook"]));
    const csv = at("bang.csv");
    writeFileSync(csv, "STT,Tiêu chí\n1,1.1\n");
    // The same unit's file, answered again later: a different result for 2.2.
    const again = await edit(justice, at("tu-phap-lan-2.xlsx"), (wb) => {
      cellOf(wb.worksheets[0], "2.2", COLS.result).value = "Kế hoạch số 16/KH-TP";
    });
    // A criterion the plan no longer has (its code changed in the unit's file), answered.
    const stray = await edit(home, at("noi-vu-ma-la.xlsx"), (wb) => {
      const ws = wb.worksheets[0];
      ws.getCell(cellOf(ws, "1.2", COLS.status).row, 2).value = "9.9";
    });
    // Another plan (another commune's), known by the state it keeps; a unit file of it, and one whose unit the plan
    // no longer has.
    const otherPlan = at("khac.xlsx");
    await apply(path.join(FIXTURES, "variations", "units-commune-2025.xlsx"), otherPlan);
    await cli("split", otherPlan, "-d", at("khac"));
    // What collect reads of it: the identity and the generated sheets its state keeps.
    const otherWorkbook = await loadWorkbook(otherPlan);
    const { planId, generated } = readState(otherWorkbook);
    expect(planId).not.toBeNull();
    expect(returnedWorkbook(otherWorkbook).state).toEqual({ planId, generated });
    const otherUnitFile = path.join(at("khac"), readdirSync(at("khac"))[0]);
    const goneUnit = await edit(justice, at("don-vi-cu.xlsx"), (wb) => {
      const [json] = wb.getWorksheet(MARK_SHEET)!.getColumn(1).values.slice(1);
      wb.getWorksheet(MARK_SHEET)!.getCell("A1").value = String(json).replace(
        '"unit":"Phòng Tư pháp"',
        '"unit":"Phòng Đã Giải Thể"',
      );
    });

    const out = at("out-bad.xlsx");
    const result = await cli(
      "collect",
      cycle.master,
      damaged,
      locked,
      legacy,
      csv,
      cycle.master,
      PASTED,
      otherPlan,
      otherUnitFile,
      goneUnit,
      justice,
      stray,
      again,
      "-o",
      out,
    );
    expect(result.code).toBe(0);
    const lines = result.err.trimEnd().split("\n");
    expect(lines).toEqual([
      `Bỏ qua "${damaged}": không đọc được tệp; tệp có thể bị hỏng.`,
      `Bỏ qua "${locked}": tệp được đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi thử lại.`,
      `Bỏ qua "${legacy}": tệp .xls (Excel 97-2003); hãy mở trong Excel, lưu lại dạng .xlsx rồi thử lại.`,
      `Bỏ qua "${csv}": tệp .csv không giữ được trang giao nhiệm vụ; hãy gửi lại tệp .xlsx đã nhận.`,
      `Bỏ qua "${cycle.master}": đây là chính tệp kế hoạch, không phải tệp đơn vị gửi lại.`,
      `Bỏ qua "${PASTED}": không phải tệp gửi đơn vị, và không có trang giao nhiệm vụ nào của kế hoạch.`,
      `Bỏ qua "${otherPlan}": tệp của một kế hoạch khác.`,
      `Bỏ qua "${otherUnitFile}": tệp của một kế hoạch khác.`,
      `Bỏ qua "${goneUnit}": kế hoạch không còn giao tiêu chí nào cho "Phòng Đã Giải Thể".`,
      `Bỏ qua "${justice}": "${again}" của cùng Phòng Tư pháp được đưa sau, lấy tệp đó thay cho tệp này.`,
      `Khác nhau: Phòng Nội vụ, tiêu chí 1.1, cột "${COLS.status}": giữ "Đang thực hiện" của tệp kế hoạch; tệp đơn vị ghi "Hoàn thành".`,
      `Không lấy tiêu chí 9.9 của "${stray}": không còn trong kế hoạch.`,
      `Không lấy ô C8 của "${again}" (tiêu chí 2.3): nằm ngoài các cột tiến độ.`,
    ]);
    // The later file of the justice office, and the home affairs office's 1.2 no more (its code is gone).
    expect(Object.fromEntries(await changedCells(cycle.master, out))).toEqual({
      "P. Tư pháp!J6": 45473,
      "P. Tư pháp!K6": "Hoàn thành",
      "P. Tư pháp!L7": "Kế hoạch số 16/KH-TP",
    });
  }, 60_000);

  it("writes nothing and exits 2 when no file can be taken", async () => {
    const out = at("out-none.xlsx");
    const result = await cli("collect", cycle.master, PASTED, "-o", out);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `Bỏ qua "${PASTED}": không phải tệp gửi đơn vị, và không có trang giao nhiệm vụ nào của kế hoạch.\nKhông lấy được tệp nào; không ghi tệp kết quả.\n`,
    );
    expect(result.out).toBe("");
  });

  it("refuses OUT that is FILE or one of the unit files, in the user's language", async () => {
    const asFile = await cli("collect", cycle.master, cycle.unitFiles.home, "-o", cycle.master, "--lang", "en");
    expect(asFile).toMatchObject({ code: 2 });
    expect(asFile.err.trimEnd().split("\n")).toHaveLength(1);
    const asUnit = await cli("collect", cycle.master, cycle.unitFiles.home, "-o", cycle.unitFiles.home, "--lang", "en");
    expect(asUnit.err).toBe(
      `The output file must differ from the files the units sent back ("${cycle.unitFiles.home}").\n`,
    );
  });
});
