/** Excel.RangeFormat and its fill, font and borders. */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { Recalc } from "../formula/recalc";
import { textAt } from "../model/read-cells";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  normalizeColor,
  type Border,
  type StyleKey,
  type StylePatch,
} from "../model/style";
import { ClientObject, type ScalarReaders } from "../proxy/client-object";
import type { RangeApi } from "./range";
import { uniform, type RangeTarget } from "./range-target";

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
/** Autofit estimate: Calibri 11 is about 7 px a character, plus 5 px padding; 0.75 pt a pixel. */
const POINTS_PER_CHARACTER = 5.25;
const PADDING_POINTS = 3.75;

export function colorOrThrow(value: string): string {
  const color = normalizeColor(String(value));
  if (!color) throw excelError("InvalidArgument", `Invalid color '${value}'.`);
  return color;
}

function oneOf(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) throw excelError("InvalidArgument", `Invalid ${what} '${value}'.`);
  return value;
}

/** Base for the objects under range.format: they act on the range's cells. */
abstract class RangePart extends ClientObject {
  constructor(protected readonly range: RangeApi) {
    super(range.context);
  }

  protected uniformStyle<K extends StyleKey>(key: K) {
    const { sheet, rect } = this.range.target();
    return uniform(rect, (r, c) => sheet.styleValue(r, c, key));
  }

  /** Queues a style change on the whole range. */
  protected writeStyle(name: string, value: unknown, patch: () => StylePatch): void {
    this.write(name, value, () => {
      const { sheet, rect } = this.range.editableTarget();
      sheet.patchStyle(rect, patch());
    });
  }
}

export class RangeFillApi extends RangePart {
  protected get typeName(): string {
    return "RangeFill";
  }
  protected override scalars(): ScalarReaders {
    const { range } = this;
    return {
      // Excel reports "no fill" as white, and null when the cells differ.
      color: () => {
        const { sheet, rect } = range.target();
        return uniform(rect, (r, c) => sheet.styleValue(r, c, "fill") ?? "#FFFFFF");
      },
    };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.writeStyle("color", color, () => ({ fill: colorOrThrow(color) }));
  }
  clear(): void {
    this.queue("clear", null, () => {
      const { sheet, rect } = this.range.editableTarget();
      sheet.patchStyle(rect, { fill: null });
    });
  }
}

export class RangeFontApi extends RangePart {
  protected get typeName(): string {
    return "RangeFont";
  }
  protected override scalars(): ScalarReaders {
    return {
      bold: () => this.uniformStyle("bold"),
      italic: () => this.uniformStyle("italic"),
      color: () => this.uniformStyle("fontColor"),
      size: () => this.uniformStyle("fontSize"),
      name: () => this.uniformStyle("fontName"),
    };
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.writeStyle("bold", bold, () => ({ bold: Boolean(bold) }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.writeStyle("italic", italic, () => ({ italic: Boolean(italic) }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.writeStyle("color", color, () => ({ fontColor: colorOrThrow(color) }));
  }
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.writeStyle("size", size, () => {
      if (!(size >= 1 && size <= 409)) throw excelError("InvalidArgument", `Invalid font size ${size}.`);
      return { fontSize: size };
    });
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.writeStyle("name", name, () => ({ fontName: String(name) }));
  }
}

type EdgeKey = "borderTop" | "borderBottom" | "borderLeft" | "borderRight" | "borderDiagonalDown" | "borderDiagonalUp";

/** Which cells and which cell edge a BorderIndex means, for a rectangle. */
function edgeCells(index: string, rect: Rect): { rect: Rect; key: EdgeKey }[] {
  const row = (r: number) => ({ ...rect, top: r, bottom: r });
  const col = (c: number) => ({ ...rect, left: c, right: c });
  switch (index) {
    case "EdgeTop":
      return [{ rect: row(rect.top), key: "borderTop" }];
    case "EdgeBottom":
      return [{ rect: row(rect.bottom), key: "borderBottom" }];
    case "EdgeLeft":
      return [{ rect: col(rect.left), key: "borderLeft" }];
    case "EdgeRight":
      return [{ rect: col(rect.right), key: "borderRight" }];
    case "InsideHorizontal":
      return rect.bottom > rect.top
        ? [
            { rect: { ...rect, bottom: rect.bottom - 1 }, key: "borderBottom" },
            { rect: { ...rect, top: rect.top + 1 }, key: "borderTop" },
          ]
        : [];
    case "InsideVertical":
      return rect.right > rect.left
        ? [
            { rect: { ...rect, right: rect.right - 1 }, key: "borderRight" },
            { rect: { ...rect, left: rect.left + 1 }, key: "borderLeft" },
          ]
        : [];
    case "DiagonalDown":
      return [{ rect, key: "borderDiagonalDown" }];
    case "DiagonalUp":
      return [{ rect, key: "borderDiagonalUp" }];
    default:
      throw excelError("InvalidArgument", `Invalid BorderIndex '${index}'.`);
  }
}

export class RangeBorderApi extends RangePart {
  constructor(
    range: RangeApi,
    private readonly index: string,
  ) {
    super(range);
  }
  protected get typeName(): string {
    return "RangeBorder";
  }
  private readField(field: keyof Border): () => string | null {
    return () => {
      const { sheet } = this.range.target();
      const edges = edgeCells(this.index, this.range.target().rect);
      if (edges.length === 0) return field === "style" ? "None" : null;
      const { rect, key } = edges[0];
      return uniform(rect, (r, c) => sheet.styleValue(r, c, key)[field]);
    };
  }
  protected override scalars(): ScalarReaders {
    return {
      sideIndex: () => this.index,
      style: this.readField("style"),
      color: this.readField("color"),
      weight: this.readField("weight"),
    };
  }
  private writeField(field: keyof Border, value: string): void {
    this.write(field, value, () => {
      const { sheet, rect } = this.range.editableTarget();
      const v = field === "color" ? colorOrThrow(value) : String(value);
      for (const edge of edgeCells(this.index, rect)) {
        sheet.patchStyle(edge.rect, (s) => ({ [edge.key]: { ...s[edge.key], [field]: v } }));
      }
    });
  }
  get sideIndex(): string {
    return this.read("sideIndex");
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.writeField("style", style);
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.writeField("color", color);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(weight: string) {
    this.writeField("weight", weight);
  }
}

export class RangeBorderCollectionApi extends RangePart {
  protected get typeName(): string {
    return "RangeBorderCollection";
  }
  getItem(index: string): RangeBorderApi {
    return new RangeBorderApi(this.range, index);
  }
}

/** Estimated autofit width of one column, from the displayed text of its cells (merged cells are ignored, as in Excel). */
function autofitWidth(t: RangeTarget, column: number, rows: Rect, recalc: Recalc): number | null {
  let longest = 0;
  t.sheet.forEachCellIn({ ...rows, left: column, right: column }, (_cell, r) => {
    if (
      t.sheet.merges.some(
        (m) => m.left !== m.right && m.left <= column && m.right >= column && m.top <= r && m.bottom >= r,
      )
    )
      return;
    longest = Math.max(
      longest,
      ...textAt(recalc, t.sheet, r, column)
        .split("\n")
        .map((l) => l.length),
    );
  });
  return longest === 0 ? null : Math.round((longest * POINTS_PER_CHARACTER + PADDING_POINTS) * 100) / 100;
}

export class RangeFormatApi extends RangePart {
  readonly fill: RangeFillApi = new RangeFillApi(this.range);
  readonly font: RangeFontApi = new RangeFontApi(this.range);
  readonly borders: RangeBorderCollectionApi = new RangeBorderCollectionApi(this.range);

  protected get typeName(): string {
    return "RangeFormat";
  }
  protected override scalars(): ScalarReaders {
    return {
      wrapText: () => this.uniformStyle("wrapText"),
      horizontalAlignment: () => this.uniformStyle("horizontalAlignment"),
      verticalAlignment: () => this.uniformStyle("verticalAlignment"),
      columnWidth: () => {
        const { sheet, rect } = this.range.target();
        return uniform(
          { top: 0, bottom: 0, left: rect.left, right: rect.right },
          (_r, c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH,
        );
      },
      rowHeight: () => {
        const { sheet, rect } = this.range.target();
        return uniform(
          { top: rect.top, bottom: rect.bottom, left: 0, right: 0 },
          (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT,
        );
      },
    };
  }
  protected override navigations(): Record<string, ClientObject> {
    return { fill: this.fill, font: this.font, borders: this.borders };
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.writeStyle("wrapText", wrap, () => ({ wrapText: Boolean(wrap) }));
  }
  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(a: string) {
    this.writeStyle("horizontalAlignment", a, () => ({
      horizontalAlignment: oneOf(a, HORIZONTAL, "horizontal alignment"),
    }));
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(a: string) {
    this.writeStyle("verticalAlignment", a, () => ({ verticalAlignment: oneOf(a, VERTICAL, "vertical alignment") }));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(width: number) {
    this.write("columnWidth", width, () => {
      const { sheet, rect } = this.range.editableTarget();
      if (!(width >= 0)) throw excelError("InvalidArgument", `Invalid column width ${width}.`);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(height: number) {
    this.write("rowHeight", height, () => {
      const { sheet, rect } = this.range.editableTarget();
      if (!(height >= 0 && height <= 409)) throw excelError("InvalidArgument", `Invalid row height ${height}.`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }

  autofitColumns(): void {
    this.queue("autofitColumns", null, () => {
      const t = this.range.editableTarget();
      const rows = { ...t.rect, left: 0, right: 0 };
      const recalc = this.context.model.recalc();
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const width = autofitWidth(t, c, rows, recalc);
        if (width !== null) t.sheet.columnWidths.set(c, width);
        else t.sheet.columnWidths.delete(c);
      }
    });
  }

  /** Rows grow to fit wrapped text: lines = characters / characters that fit the column width. */
  autofitRows(): void {
    this.queue("autofitRows", null, () => {
      const { sheet, rect } = this.range.editableTarget();
      const lines = new Map<number, number>();
      sheet.forEachCellIn({ ...rect, left: 0, right: MAX_COLUMNS - 1 }, (cell, r, c) => {
        const text = typeof cell.value === "string" ? cell.value : "";
        const perLine = Math.max(
          1,
          Math.floor(((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) - PADDING_POINTS) / POINTS_PER_CHARACTER),
        );
        const wrap = sheet.styleValue(r, c, "wrapText");
        const n = text.split("\n").reduce((sum, l) => sum + (wrap ? Math.max(1, Math.ceil(l.length / perLine)) : 1), 0);
        lines.set(r, Math.max(lines.get(r) ?? 1, n));
      });
      for (let r = rect.top; r <= Math.min(rect.bottom, MAX_ROWS - 1); r++) {
        const n = lines.get(r);
        if (n && n > 1) sheet.rowHeights.set(r, n * DEFAULT_ROW_HEIGHT);
        else sheet.rowHeights.delete(r);
      }
    });
  }
}
