import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Problem } from "../../i18n/messages";
import { usePaneText } from "../language";
import { PaneErrorKind } from "../session/errors";

/** Problems about finding the table are warnings the user can act on; the others are errors. */
const WARNINGS: ReadonlySet<PaneErrorKind> = new Set(["noTable", "noSelection"]);

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

/**
 * A problem in plain words. The live region around it has screen readers read it out as soon as it appears
 * (MessageBar's own politeness needs an announcer the pane does not otherwise load).
 */
export function ProblemBar(props: { problem: Problem; intent: "warning" | "error"; actions?: JSX.Element }) {
  return (
    <div role={props.intent === "error" ? "alert" : "status"}>
      <MessageBar intent={props.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.problem.title}</MessageBarTitle>
          {props.problem.body}
        </MessageBarBody>
        {props.actions && <MessageBarActions>{props.actions}</MessageBarActions>}
      </MessageBar>
    </div>
  );
}
