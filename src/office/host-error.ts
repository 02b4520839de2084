/** Why a workbook operation stopped; the pane says each in the user's language. */
export type HostErrorKind =
  /** The sheet is gone or was renamed since the pane read it. */
  | "sheet-missing"
  /** No plan table on the sheet any more. */
  | "no-table"
  /** Someone else changed the add-in's sheets since the pane read the workbook: read again. */
  | "stale"
  /** The selection has several areas (Ctrl-click) where one is needed. */
  | "several-areas"
  /** The selection is not cells: a chart or a shape (told apart from ExcelApi 1.9, getSelectedRanges). */
  | "no-cells-selected"
  /** Before ExcelApi 1.9, Excel cannot read the selection: several areas, or not cells (it does not say which). */
  | "not-one-cell-area"
  /** A sheet that must change is protected. */
  | "protected"
  /** Excel refused the request; the workbook was put back as it was. */
  | "excel"
  /** Excel refused, and putting the workbook back failed too. */
  | "rollback-failed";

export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly detail: string = "",
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "HostError";
  }
}

/** Excel's own error code, when it gave one. */
export function excelCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = excelCode(error);
  return new HostError(code === "AccessDenied" ? "protected" : "excel", code || String(error));
}
