import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { CSSProperties } from "react";
import type { EditSession, Step } from "./useCellEditing";

interface Props {
  readonly session: EditSession;
  /** The sheet area the editor is placed in, over the drawn cell. */
  readonly area: HTMLElement | null;
  /** Changes whenever the cells may have moved. */
  readonly layout: unknown;
  readonly label: string;
  readonly hint: string;
  readonly onCommit: (typed: string, step: Step | null) => void;
  readonly onCancel: () => void;
}

function boxOver(area: HTMLElement | null, address: string): CSSProperties | undefined {
  const cell = area?.querySelector(`td[data-address="${address}"]`);
  if (!area || !cell) return undefined;
  const origin = area.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  return { left: box.left - origin.left, top: box.top - origin.top, minWidth: box.width, height: box.height };
}

/** Excel's in-cell editor: Enter commits and moves down, Tab right (with Shift: up, left), Escape cancels, leaving commits. */
export function CellEditor({ session, area, layout, label, hint, onCommit, onCancel }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Once only: giving the keyboard back to the grid after Enter also takes focus from the editor.
  const finished = useRef(false);
  const finish = (then: () => void) => {
    if (finished.current) return;
    finished.current = true;
    then();
  };
  const [box, setBox] = useState<CSSProperties | undefined>(undefined);

  useLayoutEffect(() => setBox(boxOver(area, session.address)), [area, session.address, layout]);

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  return (
    <input
      ref={input}
      className="cell-editor"
      style={box}
      defaultValue={session.text}
      aria-label={label}
      title={hint}
      spellCheck={false}
      autoComplete="off"
      onBlur={(event) => {
        const typed = event.currentTarget.value;
        finish(() => onCommit(typed, null));
      }}
      onKeyDown={(event) => {
        const typed = event.currentTarget.value;
        const back = event.shiftKey ? -1 : 1;
        if (event.key === "Enter") finish(() => onCommit(typed, [back, 0]));
        else if (event.key === "Tab") finish(() => onCommit(typed, [0, back]));
        else if (event.key === "Escape") finish(onCancel);
        else return;
        event.preventDefault();
      }}
    />
  );
}
