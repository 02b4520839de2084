import { Button, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneText } from "../language";
import { withLayout } from "../session/choices";
import { tableSheets } from "../session/detect";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { ColumnChooser } from "./ColumnChooser";
import { Labeled } from "./Labeled";

const useStyles = makeStyles({
  tools: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  sheet: { minWidth: 0, flexBasis: "100%" },
});

/** Another sheet, the selected range, a fresh read, or the user's own header row and columns. */
export default function TableTools({ session, actions }: { session: Session; actions: SessionActions }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const [choosing, setChoosing] = useState(false);
  const { snapshot, detection, target, busy } = session;
  if (!snapshot || !detection) return null;
  const sheet = detection.cells.name;
  const plan = detection.plan;
  return (
    <>
      <div className={styles.tools}>
        <Labeled label={m.detect.sheet} className={styles.sheet}>
          {(id) => (
            <Select
              id={id}
              value={sheet}
              disabled={busy !== null}
              onChange={(_, data) => void actions.chooseSheet(data.value)}
            >
              {tableSheets(snapshot).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          )}
        </Labeled>
        <Button disabled={busy !== null} onClick={() => void actions.useSelection()}>
          {m.detect.useSelection}
        </Button>
        <Button disabled={busy !== null} onClick={() => void actions.reload()}>
          {m.detect.reread}
        </Button>
        <Button aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          {m.detect.chooseColumns}
        </Button>
      </div>
      {choosing && (
        <ColumnChooser
          cells={detection.cells}
          layout={plan ? plan.layout : snapshot.state.layout?.sheet === sheet ? snapshot.state.layout : null}
          disabled={busy !== null}
          onSave={(layout) => {
            setChoosing(false);
            void actions.saveChoices(
              withLayout(layout),
              target.kind === "selection" ? target : { kind: "sheet", sheet },
            );
          }}
          onCancel={() => setChoosing(false)}
        />
      )}
    </>
  );
}
