/** Generated sheets (assignment sheets, summary): earlier ones out, this run's in, each in its old place. */
import ExcelJS from "exceljs";
import { areaAddress } from "../core/cells";
import { EARLIEST_DEADLINE, PROGRESS_COLORS, SheetDraft, Validation } from "../core/edits";
import { validationDate } from "./date-system";
import { writeContent } from "./write-cell";
import { applyStyles } from "./write-styles";
import { addRule } from "./write-table";

/** ExcelJS keeps tab order in `orderNo`, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };
/** ExcelJS keeps data validations in a property its typings leave out. */
type Validated = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

const A4 = 9;

/** Writes a generated sheet into `ws`: cells, looks, widths, merges, print setup, frozen header. */
export function writeDraft(ws: ExcelJS.Worksheet, draft: SheetDraft): void {
  draft.cells.forEach((line, r) => {
    // By row: ExcelJS's getCell(row, column) parses an address for every call.
    const row = ws.getRow(r + 1);
    line.forEach((content, c) => content.kind !== "empty" && writeContent(row.getCell(c + 1), content));
  });
  applyStyles(ws, draft.styles);
  // After the styles: a number format a unit gave a cell it typed into wins over the column's.
  draft.cells.forEach((line, r) =>
    line.forEach((content, c) => "format" in content && writeContent(ws.getCell(r + 1, c + 1), content)),
  );
  draft.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const m of draft.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  if (draft.titleRows) {
    const { first, last } = draft.titleRows;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: last }];
    ws.pageSetup.printTitlesRow = `${first}:${last}`;
  }
  const date1904 = ws.workbook.properties.date1904 === true;
  for (const v of draft.validations)
    (ws as Validated).dataValidations.add(areaAddress(v.area), validationOf(v, date1904));
  for (const rule of draft.rules) addRule(ws, rule.area, rule.formula, PROGRESS_COLORS[rule.mark]);
  // draft.chart is left out: ExcelJS cannot write charts, writeWorkbookFile adds it to the saved package.
}

function validationOf(v: Validation, date1904: boolean): ExcelJS.DataValidation {
  const alert = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: v.title, error: v.message };
  if (v.kind === "date")
    return {
      ...alert,
      type: "date",
      operator: "greaterThanOrEqual",
      formulae: [validationDate(EARLIEST_DEADLINE, date1904)],
    };
  // A list's words are one quoted string, separated by commas.
  return { ...alert, type: "list", formulae: [`"${v.items.join(",")}"`] };
}

/** Deletes the sheets an earlier run generated and adds this run's, where a namesake was or else at the end. */
export function replaceSheets(
  workbook: ExcelJS.Workbook,
  replaces: readonly string[],
  drafts: readonly SheetDraft[],
): void {
  const places = new Map<string, number>();
  for (const name of replaces) {
    const ws = workbook.getWorksheet(name) as Ordered | undefined;
    if (!ws) continue;
    places.set(name.toLowerCase(), ws.orderNo);
    workbook.removeWorksheet(ws.id);
  }
  for (const draft of drafts) {
    const ws = workbook.addWorksheet(draft.name) as Ordered;
    const place = places.get(draft.name.toLowerCase());
    if (place !== undefined) ws.orderNo = place;
    writeDraft(ws, draft);
  }
}
