/** Why an .xlsx could not be opened; the CLI turns each reason into one plain line. */
/** "directory" and "not-a-file" (a FIFO, a device) are refused before anything is read from them. */
export type XlsxReadReason = "not-found" | "directory" | "not-a-file" | "not-xlsx" | "encrypted" | "unreadable";

export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;

  constructor(reason: XlsxReadReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = "XlsxReadError";
    this.reason = reason;
  }
}
