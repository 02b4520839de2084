/** Workbook-level state changes with Excel's rules: sheet names, order, visibility, the active sheet. */
import { excelError } from "../excel-api-error";
import { replaceSheetInFormula } from "../formula/parse";
import type { Rect } from "../address";
import { SheetModel } from "./sheet";
import { assertValidSheetName, sameSheetName } from "./sheet-name";

export class WorkbookModel {
  protected readonly sheetList: SheetModel[] = [];
  private sheetCounter = 0;
  private objectCounter = 0;
  private activeSheet: SheetModel | null = null;
  /** The selected areas, in the order they were selected (Ctrl-click adds one); the last holds the active cell. */
  private selected: readonly Rect[] = [{ top: 0, left: 0, bottom: 0, right: 0 }];
  /** A chart or a shape is selected, not cells; the cells selected before it keep the active cell. */
  private drawingSelected = false;
  /** Workbook.name (ExcelApi 1.7): the file's name; a new, unsaved workbook's is "Book1". */
  fileName = "Book1";
  /**
   * The 1904 date system (Excel's option "Use 1904 date system", workbook.xml's date1904), which no released API
   * sets or reads: a day's serial counts from 1 January 1904, 1,462 lower (DAYS_1900_TO_1904). Typed dates and DATE
   * follow it; values are stored as given.
   */
  date1904 = false;
  /**
   * Goes up with every operation a sync applies that may change the document (anything but a load, a value returned
   * or an event handler added or removed; failed ones included): the playground draws the workbook again only then.
   */
  revision = 0;
  /** Office.context.document.settings as last saved with saveAsync. */
  readonly settings = new Map<string, unknown>();

  get sheets(): readonly SheetModel[] {
    return this.sheetList;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheetList.find((s) => sameSheetName(s.name, name));
  }

  sheetByNameOrId(key: string): SheetModel | undefined {
    return this.findSheet(key) ?? this.sheetList.find((s) => s.id === key);
  }

  /** A fresh id for a chart or conditional format. */
  nextObjectId(): string {
    return String(++this.objectCounter);
  }

  addSheet(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined || sheetName === null) {
      let n = this.sheetList.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    assertValidSheetName(sheetName);
    if (this.findSheet(sheetName))
      throw excelError("ItemAlreadyExists", `A worksheet named '${sheetName}' already exists.`);
    const id = `{${(++this.sheetCounter).toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, sheetName);
    this.sheetList.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    assertValidSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet) throw excelError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteReferences(old, name);
  }

  /** Excel rewrites formulas that point at a renamed or deleted (to = null) sheet. */
  private rewriteReferences(from: string, to: string | null): void {
    for (const s of this.sheetList) {
      for (const cell of s.cells.values()) {
        if (cell.formula !== undefined) cell.formula = replaceSheetInFormula(cell.formula, from, to);
      }
    }
  }

  private visibleCount(): number {
    return this.sheetList.filter((s) => s.visibility === "Visible").length;
  }

  deleteSheet(sheet: SheetModel): void {
    const index = this.sheetList.indexOf(sheet);
    if (index < 0) throw excelError("ItemNotFound");
    if (sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheetList.splice(index, 1);
    this.rewriteReferences(sheet.name, null);
    if (this.activeSheet === sheet) this.activeSheet = this.neighbourOf(index);
  }

  /** The visible sheet Excel activates when the sheet at `index` goes away. */
  private neighbourOf(index: number): SheetModel {
    const visible = this.sheetList.filter((s) => s.visibility === "Visible");
    return visible.find((s) => this.sheetList.indexOf(s) >= index) ?? visible[visible.length - 1];
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length) {
      throw excelError("InvalidArgument", `Invalid worksheet position ${position}.`);
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw excelError("InvalidArgument");
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet)
      this.activeSheet = this.neighbourOf(this.sheetList.indexOf(sheet));
  }

  get active(): SheetModel {
    if (!this.activeSheet) throw excelError("ItemNotFound", "The workbook has no worksheet.");
    return this.activeSheet;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw excelError("InvalidOperation", "A hidden worksheet cannot be activated.");
    if (sheet !== this.activeSheet) {
      this.selected = [{ top: 0, left: 0, bottom: 0, right: 0 }];
      this.drawingSelected = false;
    }
    this.activeSheet = sheet;
  }

  /** The selected area holding the active cell (the last one selected), always on the active sheet. */
  get selection(): Rect {
    return this.selected[this.selected.length - 1];
  }

  /** Every selected area: more than one after Ctrl-clicks. */
  get selectedAreas(): readonly Rect[] {
    return this.selected;
  }

  /** False while a chart or a shape is selected. */
  get cellsSelected(): boolean {
    return !this.drawingSelected;
  }

  /** The user clicks a chart or a shape on `sheet`. */
  selectDrawing(sheet: SheetModel): void {
    this.activate(sheet);
    this.drawingSelected = true;
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.selectAreas(sheet, [rect]);
  }

  /** A multi-area selection, as Ctrl-click makes one. */
  selectAreas(sheet: SheetModel, rects: readonly Rect[]): void {
    if (rects.length === 0) throw excelError("InvalidArgument", "A selection holds at least one area.");
    this.activate(sheet);
    this.selected = [...rects];
    this.drawingSelected = false;
  }
}
