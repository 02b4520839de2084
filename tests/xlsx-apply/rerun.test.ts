/** `apply` on its own output: the same workbook again, with nothing the user typed lost. */
import * as path from "path";
import ExcelJS from "exceljs";
import { INPUT_COLUMNS, STATE_SHEET } from "../../src/core/edits";
import { readState } from "../../src/xlsx/write";
import {
  apply,
  CLEAN,
  PASTED,
  rowsByCode,
  rulesOf,
  sectionRows,
  sheet,
  sheetTitled,
  tempDir,
  variant,
  visibleContents,
  vi,
} from "./helpers";

describe("apply on its own output", () => {
  let dir: string;
  let once: ExcelJS.Workbook;
  let twice: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = tempDir();
    once = await apply(PASTED, path.join(dir, "once.xlsx"));
    twice = await apply(path.join(dir, "once.xlsx"), path.join(dir, "twice.xlsx"));
  });

  it("gives the same sheets in the same order, generated sheets replaced and not duplicated", () => {
    expect(twice.worksheets.map((ws) => [ws.name, ws.state])).toEqual(once.worksheets.map((ws) => [ws.name, ws.state]));
    expect(twice.worksheets.filter((ws) => ws.name === STATE_SHEET)).toHaveLength(1);
  });

  it("gives the same value or formula in every cell of every visible sheet", () => {
    expect(visibleContents(twice)).toEqual(visibleContents(once));
  });

  it("replaces its conditional formats instead of adding them again", () => {
    expect(rulesOf(sheet(twice, "Phụ lục"))).toEqual(rulesOf(sheet(once, "Phụ lục")));
    expect(rulesOf(sheet(once, "Phụ lục"))).toHaveLength(3);
  });
});

describe("a summary an earlier version wrote", () => {
  it("is found by its running number and code in row 5, and replaced: no second summary", async () => {
    const dir = tempDir();
    await apply(CLEAN, path.join(dir, "once.xlsx"));
    // Before section I lost its running number: A5 "STT", B5 "Tiêu chí", nothing merged.
    const earlier = await variant(path.join(dir, "once.xlsx"), path.join(dir, "earlier.xlsx"), (wb) => {
      const ws = sheet(wb, vi.sheets.summaryName);
      ws.unMergeCells("A5:B5");
      ws.getCell("A5").value = vi.sheets.columns.number;
      ws.getCell("B5").value = vi.sheets.columns.code;
    });
    const again = await apply(earlier, path.join(dir, "again.xlsx"));
    const summaries = sheetTitled(again, sheet(again, vi.sheets.summaryName).getCell("A1").text);
    expect(summaries.map((ws) => ws.name)).toEqual([vi.sheets.summaryName]);
    expect(summaries[0].getCell("A5").text).toBe(vi.sheets.columns.code);
  });
});

describe("what units typed into their sheets", () => {
  it("is still there, for the same criterion, after another apply", async () => {
    const dir = tempDir();
    const first = await apply(CLEAN, path.join(dir, "once.xlsx"));
    const [sheetName] = sheetTitled(first, vi.sheets.assignmentTitle("Phòng Nội vụ")).map((ws) => ws.name);
    const code = "1.2";
    const typed = ["30/6/2024", "Đang thực hiện", "+ xong báo cáo quý", "Báo cáo số 12/BC-NV"];
    // A unit types its deadline, status, result and evidence on one criterion, then the table changes and is applied again.
    const edited = await variant(path.join(dir, "once.xlsx"), path.join(dir, "typed.xlsx"), (wb) => {
      const ws = sheet(wb, sheetName);
      const r = sectionRows(ws, vi.sheets.leadSection).get(code)!;
      INPUT_COLUMNS.forEach((c, i) => (ws.getCell(r, c).value = typed[i]));
      const table = wb.worksheets[0];
      table.getCell(rowsByCode(table, 1).get("1.1")!, 6).value = "Nhiệm vụ mới";
    });
    const again = await apply(edited, path.join(dir, "again.xlsx"));
    const ws = sheet(again, sheetName);
    const lead = sectionRows(ws, vi.sheets.leadSection);
    expect(INPUT_COLUMNS.map((c) => ws.getCell(lead.get(code)!, c).value)).toEqual(typed);
    expect(ws.getCell(lead.get("1.1")!, 8).value).toBe("Nhiệm vụ mới");
    // Nowhere else: the other criteria's input cells stay empty.
    for (const [other, r] of lead)
      if (other !== code) for (const c of INPUT_COLUMNS) expect(ws.getCell(r, c).value).toBeNull();
  });
});

describe("a user's own sheet named like a generated one", () => {
  it("is left as it is, and the generated sheet takes another name", async () => {
    const dir = tempDir();
    const plain = await apply(CLEAN, path.join(dir, "plain.xlsx"));
    const unitSheet = sheetTitled(plain, vi.sheets.assignmentTitle("Phòng Nội vụ"))[0].name;
    const taken = [vi.sheets.summaryName, unitSheet];
    const file = await variant(CLEAN, path.join(dir, "mine.xlsx"), (wb) => {
      for (const name of taken) wb.addWorksheet(name).getCell("A1").value = `của tôi: ${name}`;
    });
    // On the first run and on a rerun of its output.
    for (const [source, out] of [
      [file, "once.xlsx"],
      [path.join(dir, "once.xlsx"), "twice.xlsx"],
    ]) {
      const wb = await apply(source, path.join(dir, out));
      for (const name of taken) {
        const ws = sheet(wb, name);
        expect(ws.getCell("A1").value).toBe(`của tôi: ${name}`);
        expect(ws.actualRowCount).toBe(1);
      }
      const ours = sheetTitled(wb, vi.sheets.assignmentTitle("Phòng Nội vụ"));
      expect(ours).toHaveLength(1);
      expect(taken).not.toContain(ours[0].name);
      const summaries = wb.worksheets.filter(
        (ws) => ws.name.startsWith(vi.sheets.summaryName) && ws.name !== vi.sheets.summaryName,
      );
      expect(summaries).toHaveLength(1);
    }
  });
});

describe("apply after the user renamed the table's sheet", () => {
  it("replaces its conditional formats there, and keeps the backup of the original cells under the new name", async () => {
    const dir = tempDir();
    const once = await apply(PASTED, path.join(dir, "once.xlsx"));
    const renamed = await variant(path.join(dir, "once.xlsx"), path.join(dir, "renamed.xlsx"), (wb) => {
      sheet(wb, "Phụ lục").name = "Phụ lục KH 52";
    });
    const twice = await apply(renamed, path.join(dir, "twice.xlsx"));
    expect(rulesOf(sheet(twice, "Phụ lục KH 52"))).toEqual(rulesOf(sheet(once, "Phụ lục")));
    const backups = (wb: ExcelJS.Workbook) => readState(wb).backups;
    expect(backups(twice)).toEqual(backups(once).map((b) => ({ ...b, sheet: "Phụ lục KH 52" })));
  });
});

describe("apply on its output after rows were inserted in Excel", () => {
  /** The rules as Excel writes them after rows inserted above: ranges and row numbers moved down by `rows`. */
  const shiftedDown = (rows: number) => (wb: ExcelJS.Workbook) => {
    const ws = sheet(wb, "Phụ lục") as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    const down = (text: string) =>
      text.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) + rows}`);
    ws.conditionalFormattings = ws.conditionalFormattings.map((cf) => ({
      ...cf,
      ref: down(cf.ref),
      rules: cf.rules.map((r) => ({ ...r, formulae: (r as ExcelJS.ExpressionRuleType).formulae?.map(down) })),
    })) as ExcelJS.ConditionalFormattingOptions[];
    // The user's own rule, in Excel's "light red fill with dark red text", which no run may take away.
    sheet(wb, "Phụ lục").addConditionalFormatting({
      ref: "B10:B40",
      rules: [
        {
          type: "expression",
          formulae: ['ISNUMBER(SEARCH("Sở",$B10))'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  };

  it("finds the moved rules of the earlier run and replaces them, and leaves the user's", async () => {
    const dir = tempDir();
    await apply(PASTED, path.join(dir, "once.xlsx"));
    // Only the rules are moved here, as Excel rewrites them: how a rerun finds them is what is tested.
    await variant(path.join(dir, "once.xlsx"), path.join(dir, "edited.xlsx"), shiftedDown(2));
    const rerun = await apply(path.join(dir, "edited.xlsx"), path.join(dir, "twice.xlsx"));
    const rules = rulesOf(sheet(rerun, "Phụ lục"));
    expect(rules).toHaveLength(4);
    expect(rules).toContainEqual(["B10:B40", ['ISNUMBER(SEARCH("Sở",$B10))']]);
    expect(rules.filter(([, f]) => String(f).includes("$D10"))).toEqual([]);
  });
});
