/** One cell between ExcelJS and the plan's contents (src/xlsx/write-cell.ts): each kind written and read back. */
import ExcelJS from "exceljs";
import type { Content } from "../../src/core/edits";
import { contentOfCell, contentsOf, formulaOrValue, writeContent } from "../../src/xlsx/write-cell";

describe("writeContent and contentOfCell", () => {
  const contents: [string, Content][] = [
    ["text", { kind: "text", text: "=không phải công thức" }],
    ["linked text", { kind: "text", text: "Cổng DVC", link: "https://dichvucong.gov.vn" }],
    ["number with its format", { kind: "number", value: 45473, format: "dd/mm/yyyy" }],
    ["formula", { kind: "formula", formula: "=SUM(A1:A2)" }],
    ["formula with its format", { kind: "formula", formula: "=A1/A2", format: "0.0%" }],
    ["boolean", { kind: "boolean", value: false }],
    ["error", { kind: "error", code: "#N/A" }],
    ["empty", { kind: "empty" }],
  ];

  it.each(contents)("writes %s over a cell holding text, and reads it back as written", (_, content) => {
    const cell = new ExcelJS.Workbook().addWorksheet("S").getCell("B2");
    cell.value = "cũ";
    writeContent(cell, content);
    expect(contentOfCell(cell)).toEqual(content);
  });

  it("leaves a cell its own number format where the content brings none, and gives it the content's where it does", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    for (const address of ["A1", "A2", "A3"]) ws.getCell(address).numFmt = "0.00";
    writeContent(ws.getCell("A1"), { kind: "number", value: 2.5 });
    writeContent(ws.getCell("A2"), { kind: "formula", formula: "=A1*2" });
    writeContent(ws.getCell("A3"), { kind: "number", value: 45474, format: "dd/mm/yyyy" });
    expect(["A1", "A2", "A3"].map((a) => ws.getCell(a).numFmt)).toEqual(["0.00", "0.00", "dd/mm/yyyy"]);
    expect(contentOfCell(ws.getCell("A1"))).toEqual({ kind: "number", value: 2.5, format: "0.00" });
  });
});

describe("formulaOrValue", () => {
  it("gives what Office.js formulas gives: a formula's text, an error's code, a date's serial, the master's value once", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.getCell("A1").value = { formula: "SUM(B1:B2)", result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    // 1 July 2024 is serial 45474 (45292 for 1 January 2024, plus 182 days).
    ws.getCell("A3").value = new Date(Date.UTC(2024, 6, 1));
    ws.getCell("A4").value = "Đạt";
    ws.mergeCells("A4:B4");
    expect(["A1", "A2", "A3", "A4", "B4"].map((a) => formulaOrValue(ws.getCell(a)))).toEqual([
      "=SUM(B1:B2)",
      "#N/A",
      45474,
      "Đạt",
      null,
    ]);
  });
});

describe("contentsOf", () => {
  it("gives a sheet's cells from A1, an empty line for a row without values, even the first", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.getCell("B2").value = "Đạt";
    ws.getCell("A4").value = 3;
    ws.getCell("C4").value = { formula: "A4*2", result: 6 } as ExcelJS.CellFormulaValue;
    expect(contentsOf(ws)).toEqual([
      [],
      [{ kind: "empty" }, { kind: "text", text: "Đạt" }],
      [],
      [{ kind: "number", value: 3 }, { kind: "empty" }, { kind: "formula", formula: "=A4*2" }],
    ]);
  });
});
