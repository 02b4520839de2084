import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { CSSProperties, RefObject } from "react";
import type { MemoryWorkbook } from "../memory-excel";
import type { WorkbookChanges } from "./changes";
import { displayText } from "../memory-excel/model/number-format";
import { CellEditor } from "./CellEditor";
import { ChartView, placeCharts, type PlacedChart } from "./ChartView";
import { activeSheetGrid, GridCell, REGIONAL_SEPARATORS, type SheetGrid } from "./sheet-grid";
import { useCellEditing, type CellEditing } from "./useCellEditing";
import type { Messages } from "../i18n";

const ROW_HEADER_PX = 40;
/** Shows both separators at once. */
const NUMBER_EXAMPLE = displayText(1234.5, "#,##0.0", REGIONAL_SEPARATORS);

interface Props {
  readonly workbook: MemoryWorkbook;
  readonly changes: WorkbookChanges;
  readonly labels: Messages["playground"];
}

/** The in-memory workbook as Excel would show it: the active sheet's grid and the tabs of the visible sheets. */
export function WorkbookView({ workbook, changes, labels }: Props) {
  const version = useSyncExternalStore(changes.subscribe, changes.version);
  const grid = useMemo(() => activeSheetGrid(workbook), [workbook, version]);
  const scroller = useRef<HTMLDivElement>(null);
  const sheetArea = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const placed = usePlacedCharts(sheetArea, grid);
  useScrollToSelection(scroller, grid);
  const editing = useCellEditing(workbook, changes, labels, table);
  const ids = useId();
  return (
    <section className="workbook" aria-label={labels.workbook}>
      <p className="sample-note">
        {labels.sample} {labels.numbers(NUMBER_EXAMPLE)} <span id={`${ids}editing`}>{labels.editing}</span>
      </p>
      {editing.notice && (
        <p className="edit-notice" role="alert">
          {editing.notice}
        </p>
      )}
      <div className="grid-scroll" ref={scroller}>
        <div className="sheet-area" ref={sheetArea}>
          <GridTable grid={grid} ids={ids} tableRef={table} editing={editing} labels={labels} />
          {placed.map(({ chart, box }) => (
            <div key={chart.name} className="chart-box" style={box}>
              <ChartView chart={chart} width={box.width} height={box.height} />
            </div>
          ))}
          {editing.session && (
            <CellEditor
              key={`${editing.session.sheet}!${editing.session.address}`}
              session={editing.session}
              area={sheetArea.current}
              layout={grid}
              label={labels.cell(editing.session.address)}
              hint={labels.formulaHint}
              onCommit={editing.commit}
              onCancel={editing.cancel}
            />
          )}
        </div>
      </div>
      <SheetTabs workbook={workbook} changes={changes} shown={grid.sheet} label={labels.sheets} />
    </section>
  );
}

/**
 * Charts sit over the cells they cover, which are known only once the rows are laid out. A sheet without charts
 * measures nothing: measuring lays the whole grid out, after every Excel.run of the pane.
 */
function usePlacedCharts(sheetArea: RefObject<HTMLDivElement>, grid: SheetGrid): PlacedChart[] {
  const [placed, setPlaced] = useState<PlacedChart[]>([]);
  useLayoutEffect(() => {
    const area = sheetArea.current;
    if (!area) return;
    // Setting another empty list would draw the grid once more for nothing.
    if (grid.charts.length === 0) setPlaced((before) => (before.length === 0 ? before : []));
    else setPlaced(placeCharts(area, grid));
  }, [sheetArea, grid]);
  return placed;
}

/**
 * A sheet opens at its top-left; the selection is then brought into view, as Excel does when code selects a cell.
 * Only when the sheet or the selection changes: scrolling lays the grid out, and the pane's reads redraw it often.
 */
function useScrollToSelection(scroller: RefObject<HTMLDivElement>, grid: SheetGrid): void {
  const shownSheet = useRef<string | null>(null);
  const selection = selectionKey(grid);
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    if (shownSheet.current !== grid.sheet) box.scrollTo(0, 0);
    shownSheet.current = grid.sheet;
    box.querySelector("[data-selected]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [scroller, grid.sheet, selection]);
}

/** The sheet and the addresses of its selected cells. */
function selectionKey(grid: SheetGrid): string {
  const selected = grid.rows.flatMap((r) => r.cells.filter((c) => c.selected).map((c) => c.address));
  return `${grid.sheet}!${selected.join(",")}`;
}

interface GridTableProps {
  readonly grid: SheetGrid;
  /** Prefix of the cells' ids (useId), and of the editing hint's. */
  readonly ids: string;
  readonly tableRef: RefObject<HTMLTableElement>;
  readonly editing: CellEditing;
  readonly labels: Messages["playground"];
}

/** The sheet's cells under their column letters and beside their row numbers. */
function GridTable({ grid, ids, tableRef, editing, labels }: GridTableProps) {
  const cellId = (address: string) => `${ids}${address}`;
  const active = grid.rows.flatMap((r) => r.cells).find((c) => c.selected);
  // A fixed layout keeps each column at its width whatever its cells hold.
  const tableWidth = grid.columns.reduce((sum, c) => sum + c.widthPx, ROW_HEADER_PX);
  return (
    // The keyboard moves the selection, as in Excel; the selected cell is the grid's active descendant.
    <table
      ref={tableRef}
      className="grid"
      role="grid"
      tabIndex={0}
      aria-label={labels.grid(grid.sheet)}
      aria-describedby={`${ids}editing`}
      aria-activedescendant={active ? cellId(active.address) : undefined}
      onKeyDown={editing.onGridKeyDown}
      data-sheet={grid.sheet}
      style={{ width: tableWidth }}
    >
      <ColumnHeads columns={grid.columns} />
      <tbody>
        {grid.rows.map((row) => (
          <tr key={row.index} data-row={row.index}>
            <th scope="row">{row.index + 1}</th>
            {row.cells.map((cell) => (
              <Cell
                key={cell.column}
                id={cellId(cell.address)}
                cell={cell}
                onSelect={(extend) => editing.select(cell.row, cell.column, extend)}
                onEdit={() => editing.edit()}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The columns' widths and their letters above the cells. */
function ColumnHeads({ columns }: { readonly columns: SheetGrid["columns"] }) {
  return (
    <>
      <colgroup>
        <col style={{ width: ROW_HEADER_PX }} />
        {columns.map((c) => (
          <col key={c.index} style={{ width: c.widthPx }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className="corner" />
          {columns.map((c) => (
            <th key={c.index} scope="col" data-column={c.index}>
              {c.letter}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

interface SheetTabsProps {
  readonly workbook: MemoryWorkbook;
  readonly changes: WorkbookChanges;
  /** The sheet the grid shows. */
  readonly shown: string;
  readonly label: string;
}

/** The visible sheets' tabs, in their colours; a click activates the sheet, as in Excel. */
function SheetTabs({ workbook, changes, shown, label }: SheetTabsProps) {
  const tabs = workbook.sheets.filter((s) => s.visibility === "Visible");
  return (
    <div className="sheet-tabs" role="tablist" aria-label={label}>
      {tabs.map((sheet) => (
        <button
          key={sheet.id}
          type="button"
          role="tab"
          aria-selected={sheet.name === shown}
          data-sheet={sheet.name}
          style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
          onClick={() => {
            workbook.activate(sheet);
            changes.notify();
          }}
        >
          {sheet.name}
        </button>
      ))}
    </div>
  );
}

interface CellProps {
  readonly id: string;
  readonly cell: GridCell;
  /** A click; `extend` when Shift was held. */
  readonly onSelect: (extend: boolean) => void;
  readonly onEdit: () => void;
}

function Cell({ id, cell, onSelect, onEdit }: CellProps) {
  const style: CSSProperties = {
    fontWeight: cell.bold ? 700 : undefined,
    fontStyle: cell.italic ? "italic" : undefined,
    backgroundColor: cell.fill ?? undefined,
    color: cell.fontColor,
    textAlign: cell.align,
    // Excel shows line breaks only in wrapped cells.
    whiteSpace: cell.wrap ? "pre-wrap" : "nowrap",
    overflow: cell.runsOverPx > 0 ? "visible" : undefined,
  };
  return (
    <td
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={style}
      title={cell.text || undefined}
      id={id}
      aria-selected={cell.selected}
      data-address={cell.address}
      data-selected={cell.selected || undefined}
      onClick={(event) => onSelect(event.shiftKey)}
      onDoubleClick={onEdit}
    >
      {cell.runsOverPx > 0 ? (
        // The text runs on over the empty cells beside it and stops at the first that holds something.
        <span className="runs-over" style={{ marginRight: -cell.runsOverPx }}>
          {cell.text}
        </span>
      ) : (
        cell.text
      )}
    </td>
  );
}
