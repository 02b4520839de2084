/** One cell between ExcelJS and the plan's contents (src/xlsx/write-cell.ts): each kind written and read back. */
import ExcelJS from "exceljs";
import type { Content } from "../../src/core/edits";
import { contentOfCell, writeContent } from "../../src/xlsx/write-cell";

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
});
