/** Excel.ChartCollection and Chart: stored, not drawn, so tests can see which charts exist and what they plot. */
import { rectToA1 } from "../address";
import { excelError } from "../excel-api-error";
import type { ChartModel, SheetModel } from "../model/sheet";
import {
  ClientObject,
  CollectionObject,
  TargetObject,
  type ClientResult,
  type ScalarReaders,
} from "../proxy/client-object";
import type { RangeApi } from "./range";
import { assertEditable, rectOnSheet } from "./range-target";
import type { WorksheetApi } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

export class ChartTitleApi extends ClientObject {
  constructor(private readonly chart: ChartApi) {
    super(chart.context);
  }
  protected get typeName(): string {
    return "ChartTitle";
  }
  protected override scalars(): ScalarReaders {
    return { text: () => this.chart.target().chart.title };
  }
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.write("text", text, () => {
      this.chart.target().chart.title = String(text);
    });
  }
}

export class ChartApi extends TargetObject<ChartTarget> {
  readonly title: ChartTitleApi = new ChartTitleApi(this);

  protected get typeName(): string {
    return "Chart";
  }
  protected override exists(t: ChartTarget): boolean {
    return this.context.model.sheets.includes(t.sheet) && t.sheet.charts.includes(t.chart);
  }
  protected override scalars(): ScalarReaders {
    return {
      id: () => this.target().chart.id,
      name: () => this.target().chart.name,
      chartType: () => this.target().chart.type,
    };
  }
  protected override navigations(): Record<string, ClientObject> {
    return { title: this.title };
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, () => {
      this.target().chart.name = String(name);
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  /** Places the chart over cells, e.g. setPosition("H2", "P20"). */
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    this.queue("setPosition", [startCell, endCell ?? null], () => {
      const { sheet, chart } = this.target();
      const at = (cell: RangeApi | string) =>
        rectToA1(typeof cell === "string" ? rectOnSheet(sheet, cell) : cell.target().rect);
      chart.position = { start: at(startCell), end: endCell === undefined ? undefined : at(endCell) };
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      const { sheet, chart } = this.target();
      assertEditable(sheet);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class ChartCollectionApi extends CollectionObject<ChartModel, ChartApi> {
  constructor(private readonly worksheet: WorksheetApi) {
    super(worksheet.context);
  }
  protected get typeName(): string {
    return "ChartCollection";
  }
  protected currentItems(): ChartModel[] {
    return [...this.worksheet.target().charts];
  }
  protected itemProxy(chart: ChartModel): ChartApi {
    const sheet = this.worksheet.target();
    return new ChartApi(this.context, () => ({ sheet, chart }));
  }

  add(type: string, sourceData: RangeApi, seriesBy: string = "Auto"): ChartApi {
    let created: ChartTarget | null = null;
    this.queue("add", [type, sourceData, seriesBy], () => {
      const sheet = this.worksheet.target();
      assertEditable(sheet);
      if (!type || !SERIES_BY.includes(seriesBy))
        throw excelError("InvalidArgument", "Invalid chart type or seriesBy.");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        id: this.context.model.nextObjectId(),
        name: `Chart ${n}`,
        type,
        source: sourceData.target(),
        seriesBy,
        title: "",
        position: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartApi(this.context, () => created);
  }

  getCount(): ClientResult<number> {
    return this.result("getCount", null, () => this.worksheet.target().charts.length);
  }

  private byName(name: string, nullable: boolean): ChartApi {
    return new ChartApi(
      this.context,
      () => {
        const sheet = this.worksheet.target();
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      },
      nullable,
    );
  }

  getItem(name: string): ChartApi {
    return this.byName(name, false);
  }

  getItemOrNullObject(name: string): ChartApi {
    return this.byName(name, true);
  }
}
