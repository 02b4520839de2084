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
  await screen.findByRole("region", { name: language === "en" ? "Table found" : "Bảng đã nhận" });
  return { ...result, user };
}

/** Opens the details under the line that says where the table is (open already when no table was found). */
export async function openTableDetails(pane: Pane): Promise<void> {
  const change = screen.queryByRole("button", { name: /^(Thay đổi|Change)$/ });
  if (change?.getAttribute("aria-expanded") === "false") await pane.user.click(change);
  // The tools load when first opened.
  await screen.findByRole("button", { name: /^(Đọc lại bảng|Read again)$/ });
}

/** The overview's total as the table states it ("83,260 / 100"), beside its label. */
export function statedTotal(): string | null {
  const label = screen.getByText(/^(Tổng điểm ghi trong bảng|Total stated in the table)$/);
  return label.nextElementSibling?.textContent ?? null;
}
