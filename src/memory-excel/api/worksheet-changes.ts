/** Worksheet.onChanged: which handlers listen to which sheet, and delivering changes to them as Excel does. */
import { rectToA1, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import type { EventHandler } from "../proxy/events";

/** Excel.WorksheetChangedEventArgs, as far as the memory Excel reports it. */
export interface WorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  /** The changed cells, without the sheet ("B3", "A1:C4"). */
  readonly address: string;
  /** Every change the memory Excel can make edits cells in place. */
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  /** ExcelApi 1.14: whether this add-in's own request made the change. */
  readonly triggerSource: ChangeTrigger;
}

/** "ThisLocalAddin": an Excel.run of the add-in; "Unknown": anyone else (the user typing, a co-author). */
export type ChangeTrigger = "ThisLocalAddin" | "Unknown";

type Listener = { readonly handler: EventHandler<WorksheetChangedEventArgs> };

export class WorksheetChanges {
  private readonly listeners = new Map<SheetModel, Set<Listener>>();
  private pending: { readonly sheet: SheetModel; readonly args: WorksheetChangedEventArgs }[] = [];

  /** Registers a handler for one sheet; returns what unregisters it. */
  listen(sheet: SheetModel, handler: EventHandler<WorksheetChangedEventArgs>): () => void {
    const listener = { handler };
    const set = this.listeners.get(sheet) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(sheet, set);
    return () => set.delete(listener);
  }

  /**
   * Cells of a sheet changed. The handlers hear of it on a later turn of the event loop, after the sync that made
   * the change has resolved, since Excel's events travel apart from the requests' answers.
   */
  changed(sheet: SheetModel, rect: Rect, trigger: ChangeTrigger): void {
    if (!this.listeners.get(sheet)?.size) return;
    this.pending.push({
      sheet,
      args: {
        type: "WorksheetChanged",
        worksheetId: sheet.id,
        address: rectToA1(rect),
        changeType: "RangeEdited",
        source: "Local",
        triggerSource: trigger,
      },
    });
    if (this.pending.length === 1) setTimeout(() => this.deliver(), 0);
  }

  /** Each change, in order, to the handlers registered when it is delivered: a removed one hears nothing more. */
  private deliver(): void {
    const pending = this.pending;
    this.pending = [];
    for (const { sheet, args } of pending) {
      for (const listener of [...(this.listeners.get(sheet) ?? [])]) void listener.handler(args);
    }
  }
}
