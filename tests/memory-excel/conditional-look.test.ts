/** What conditional formats make of each cell, as Excel draws it: rules shifted cell by cell, priority, stopIfTrue. */
import { MemoryWorkbook, run } from "../../src/memory-excel";
import { parseAddress } from "../../src/memory-excel/address";
import { conditionalLookAt } from "../../src/memory-excel/model/conditional-look";

interface Rule {
  readonly address: string;
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly stopIfTrue?: boolean;
}

/** Max in A, score in B, from row 2; the rules are added in order, so the last one has priority 0. */
async function sheetWith(rules: readonly Rule[], cells: (string | number | null)[][] = []): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "S",
      cells: [["Tối đa", "Điểm"], [3, 2], [2, 2], [4, 0], [1, "x"], ...cells],
    },
  ]);
  await run(wb, async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    for (const rule of rules) {
      const cf = ws.getRange(rule.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = rule.formula;
      if (rule.fill) cf.custom.format.fill.color = rule.fill;
      if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
      if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
      if (rule.stopIfTrue) cf.stopIfTrue = true;
    }
    await context.sync();
  });
  return wb;
}

function lookAt(wb: MemoryWorkbook, address: string) {
  const { top, left } = parseAddress(address).rect;
  return conditionalLookAt(wb.recalc(), wb.sheet("S"), top, left);
}

/** The cells of a range whose conditional formats give them a fill. */
function filled(wb: MemoryWorkbook, addresses: readonly string[]): string[] {
  return addresses.filter((a) => lookAt(wb, a).fill !== null);
}

const BODY = ["A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5"];

describe("the look conditional formats give a cell", () => {
  it("evaluates a rule for each cell with its relative references moved and its $ references kept", async () => {
    const wb = await sheetWith([{ address: "B2:B5", formula: "=AND(ISNUMBER($B2),$B2<$A2)", fill: "#FFEB9C" }]);
    expect(filled(wb, ["B2", "B3", "B4", "B5"])).toEqual(["B2", "B4"]);
    expect(lookAt(wb, "A2")).toEqual({ fill: null, fontColor: null, bold: null, italic: null });

    const whole = await sheetWith([{ address: "A2:B5", formula: "=A2>=$A$2", fill: "#FFC7CE" }]);
    // Compared with A2 (3) itself: text sorts after numbers, as in Excel.
    expect(filled(whole, BODY)).toEqual(["A2", "A4", "B5"]);

    const sameRow = await sheetWith([{ address: "A2:B5", formula: "=A2=$A2", fill: "#FFC7CE" }]);
    expect(filled(sameRow, BODY)).toEqual(["A2", "A3", "B3", "A4", "A5"]);

    const firstRow = await sheetWith([{ address: "A2:B5", formula: "=A$2=2", fill: "#FFC7CE" }]);
    expect(filled(firstRow, BODY)).toEqual(["B2", "B3", "B4", "B5"]);

    // A range with one anchored end grows: SUM(A2:A2) = 3 for C2, SUM(A2:B2) = 5 for D2.
    const growing = await sheetWith([{ address: "C2:D2", formula: "=SUM($A2:A2)>4", fill: "#FFC7CE" }]);
    expect(filled(growing, ["C2", "D2"])).toEqual(["D2"]);
  });

  it("evaluates a rule split in several areas in each of them, shifted from the first area's top-left", async () => {
    const wb = await sheetWith([{ address: "B2:B5", formula: "=$B2<=$A2", fill: "#FFEB9C" }]);
    wb.pasteByUser("S", "B3", 2);
    // B3 (2 <= 2) is out of the areas B2 and B4:B5 now; B5 is compared with A5 ("x" <= 1: text sorts after
    // numbers), not with A3 as it would be from its own area's top-left.
    expect(filled(wb, ["B2", "B3", "B4", "B5"])).toEqual(["B2", "B4"]);
  });

  it("applies a rule whose result is TRUE or a non-zero number, and never one that gives an error", async () => {
    const wb = await sheetWith([{ address: "B2:B5", formula: "=B2", fill: "#FFC7CE" }]);
    // 2 and 2 are true, 0 is not, and text is neither TRUE nor a number.
    expect(filled(wb, ["B2", "B3", "B4", "B5"])).toEqual(["B2", "B3"]);

    const errors = await sheetWith([
      // 1/2 > 0 for A2; for A3, 1/0.
      { address: "A2:A3", formula: "=1/B3>0", fill: "#FFC7CE" },
      { address: "B2:B3", formula: "=OR(NOSUCHFUNCTION(B2),TRUE)", fill: "#FFC7CE" },
    ]);
    expect(filled(errors, ["A2", "A3", "B2", "B3"])).toEqual(["A2"]);

    // The cell below each cell: for the sheet's last row it is off the sheet, #REF!, not applied.
    const edge = await sheetWith([{ address: "A1048575:A1048576", formula: "=A1048576=0", fill: "#FFC7CE" }]);
    expect(filled(edge, ["A1048575", "A1048576"])).toEqual(["A1048575"]);
  });

  it("takes each property from the first true rule in priority order", async () => {
    const wb = await sheetWith([
      { address: "B2:B5", formula: "=ISNUMBER($B2)", fill: "#FFEB9C", fontColor: "#9C5700", bold: true },
      { address: "B2:B5", formula: "=$B2=0", fill: "#FFC7CE" },
    ]);
    expect(wb.conditionalFormats("S").map((r) => r.fill)).toEqual(["#FFC7CE", "#FFEB9C"]);
    // Both rules are true for B4: the fill is the first rule's, the font the second's, which alone sets it.
    expect(lookAt(wb, "B4")).toEqual({ fill: "#FFC7CE", fontColor: "#9C5700", bold: true, italic: null });
    expect(lookAt(wb, "B2")).toEqual({ fill: "#FFEB9C", fontColor: "#9C5700", bold: true, italic: null });
    expect(lookAt(wb, "B5")).toEqual({ fill: null, fontColor: null, bold: null, italic: null });
  });

  it("stops at a true rule marked stopIfTrue", async () => {
    const wb = await sheetWith([
      { address: "B2:B5", formula: "=ISNUMBER($B2)", fill: "#FFEB9C" },
      { address: "B2:B5", formula: "=$B2=0", fontColor: "#9C0006", stopIfTrue: true },
    ]);
    expect(lookAt(wb, "B4")).toEqual({ fill: null, fontColor: "#9C0006", bold: null, italic: null });
    // Where the stopping rule is false, the next one still applies.
    expect(lookAt(wb, "B2")).toEqual({ fill: "#FFEB9C", fontColor: null, bold: null, italic: null });
  });

  it("reads the values formulas compute", async () => {
    const wb = await sheetWith([{ address: "C2:C3", formula: "=C2>2", fill: "#FFC7CE" }]);
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C2:C3").formulas = [["=A2+B2"], ["=A3-B3"]];
      await context.sync();
    });
    expect(filled(wb, ["C2", "C3"])).toEqual(["C2"]);
  });
});
