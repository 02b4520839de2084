/** The formula evaluator: what Excel would compute for the formulas the add-in writes. */
import { MemoryWorkbook } from "../../src/memory-excel";

function evaluate(
  formulas: (string | number | null)[][],
  extraSheets: { name: string; cells: (string | number | null)[][] }[] = [],
) {
  return MemoryWorkbook.fromSheets([{ name: "S", cells: formulas }, ...extraSheets]);
}

describe("formula evaluation", () => {
  it("sums ranges, including a range on another sheet whose name needs quotes", () => {
    const wb = evaluate(
      [
        [1, 2, "=SUM(A1:B1)", "=SUM('Điểm năm 2024'!B2:B4, A1, 10)", "=SUM(A:A)"],
        [3, "text"],
      ],
      [
        {
          name: "Điểm năm 2024",
          cells: [
            ["h", "h"],
            [null, 1.5],
            [null, 2.25],
            [null, "n/a"],
          ],
        },
      ],
    );
    expect(wb.values("S", "C1:E1")).toEqual([[3, 14.75, 4]]);
  });

  it("follows chains of formulas and updates when a referenced cell changes", () => {
    const wb = evaluate([[2, "=A1*3", "=B1+1"]]);
    expect(wb.cell("S", "C1").value).toBe(7);
    wb.sheet("S").setContent(0, 0, { kind: "constant", value: 10 });
    expect(wb.cell("S", "C1").value).toBe(31);
  });

  it("applies Excel's precedence and operators", () => {
    const wb = evaluate([["=1+2*3", "=(1+2)*3", "=-2^2", "=2^3^2", "=10/4", "=50%", '="a"&1&TRUE', "=$A$1-1"]]);
    expect(wb.values("S")).toEqual([[7, 9, 4, 64, 2.5, 0.5, "a1TRUE", 6]]);
  });

  it("rounds half away from zero like ROUND", () => {
    const wb = evaluate([["=ROUND(2.675,2)", "=ROUND(-2.5,0)", "=ROUND(1234.5,-2)", "=ROUND(1/3,4)"]]);
    expect(wb.values("S")).toEqual([[2.68, -3, 1200, 0.3333]]);
  });

  it("evaluates IF with comparisons and IFERROR", () => {
    const wb = evaluate([
      [
        5,
        3,
        '=IF(A1>B1,"up","down")',
        "=IF(A1<=B1,1)",
        '=IF("abc"="ABC",1,0)',
        '=IFERROR(A1/0,"-")',
        '=IFERROR(A1/1,"-")',
      ],
    ]);
    expect(wb.values("S")).toEqual([[5, 3, "up", false, 1, "-", 5]]);
  });

  it("evaluates the logical and number functions the add-in's formulas and highlight rules use", () => {
    const wb = evaluate([
      [
        2,
        "x",
        null,
        "=AND(ISNUMBER(A1),A1>1)",
        "=OR(ISNUMBER(B1),A1=0)",
        "=ISNUMBER(B1)",
        "=N(B1)+N(A1)",
        "=MAX(0,A1-5)",
        "=MIN(A1:C1)",
        '=IF(AND(ISNUMBER(A1),ISNUMBER(C1)),MAX(0,A1-C1),"")',
        "=AND(B1)",
      ],
    ]);
    expect(wb.values("S", "D1:K1")).toEqual([[true, false, false, 2, 0, 2, "", "#VALUE!"]]);
  });

  it("yields Excel error values: #DIV/0!, #VALUE!, #REF! for a missing sheet, #NAME? for anything else", () => {
    const wb = evaluate([["=1/0", '="x"+1', "=Missing!A1", "=VLOOKUP(1,A1:B2,2)", "=foo", "=1+", "=A1+1"]]);
    expect(wb.values("S")).toEqual([["#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NAME?", "#NAME?", "#DIV/0!"]]);
  });

  it("reads an empty referenced cell as 0 and a circular reference as 0", () => {
    const wb = evaluate([["=Z99", "=B1+1"]]);
    expect(wb.values("S")).toEqual([[0, 0]]);
  });
});
