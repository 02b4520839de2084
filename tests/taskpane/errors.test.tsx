/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import { en } from "../../src/i18n/en";
import { vi } from "../../src/i18n/vi";
import { HostErrorKind } from "../../src/office";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/views/ErrorBoundary";
import { FakeHost, readFixture } from "./fake-host";
import { renderPane, statedTotal } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const KINDS: readonly HostErrorKind[] = ["sheet-missing", "no-table", "stale", "protected", "excel", "rollback-failed"];

describe("errors in plain words", () => {
  it.each(KINDS)("explains %s and what to do next, in Vietnamese and English", async (kind) => {
    for (const [language, m] of [
      ["vi", vi.ui],
      ["en", en.ui],
    ] as const) {
      const host = new FakeHost(seed);
      host.failNext("snapshot", kind);
      const { unmount } = render(<App host={host} language={language} />);
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(m.errors[kind].title);
      expect(alert).toHaveTextContent(m.errors[kind].body);
      expect(screen.getByRole("button", { name: m.retry })).toBeInTheDocument();
      unmount();
    }
  });

  it("tries again from the message", async () => {
    const host = new FakeHost(seed);
    host.failNext("snapshot", "excel");
    render(<App host={host} />);
    await screen.findByRole("alert");
    await act(async () => screen.getByRole("button", { name: "Thử lại" }).click());
    expect(await screen.findByText("Tổng điểm ghi trong bảng")).toBeInTheDocument();
    expect(statedTotal()).toBe("83,260 / 100");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("explains a protected sheet met while applying, and keeps the pane usable", async () => {
    const host = new FakeHost(seed);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("tab", { name: "Thao tác" }));
    host.failNext("apply", "protected");
    await user.click(await screen.findByRole("button", { name: "Ghi vào sổ làm việc" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Trang tính đang được bảo vệ");
    expect(screen.getByRole("button", { name: "Ghi vào sổ làm việc" })).toBeEnabled();
    expect(screen.queryByText("Đã ghi vào sổ làm việc")).not.toBeInTheDocument();
  });

  it("says when no table is found, and how to point the pane at it", async () => {
    await renderPane(new FakeHost([seed[1]]));
    expect(screen.getByText("Không tìm thấy bảng Chỉ số CCHC")).toBeInTheDocument();
    expect(screen.getByText(/Dùng vùng đang chọn/, { selector: "div" })).toBeInTheDocument();
  });

  it("shows a message, never a blank pane, when a view fails to render", () => {
    const Broken = (): JSX.Element => {
      throw new Error("a bug");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary language="vi">
        <Broken />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByRole("alert")).toHaveTextContent(vi.ui.errors.crash.title);
    expect(screen.getByRole("alert")).toHaveTextContent(vi.ui.errors.crash.body);
  });
});
