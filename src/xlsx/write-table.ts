/** Changes to the plan table's sheet: cell edits, conditional formats and the legend's look. */
import ExcelJS from "exceljs";
import { areaAddress, CellArea, cellAddress } from "../core/cells";
import {
  HIGHLIGHT_COLORS,
  HighlightColors,
  HighlightRule,
  Highlights,
  LEGEND_KINDS,
  ruleShape,
  TableEdit,
} from "../core/edits";
import { writeContent } from "./write-cell";
import { applyBold, applyHighlightLook, argb } from "./write-styles";

/** ExcelJS keeps conditional formats in a property its typings leave out. */
type WithRules = ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

const bodyOf = (formula: string) => formula.replace(/^=/, "");

/**
 * A cell we overwrite may be the master of a shared formula ("target = max" filled down): ExcelJS
 * would then write its clones as copies of our SUM. They become formulas of their own first.
 */
function unshareFormulas(ws: ExcelJS.Worksheet, edits: readonly TableEdit[]): void {
  const targets = new Set(edits.map((e) => cellAddress(e.row, e.column)));
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as ExcelJS.CellSharedFormulaValue | null;
      if (value && typeof value === "object" && "sharedFormula" in value && targets.has(value.sharedFormula)) {
        cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
      }
    }),
  );
}

export function writeTableEdits(ws: ExcelJS.Worksheet, edits: readonly TableEdit[]): void {
  unshareFormulas(ws, edits);
  for (const e of edits) writeContent(ws.getCell(e.row, e.column), e.content);
}

/**
 * Takes out the rules an earlier run added and leaves the user's own: ours have the shape of one of our formulas
 * (ruleShape: the same after rows or columns were inserted or deleted in Excel since, which moves the rule and
 * rewrites its formula) and that rule's colours.
 */
export function removeHighlightRules(ws: ExcelJS.Worksheet, rules: readonly HighlightRule[]): void {
  const ours = new Set(
    rules.map((r) =>
      lookOf(ruleShape(r.formula), argb(HIGHLIGHT_COLORS[r.kind].fill), argb(HIGHLIGHT_COLORS[r.kind].font)),
    ),
  );
  const isOurs = (rule: ExcelJS.ConditionalFormattingRule) => {
    const formula = ruleFormula(rule);
    const style = (rule as ExcelJS.ExpressionRuleType).style;
    const fill = style?.fill?.type === "pattern" ? style.fill.bgColor?.argb : undefined;
    return formula !== undefined && ours.has(lookOf(ruleShape(formula), fill, style?.font?.color?.argb));
  };
  const sheet = ws as WithRules;
  sheet.conditionalFormattings = sheet.conditionalFormattings
    .map((cf) => ({ ...cf, rules: cf.rules.filter((rule) => !isOurs(rule)) }))
    .filter((cf) => cf.rules.length > 0);
}

const lookOf = (shape: string, fill?: string, font?: string) =>
  JSON.stringify([shape, fill?.toUpperCase(), font?.toUpperCase()]);

function ruleFormula(rule: ExcelJS.ConditionalFormattingRule): string | undefined {
  return rule.type === "expression" ? String(rule.formulae?.[0] ?? "") : undefined;
}

/** A conditional format of one formula rule, coloured as `colors` say. */
export function addRule(ws: ExcelJS.Worksheet, area: CellArea, formula: string, colors: HighlightColors): void {
  ws.addConditionalFormatting({
    ref: areaAddress(area),
    // No priority: ExcelJS numbers new rules after the sheet's existing ones.
    rules: [
      {
        type: "expression",
        formulae: [bodyOf(formula)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(colors.fill) } },
          font: { color: { argb: argb(colors.font) } },
        },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

export function addHighlights(ws: ExcelJS.Worksheet, highlights: Highlights): void {
  for (const rule of highlights.rules) {
    const colors = HIGHLIGHT_COLORS[rule.kind];
    addRule(ws, rule.area, rule.formula, colors);
  }
  const { legend } = highlights;
  applyBold(ws.getCell(legend.top, legend.left));
  LEGEND_KINDS.forEach((kind, i) =>
    applyHighlightLook(ws.getCell(legend.top + 1 + i, legend.left), HIGHLIGHT_COLORS[kind]),
  );
}
