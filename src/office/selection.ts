/**
 * The user's selection as "use the selected range" needs it: every selected area, cut to the cells the sheet uses.
 * A whole column ("B:B"), whole rows ("3:5") or the whole sheet ("1:1048576") become the part of them that holds
 * something; a multi-area selection (Ctrl-click) keeps each area.
 */
import { CellArea } from "../core/cells";
import { areaOfAddress, intersectAreas, sheetOfAddress } from "./area-address";
import { HostError } from "./host-error";
import { Capabilities } from "./requirements";

/** What the pane knows of the selection: its sheet and its areas that hold cells in use (none: nothing to read). */
export interface Selection {
  readonly sheet: string;
  readonly areas: readonly CellArea[];
}

/** The selection's queued loads: every area (ExcelApi 1.9), or the single range. */
export type SelectionRead =
  | { readonly kind: "areas"; readonly areas: Excel.RangeAreas }
  | { readonly kind: "range"; readonly range: Excel.Range };

/**
 * Queues the selection's loads. From ExcelApi 1.9 every area (getSelectedRanges); before, the single range, which
 * Excel refuses for a multi-area selection ("If there are multiple ranges selected, this method will throw an
 * error", Office.js type definitions of getSelectedRange): the sync fails with InvalidSelection.
 */
export function queueSelectionRead(context: Excel.RequestContext, caps: Capabilities): SelectionRead {
  if (caps.selectedRanges) {
    const areas = context.workbook.getSelectedRanges();
    areas.load("areas/items/address");
    return { kind: "areas", areas };
  }
  const range = context.workbook.getSelectedRange();
  range.load("address");
  return { kind: "range", range };
}

/**
 * What a sync that failed with InvalidSelection after queueSelectionRead means. Excel refuses to read a selection that
 * is not cells (a chart, a shape) through getSelectedRanges and getSelectedRange alike (OfficeDev/office-js issue
 * #2268); getSelectedRange also refuses several areas. So from ExcelApi 1.9 no cells are selected; before, either.
 */
export function unreadableSelection(caps: Capabilities): HostError {
  return new HostError(caps.selectedRanges ? "no-cells-selected" : "not-one-cell-area");
}

/** The selected areas within `used` (the sheet's used area), or null when their addresses name no sheet. */
export function selectionOf(read: SelectionRead, used: CellArea): Selection | null {
  const addresses = read.kind === "areas" ? read.areas.areas.items.map((a) => a.address) : [read.range.address];
  if (addresses.length === 0 || !addresses.every((a) => a.includes("!"))) return null;
  const areas = addresses.map((a) => intersectAreas(areaOfAddress(a), used)).filter((a): a is CellArea => a !== null);
  return { sheet: sheetOfAddress(addresses[0]), areas };
}
