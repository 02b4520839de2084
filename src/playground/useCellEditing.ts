/** The visitor's edits of the drawn workbook, as in Excel: select, type, commit or cancel, clear. */
import { useState } from "react";
import type { KeyboardEvent, RefObject } from "react";
import { columnName, rectToA1 } from "../memory-excel/address";
import { ExcelApiError, type MemoryWorkbook } from "../memory-excel";
import type { WorkbookChanges } from "./changes";
import { editorText, typedInput } from "./editing";
import { moveSelection, selectCell } from "./selection";
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
  readonly select: (row: number, column: number) => void;
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

  const moveBy = (step: Step) => {
    moveSelection(workbook, ...step);
    setNotice(null);
    changes.notify();
  };

  return {
    session,
    notice,
    select: (row, column) => {
      selectCell(workbook, row, column);
      setNotice(null);
      changes.notify();
    },
    edit,
    onGridKeyDown: (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const step = ARROWS[event.key];
      if (step) moveBy(step);
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
