/**
 * A rerun takes out the conditional formats an earlier run added, and only those (src/xlsx/write-table.ts): the
 * user's rules of every kind stay, those with our formula but other colours included.
 */
import ExcelJS from "exceljs";
import { HIGHLIGHT_COLORS, HighlightRule } from "../../src/core/edits";
import { addRule, removeHighlightRules } from "../../src/xlsx/write-table";

type WithRules = ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

const ZERO: HighlightRule = {
  kind: "zero",
  area: { top: 5, left: 4, bottom: 20, right: 4 },
  formula: "=AND(ISNUMBER($F5),ISNUMBER($E5),$F5=0,$E5>0)",
};
const DARK_RED = { argb: "FF9C0006" };

describe("removeHighlightRules", () => {
  it("takes out our rule and keeps the user's: a comparison, a colour scale, our formula in other looks", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Phụ lục") as WithRules;
    addRule(ws, ZERO.area, ZERO.formula, HIGHLIGHT_COLORS.zero);
    const mine = (ref: string, rule: object) =>
      ws.addConditionalFormatting({ ref, rules: [rule as ExcelJS.ConditionalFormattingRule] });
    // Excel's preset "light red fill with dark red text", our zero colours, on a comparison.
    mine("E5:E20", {
      type: "cellIs",
      operator: "lessThan",
      formulae: ["0"],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: DARK_RED } },
    });
    mine("F5:F20", {
      type: "colorScale",
      cfvo: [{ type: "min" }, { type: "max" }],
      color: [{ argb: "FFF8696B" }, { argb: "FF63BE7B" }],
    });
    // Our formula, coloured by the user: dark red text only, a gradient, our fill with bold text.
    mine("D5:D20", { type: "expression", formulae: [ZERO.formula.slice(1)], style: { font: { color: DARK_RED } } });
    mine("D5:D20", {
      type: "expression",
      formulae: [ZERO.formula.slice(1)],
      style: {
        fill: { type: "gradient", gradient: "angle", degree: 0, stops: [{ position: 0, color: { argb: "FFFFC7CE" } }] },
        font: { color: DARK_RED },
      },
    });
    mine("D5:D20", {
      type: "expression",
      formulae: [ZERO.formula.slice(1)],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { bold: true } },
    });
    removeHighlightRules(ws, [ZERO]);
    expect(ws.conditionalFormattings.map((cf) => [cf.ref, cf.rules.map((r) => r.type)])).toEqual([
      ["E5:E20", ["cellIs"]],
      ["F5:F20", ["colorScale"]],
      ["D5:D20", ["expression"]],
      ["D5:D20", ["expression"]],
      ["D5:D20", ["expression"]],
    ]);
  });

  it("keeps the user's rules however little they say, and a comparison with our formula in our colours", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Phụ lục") as WithRules;
    const ourFill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } };
    const rules = [
      // No style (no dxf), a fill without font, a pattern fill without background colour, no formula.
      { type: "expression", formulae: [ZERO.formula.slice(1)] },
      { type: "expression", formulae: [ZERO.formula.slice(1)], style: { fill: ourFill } },
      {
        type: "expression",
        formulae: [ZERO.formula.slice(1)],
        style: {
          fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
          font: { color: DARK_RED },
        },
      },
      { type: "expression", style: { fill: ourFill, font: { color: DARK_RED } } },
      // "Cell value equal to" our formula, in our colours: the user's, whatever it compares with.
      {
        type: "cellIs",
        operator: "equal",
        formulae: [ZERO.formula.slice(1)],
        style: { fill: ourFill, font: { color: DARK_RED } },
      },
    ];
    for (const rule of rules)
      ws.addConditionalFormatting({ ref: "D5:D20", rules: [rule as ExcelJS.ConditionalFormattingRule] });
    removeHighlightRules(ws, [ZERO]);
    expect(ws.conditionalFormattings.flatMap((cf) => cf.rules)).toEqual(rules);
  });
});
