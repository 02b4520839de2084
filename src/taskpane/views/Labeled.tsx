import { Label, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { ReactElement } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/**
 * A control under its label, tied to it by id. Fluent's Field does the same, but adds more to the bundle than
 * the pane can spare.
 */
export function Labeled(props: { label: string; className?: string; children: (id: string) => ReactElement }) {
  const id = useId("control");
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <Label htmlFor={id}>{props.label}</Label>
      {props.children(id)}
    </div>
  );
}
