/**
 * Excel.Application: what a writer uses to keep Excel from recalculating between its writes, and the regional
 * number format (cultureInfo.numberFormat, ExcelApi 1.11) that the pane writes its figures with.
 */
import { ClientObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { defineExcelClass } from "../proxy/members";

/** Excel.NumberFormatInfo: the system's separators, read-only. */
class NumberFormatInfoApi extends ClientObject {}

defineExcelClass(NumberFormatInfoApi, {
  name: "NumberFormatInfo",
  since: "1.11",
  properties: {
    numberDecimalSeparator: { since: "1.11", read: (info) => info.context.separators.decimal },
    numberGroupSeparator: { since: "1.11", read: (info) => info.context.separators.thousands },
  },
});

/** Excel.CultureInfo: only its number format. */
class CultureInfoApi extends ClientObject {
  readonly numberFormat: NumberFormatInfoApi = new NumberFormatInfoApi(this.context);
}

defineExcelClass(CultureInfoApi, { name: "CultureInfo", since: "1.11", navigations: { numberFormat: "1.11" } });

export class ApplicationApi extends ClientObject {
  /** Calls made, for tests: the in-memory Excel computes lazily on read either way. */
  suspendedSyncs = 0;
  readonly cultureInfo: CultureInfoApi;

  constructor(context: MemoryRequestContext) {
    super(context);
    this.cultureInfo = new CultureInfoApi(context);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => {
      this.suspendedSyncs++;
    });
  }
}

defineExcelClass(ApplicationApi, {
  name: "Application",
  since: "1.1",
  navigations: { cultureInfo: "1.11" },
  methods: { suspendApiCalculationUntilNextSync: "1.6" },
});
