import { HostError, HostErrorKind } from "../../office";

/** What the pane tells the user went wrong: a workbook error, or something about finding the table. */
export type PaneErrorKind = HostErrorKind | "unexpected" | "noTable" | "noSelection";

export function paneErrorOf(error: unknown): PaneErrorKind {
  return error instanceof HostError ? error.kind : "unexpected";
}

export function isStale(error: unknown): boolean {
  return error instanceof HostError && error.kind === "stale";
}
