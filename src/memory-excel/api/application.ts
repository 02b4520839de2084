/**
 * Excel.Application: what a writer uses to keep Excel from recalculating between its writes, and the regional
 * number format (cultureInfo.numberFormat, ExcelApi 1.11) that the pane writes its figures with.
 */
import { ClientObject, type ScalarReaders } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";

/** Excel.NumberFormatInfo: the system's separators, read-only. */
class NumberFormatInfoApi extends ClientObject {
  protected get typeName(): string {
    return "NumberFormatInfo";
  }

  protected override scalars(): ScalarReaders {
    return {
      numberDecimalSeparator: () => this.context.separators.decimal,
      numberGroupSeparator: () => this.context.separators.thousands,
    };
  }

  get numberDecimalSeparator(): string {
    return this.read("numberDecimalSeparator");
  }

  get numberGroupSeparator(): string {
    return this.read("numberGroupSeparator");
  }
}

/** Excel.CultureInfo: only its number format. */
class CultureInfoApi extends ClientObject {
  readonly numberFormat: NumberFormatInfoApi = new NumberFormatInfoApi(this.context);

  protected get typeName(): string {
    return "CultureInfo";
  }

  protected override navigations(): Record<string, ClientObject> {
    return { numberFormat: this.numberFormat };
  }
}

export class ApplicationApi extends ClientObject {
  /** Calls made, for tests: the in-memory Excel computes lazily on read either way. */
  suspendedSyncs = 0;
  readonly cultureInfo: CultureInfoApi;

  constructor(context: MemoryRequestContext) {
    super(context);
    this.cultureInfo = new CultureInfoApi(context);
  }

  protected get typeName(): string {
    return "Application";
  }

  protected override navigations(): Record<string, ClientObject> {
    return { cultureInfo: this.cultureInfo };
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => {
      this.suspendedSyncs++;
    });
  }
}
