import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Problem } from "../../i18n/messages";
import { usePaneText } from "../language";
import { PaneErrorKind } from "../session/pane-error";

/** Problems about finding the table are warnings the user can act on; the others are errors. */
const WARNINGS: ReadonlySet<PaneErrorKind> = new Set([
  "noTable",
  "noSelection",
  "several-areas",
  "no-cells-selected",
  "not-one-cell-area",
]);

export function ErrorBar(props: { kind: PaneErrorKind; onRetry?: () => void; onDismiss?: () => void }) {
  const { m } = usePaneText();
  const warning = WARNINGS.has(props.kind);
  return (
    <ProblemBar
      problem={m.errors[props.kind]}
      intent={warning ? "warning" : "error"}
      actions={
        <>
          {props.onRetry && !warning && <Button onClick={props.onRetry}>{m.retry}</Button>}
          {props.onDismiss && (
            <Button appearance="transparent" onClick={props.onDismiss}>
              {m.dismiss}
            </Button>
          )}
        </>
      }
    />
  );
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * A problem in plain words, coloured by how serious it is, read out by screen readers as soon as it appears.
 * (Fluent's MessageBar would bring its animation library into the pane's first load, which must stay small.)
 */
export function ProblemBar(props: { problem: Problem; intent: "warning" | "error"; actions?: JSX.Element }) {
  const styles = useStyles();
  return (
    <div
      role={props.intent === "error" ? "alert" : "status"}
      className={mergeClasses(styles.bar, styles[props.intent])}
    >
      <div>
        <span className={styles.title}>{props.problem.title}</span>
        {props.problem.body}
      </div>
      {props.actions && <div className={styles.actions}>{props.actions}</div>}
    </div>
  );
}
