import { CellArea } from "../../core/cells";
import type { Snapshot } from "../../office";
import { detectTable } from "./detect";
import { PaneErrorKind } from "./pane-error";

/**
 * Which selected area "use the selected range" reads: the one area selected, or, of several (Ctrl-click), the one
 * that holds a table. A single cell is no range; several areas of which none or more than one hold a table cannot
 * be told apart, and the pane asks for one area.
 */
export function selectedTableArea(
  snapshot: Snapshot,
): { readonly sheet: string; readonly area: CellArea } | { readonly error: PaneErrorKind } {
  const { selection } = snapshot;
  const ranges = (selection?.areas ?? []).filter((a) => a.top !== a.bottom || a.left !== a.right);
  if (!selection || ranges.length === 0) return { error: "noSelection" };
  const { sheet } = selection;
  if (selection.areas.length === 1) return { sheet, area: ranges[0] };
  const withTable = ranges.filter((area) => detectTable(snapshot, { kind: "selection", sheet, area })?.plan);
  return withTable.length === 1 ? { sheet, area: withTable[0] } : { error: "several-areas" };
}
