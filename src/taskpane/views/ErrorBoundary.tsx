import { Component, ReactNode } from "react";
import { messagesFor, Language } from "../../i18n";
import { ProblemBar } from "./ErrorBar";

interface Props {
  readonly language: Language;
  readonly children: ReactNode;
}

/** A render error anywhere in the pane shows a message instead of a blank pane. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ProblemBar problem={messagesFor(this.props.language).ui.errors.crash} intent="error" />;
  }
}
