/**
 * Worksheet.onChanged (ExcelApi 1.7) and Worksheet.onFormatChanged (1.9): which handlers listen to which sheet, and
 * delivering changes to them as Excel does. The type definitions say onChanged "occurs when data changes" and
 * onFormatChanged "when format changed": a write of formats only (fill, font, borders, alignment, number format,
 * clear("Formats")) is heard by onFormatChanged alone, the stricter reading for an add-in that follows data (an older
 * documentation page, OfficeDev/office-js-docs-pr#873, said onChanged fires for formats too). `triggerSource`, which
 * tells the add-in's own writes from others', exists from ExcelApi 1.14: a handler registered on an older Excel gets
 * change events without it. WorksheetFormatChangedEventArgs has no triggerSource at any level.
 */
import { rectToA1, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import { levelAtLeast } from "../proxy/api-level";
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
  /** ExcelApi 1.14: whether this add-in's own request made the change; absent on an older Excel. */
  readonly triggerSource?: ChangeTrigger;
}

/** Excel.WorksheetFormatChangedEventArgs. */
export interface WorksheetFormatChangedEventArgs {
  readonly type: "WorksheetFormatChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly source: "Local";
}

/** "ThisLocalAddin": an Excel.run of the add-in; "Unknown": anyone else (the user typing, a co-author). */
export type ChangeTrigger = "ThisLocalAddin" | "Unknown";

export type ChangeKind = "data" | "format";

type Args = WorksheetChangedEventArgs | WorksheetFormatChangedEventArgs;

interface Listener {
  readonly kind: ChangeKind;
  /** The ExcelApi level of the Excel the handler was registered on. */
  readonly level: string;
  readonly handler: EventHandler<never>;
}

interface Change {
  readonly sheet: SheetModel;
  readonly kind: ChangeKind;
  readonly rect: Rect;
  readonly trigger: ChangeTrigger;
}

function argsFor(listener: Listener, { sheet, kind, rect, trigger }: Change): Args {
  const common = { worksheetId: sheet.id, address: rectToA1(rect), source: "Local" } as const;
  if (kind === "format") return { type: "WorksheetFormatChanged", ...common };
  return {
    type: "WorksheetChanged",
    ...common,
    changeType: "RangeEdited",
    ...(levelAtLeast(listener.level, "1.14") ? { triggerSource: trigger } : {}),
  };
}

export class WorksheetChanges {
  private readonly listeners = new Map<SheetModel, Set<Listener>>();
  private pending: Change[] = [];

  /** Registers a handler of one kind of change for one sheet; returns what unregisters it. */
  listen<A extends Args>(sheet: SheetModel, kind: ChangeKind, level: string, handler: EventHandler<A>): () => void {
    const listener: Listener = { kind, level, handler: handler as EventHandler<never> };
    const set = this.listeners.get(sheet) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(sheet, set);
    return () => set.delete(listener);
  }

  /** Cells' contents changed (values, formulas). */
  changed(sheet: SheetModel, rect: Rect, trigger: ChangeTrigger): void {
    this.queue({ sheet, kind: "data", rect, trigger });
  }

  /** Cells' formats changed, and nothing else. */
  formatChanged(sheet: SheetModel, rect: Rect, trigger: ChangeTrigger): void {
    this.queue({ sheet, kind: "format", rect, trigger });
  }

  /**
   * The handlers hear of a change on a later turn of the event loop, after the sync that made it has resolved,
   * since Excel's events travel apart from the requests' answers.
   */
  private queue(change: Change): void {
    if (![...(this.listeners.get(change.sheet) ?? [])].some((l) => l.kind === change.kind)) return;
    this.pending.push(change);
    if (this.pending.length === 1) setTimeout(() => this.deliver(), 0);
  }

  /** Each change, in order, to the handlers registered when it is delivered: a removed one hears nothing more. */
  private deliver(): void {
    const pending = this.pending;
    this.pending = [];
    for (const change of pending) {
      for (const listener of [...(this.listeners.get(change.sheet) ?? [])])
        if (listener.kind === change.kind) void (listener.handler as EventHandler<Args>)(argsFor(listener, change));
    }
  }
}
