/** Excel.ChartCollection, Chart and ChartTitle: stored, not drawn, so tests can see which charts exist and what they plot. */
import { rectToA1 } from "../address";
import { excelError } from "../excel-api-error";
import type { ChartModel, SheetModel } from "../model/sheet";
import { ClientObject, CollectionObject, TargetObject, type ClientResult } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { RangeApi } from "./range";
import { assertEditable, rectOnSheet } from "./range-target";
import type { WorksheetApi } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

export class ChartTitleApi extends ClientObject {
  constructor(readonly chart: ChartApi) {
    super(chart.context);
  }
}

defineExcelClass(ChartTitleApi, {
  name: "ChartTitle",
  since: "1.1",
  properties: {
    text: {
      since: "1.1",
      read: (title) => title.chart.target().chart.title,
      write: (title, text: string) => {
        title.chart.target().chart.title = String(text);
      },
    },
  },
});

export class ChartApi extends TargetObject<ChartTarget> {
  readonly title: ChartTitleApi = new ChartTitleApi(this);

  protected override exists(t: ChartTarget): boolean {
    return this.context.model.sheets.includes(t.sheet) && t.sheet.charts.includes(t.chart);
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

defineExcelClass(ChartApi, {
  name: "Chart",
  since: "1.1",
  properties: {
    id: { since: "1.7", read: (chart) => chart.target().chart.id },
    name: {
      since: "1.1",
      read: (chart) => chart.target().chart.name,
      write: (chart, name: string) => {
        chart.target().chart.name = String(name);
      },
    },
    chartType: { since: "1.7", read: (chart) => chart.target().chart.type },
  },
  navigations: { title: "1.1" },
  methods: { setPosition: "1.1", delete: "1.1" },
});

export class ChartCollectionApi extends CollectionObject<ChartModel, ChartApi> {
  constructor(private readonly worksheet: WorksheetApi) {
    super(worksheet.context);
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
      this.since(nullable ? "getItemOrNullObject" : "getItem", () => {
        const sheet = this.worksheet.target();
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      }),
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

defineExcelClass(ChartCollectionApi, {
  name: "ChartCollection",
  since: "1.1",
  methods: { add: "1.1", getCount: "1.4", getItem: "1.1", getItemOrNullObject: "1.4" },
});
