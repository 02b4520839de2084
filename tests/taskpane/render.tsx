import { render, RenderResult, screen } from "@testing-library/react";
import userEvent, { UserEvent } from "@testing-library/user-event";
import { Language } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fake-host";

export interface Pane extends RenderResult {
  readonly user: UserEvent;
}

/**
 * Renders the pane over the host and waits until it has read the workbook (the loading spinner is gone). Tests on
 * jest's fake timers pass `fakeTimers`, so the user's clicks move those timers.
 */
export async function renderPane(
  host: FakeHost,
  language?: Language,
  { fakeTimers = false }: { readonly fakeTimers?: boolean } = {},
): Promise<Pane> {
  const user = userEvent.setup(fakeTimers ? { advanceTimers: jest.advanceTimersByTime } : {});
  const result = render(<App host={host} language={language} />);
  await screen.findByRole("combobox", { name: language === "en" ? "Sheet" : "Trang tính" });
  return { ...result, user };
}
