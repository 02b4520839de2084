/** Excel.Application: only what a writer uses to keep Excel from recalculating between its writes. */
import { ClientObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";

export class ApplicationApi extends ClientObject {
  /** Calls made, for tests: the in-memory Excel computes lazily on read either way. */
  suspendedSyncs = 0;

  constructor(context: MemoryRequestContext) {
    super(context);
  }

  protected get typeName(): string {
    return "Application";
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => {
      this.suspendedSyncs++;
    });
  }
}
