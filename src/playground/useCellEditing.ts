/** The visitor's edits of the drawn workbook, as in Excel: select, type, commit or cancel, clear. */
import { useRef, useState } from "react";
import type { KeyboardEvent, RefObject } from "react";
import { columnName, rectToA1 } from "../memory-excel/address";
import { ExcelApiError, type MemoryWorkbook } from "../memory-excel";
import type { WorkbookChanges } from "./changes";
import { editorText, typedInput } from "./editing";
import { CellAt, extendSelection, moveSelection, selectCell, spanning, stepFrom } from "./selection";
import type { Messages } from "../i18n";

/** Rows and columns the selection moves by. */
export type Step = readonly [rows: -1 | 0 | 1, columns: -1 | 0 | 1];

export interface EditSession {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** "D23" */
  readonly address: string;
  /** What the editor opens with. */
  readonly text: string;
}

const ARROWS: Readonly<Record<string, Step>> = {
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
};

export interface CellEditing {
  readonly session: EditSession | null;
  /** Why the last edit was refused, until the next one. */
  readonly notice: string | null;
  /** A click; with Shift, the selection runs from the active cell to this one. */
  readonly select: (row: number, column: number, extend?: boolean) => void;
  /** Opens the editor on the selection with `text`, or with the cell's own content. */
  readonly edit: (text?: string) => void;
  readonly onGridKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Writes what was typed; `step` moves the selection afterwards and gives the keyboard back to the grid. */
  readonly commit: (typed: string, step: Step | null) => void;
  readonly cancel: () => void;
}

export function useCellEditing(
  workbook: MemoryWorkbook,
  changes: WorkbookChanges,
  labels: Messages["playground"],
  grid: RefObject<HTMLElement | null>,
): CellEditing {
  const [session, setSession] = useState<EditSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refuse = (sheet: string) => setNotice(labels.protectedSheet(sheet));
  const backToGrid = () => grid.current?.focus({ preventScroll: true });

  /** A user's edit; a protected sheet refuses it, and the visitor is told why. */
  const write = (sheet: string, address: string, input: string | number | boolean) => {
    try {
      workbook.editByUser(sheet, address, input);
      setNotice(null);
    } catch (error) {
      if (!(error instanceof ExcelApiError && error.code === "AccessDenied")) throw error;
      refuse(sheet);
    }
  };

  const edit = (text?: string) => {
    const sheet = workbook.active;
    // Excel refuses to open the editor on a protected sheet rather than after the typing.
    if (sheet.protection.protected) return refuse(sheet.name);
    const { top: row, left: column } = workbook.selection;
    const address = `${columnName(column)}${row + 1}`;
    setSession({ sheet: sheet.name, row, column, address, text: text ?? editorText(sheet, row, column) });
  };

  // Where a Shift-selection starts (the active cell) and where it ends, as Excel keeps them while it stands.
  const ends = useRef<{ anchor: CellAt; end: CellAt } | null>(null);
  const kept = () => {
    const { selection, active } = workbook;
    const k = ends.current;
    const drawn = k && spanning(active, k.anchor, k.end);
    const same =
      drawn &&
      drawn.top === selection.top &&
      drawn.left === selection.left &&
      drawn.bottom === selection.bottom &&
      drawn.right === selection.right;
    return same ? k : null;
  };
  const extendTo = (end: CellAt) => {
    const anchor = kept()?.anchor ?? { row: workbook.selection.top, column: workbook.selection.left };
    extendSelection(workbook, anchor, end);
    ends.current = { anchor, end };
  };
  const moved = () => {
    setNotice(null);
    changes.notify();
  };

  const moveBy = (step: Step, extend: boolean) => {
    if (extend) {
      const end = kept()?.end ?? { row: workbook.selection.top, column: workbook.selection.left };
      extendTo(stepFrom(workbook.active, end, ...step));
    } else {
      // From a range, Excel moves on from its active cell.
      const anchor = kept()?.anchor;
      ends.current = null;
      if (anchor) {
        const to = stepFrom(workbook.active, anchor, ...step);
        selectCell(workbook, to.row, to.column);
      } else moveSelection(workbook, ...step);
    }
    moved();
  };

  return {
    session,
    notice,
    select: (row, column, extend = false) => {
      if (extend) extendTo({ row, column });
      else {
        ends.current = null;
        selectCell(workbook, row, column);
      }
      moved();
    },
    edit,
    onGridKeyDown: (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const step = ARROWS[event.key];
      if (step) moveBy(step, event.shiftKey);
      else if (event.key === "F2" || event.key === "Enter") edit();
      else if (event.key === "Backspace") edit("");
      else if (event.key === "Delete") {
        write(workbook.active.name, rectToA1(workbook.selection), "");
        changes.notify();
      }
      // A character starts the editor with it, in place of the cell's content.
      else if (event.key.length === 1) edit(event.key);
      else return;
      event.preventDefault();
    },
    commit: (typed, step) => {
      if (!session) return;
      setSession(null);
      const textCell = workbook.sheet(session.sheet).styleValue(session.row, session.column, "numberFormat") === "@";
      write(session.sheet, session.address, typedInput(typed, textCell));
      if (step) moveSelection(workbook, ...step);
      changes.notify();
      if (step) backToGrid();
    },
    cancel: () => {
      setSession(null);
      backToGrid();
    },
  };
}
