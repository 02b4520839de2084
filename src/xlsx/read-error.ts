/** Why an .xlsx could not be opened; the CLI turns each reason into one plain line. */
/** "directory" and "not-a-file" (a FIFO, a device) are refused before anything is read from them. */
export type XlsxReadReason =
  "not-found" | "directory" | "not-a-file" | "not-xlsx" | "encrypted" | "unreadable" | "too-large";

export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;

  constructor(reason: XlsxReadReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = "XlsxReadError";
    this.reason = reason;
  }
}

/** A workbook with more cells than the command line opens (cell-count.ts): said with its count, never read. */
export class XlsxTooLargeError extends XlsxReadError {
  constructor(
    readonly cells: number,
    readonly limit: number,
  ) {
    super("too-large", `${cells} cells, over ${limit}`);
    this.name = "XlsxTooLargeError";
  }
}
