/**
 * Sends the queued commands when the next would take the request past the budget (Excel on the web's 5 MB limit,
 * request-size.ts); each later batch suspends calculation again, since a sync ends the suspension.
 */
export class RequestBatches {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limitBytes: number,
  ) {
    this.suspend();
  }

  /** Only past the limit does this sync, so an operation takes as few syncs as the limit allows. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limitBytes) {
      await this.context.sync();
      this.suspend();
      this.pending = 0;
    }
    this.pending += bytes;
  }

  private suspend(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}
