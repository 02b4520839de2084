import { Button, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { columnLetters, SheetCells } from "../../core/cells";
import { WorkbookState } from "../../core/edits";
import { Grid } from "../../core/grid";
import { Columns, Role, ROLES } from "../../core/model";
import { usePaneText } from "../language";
import { Labeled } from "./Labeled";
import { useSharedStyles } from "./shared-styles";

type Layout = NonNullable<WorkbookState["layout"]>;

/** Header texts are cut so that the dropdowns stay narrow. */
const HEADER_CHARS = 40;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  select: { minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface ChooserProps {
  readonly cells: SheetCells;
  readonly layout: { readonly headerRow: number; readonly columns: Columns } | null;
  readonly disabled: boolean;
  readonly onSave: (layout: Layout | null) => void;
  readonly onCancel: () => void;
}

/** "Choose columns": the user says which row is the header and which column holds what. */
export function ColumnChooser(props: ChooserProps) {
  const { m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const grid = new Grid(props.cells);
  const [headerText, setHeaderText] = useState(String(props.layout?.headerRow ?? grid.firstRow));
  const typed = Number(headerText);
  const headerRow = Number.isInteger(typed) && typed >= 1 ? typed : null;
  const [columns, setColumns] = useState<Columns>(props.layout?.columns ?? {});
  const named = columns.code !== undefined || columns.name !== undefined;
  const choose = (role: Role, value: string) => {
    const next = { ...columns };
    if (value) next[role] = Number(value);
    else delete next[role];
    setColumns(next);
  };
  return (
    <form
      className={styles.root}
      aria-labelledby="column-chooser-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (named && headerRow) props.onSave({ sheet: props.cells.name, headerRow, columns });
      }}
    >
      <h2 id="column-chooser-title" className={shared.heading}>
        {m.columns.title}
      </h2>
      <Labeled label={m.columns.headerRow}>
        {(id) => (
          <Input
            id={id}
            type="number"
            min={grid.firstRow}
            max={grid.lastRow}
            value={headerText}
            aria-invalid={headerRow === null}
            onChange={(_, data) => setHeaderText(data.value)}
          />
        )}
      </Labeled>
      {ROLES.map((role) => (
        <RoleSelect key={role} role={role} grid={grid} headerRow={headerRow} value={columns[role]} onChoose={choose} />
      ))}
      {!named && <p aria-live="polite">{m.columns.needNumbering}</p>}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={props.disabled || !named || !headerRow}>
          {m.columns.save}
        </Button>
        <Button disabled={props.disabled} onClick={() => props.onSave(null)}>
          {m.columns.automatic}
        </Button>
        <Button onClick={props.onCancel}>{m.columns.cancel}</Button>
      </div>
    </form>
  );
}

/** Which column holds one role, each column named by its letter and its header's text. */
function RoleSelect(props: {
  role: Role;
  grid: Grid;
  headerRow: number | null;
  value: number | undefined;
  onChoose: (role: Role, value: string) => void;
}) {
  const { m } = usePaneText();
  const styles = useStyles();
  const { grid, headerRow } = props;
  const columnNumbers = Array.from({ length: grid.lastColumn - grid.firstColumn + 1 }, (_, i) => grid.firstColumn + i);
  const label = (column: number) =>
    m.columns.column(columnLetters(column), headerRow ? grid.text(headerRow, column).slice(0, HEADER_CHARS) : "");
  return (
    <Labeled label={m.columns.roles[props.role]}>
      {(id) => (
        <Select
          id={id}
          className={styles.select}
          value={props.value === undefined ? "" : String(props.value)}
          onChange={(_, data) => props.onChoose(props.role, data.value)}
        >
          <option value="">{m.columns.none}</option>
          {columnNumbers.map((column) => (
            <option key={column} value={String(column)}>
              {label(column)}
            </option>
          ))}
        </Select>
      )}
    </Labeled>
  );
}
