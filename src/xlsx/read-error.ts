/** Why an .xlsx could not be opened; the CLI turns each reason into one plain line. */
export type XlsxReadReason = "not-found" | "not-xlsx" | "encrypted" | "unreadable";

export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;

  constructor(reason: XlsxReadReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = "XlsxReadError";
    this.reason = reason;
  }
}
