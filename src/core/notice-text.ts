import { Language, messagesFor } from "../i18n";
import { areaAddress, cellAddress } from "./cells";
import { EditNotice } from "./edits/types";
import { MAX_CELL_TEXT, MAX_FORMULA_LENGTH } from "./edits/excel-limits";
import { Plan, POINT_FIELDS } from "./model";

/** The sentence a user reads for what a run left out or cut: which criterion, which cell, why. */
export function noticeMessage(notice: EditNotice, plan: Plan, language: Language): string {
  const m = messagesFor(language);
  const n = m.notices;
  // Counts of characters, grouped as the language writes them: "32.767" in Vietnamese, "32,767" in English.
  const num = (x: number) => x.toLocaleString(language === "vi" ? "vi-VN" : "en-US");
  const cell = cellAddress(notice.row, notice.column);
  const criterionOf = (code: string) => {
    const c = plan.criteria.find((x) => x.code === code);
    return c ? `${m.levelName(c.level)} ${c.code}` : code;
  };
  const where =
    notice.sheet !== null ? n.onSheet(notice.sheet, cell) : n.cell(tableCellName(notice, plan, language), cell);
  switch (notice.kind) {
    case "merged":
      return n.merged(where, areaAddress(notice.area));
    case "circular":
      return n.circular(where, cellAddress(notice.through.row, notice.through.column), notice.through.formula);
    case "formula-too-long":
      return n.formulaTooLong(where, num(notice.length), num(MAX_FORMULA_LENGTH));
    case "not-a-number":
      return n.notANumber(where);
    case "no-legend-room":
      return n.noLegendRoom(notice.row, notice.bottom);
    case "text-cut":
      return n.textCut(
        where,
        notice.code === null ? "" : criterionOf(notice.code),
        num(notice.length),
        num(MAX_CELL_TEXT),
      );
  }
}

/** "Lĩnh vực 1, điểm tối đa" for a point cell of a criterion or of the total row; "" for another cell. */
function tableCellName(at: { row: number; column: number }, plan: Plan, language: Language): string {
  const m = messagesFor(language);
  const criterion = plan.criteria.find((c) => c.row === at.row);
  const row = criterion
    ? `${m.levelName(criterion.level)} ${criterion.code}`
    : at.row === plan.total.row
      ? m.totalRow
      : "";
  if (!row) return "";
  const field = POINT_FIELDS.find((f) => plan.layout.columns[f] === at.column);
  if (!field) return row;
  const { years } = plan.layout;
  return `${row}, ${m.fieldName(field, field === "score" ? years.score : field === "target" ? years.target : null)}`;
}
