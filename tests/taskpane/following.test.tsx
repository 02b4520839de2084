/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { CellValue, SheetCells, WorkbookCells } from "../../src/core/cells";
import { vi } from "../../src/i18n/vi";
import { SETTLE_MS } from "../../src/taskpane/session/follow";
import problems from "../fixtures/variations/problems.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { openTableDetails, renderPane, statedTotal } from "./render";

let seed: WorkbookCells;
let withErrors: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
  withErrors = await readFixture("variations/problems.xlsx");
});
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const TABLE = "Phụ lục";
const FOLLOWED = vi.ui.detect.followed;

/** Lets time pass in the pane: timers fire and the reads they start finish. */
const wait = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));
const snapshots = (host: FakeHost) => host.callsOf("snapshot").length;

/** The sheet with one cell (1-based sheet row and column) changed, as the user would type it. */
function typed(sheet: SheetCells, row: number, column: number, value: CellValue): SheetCells {
  const values = sheet.values.map((r) => [...r]);
  values[row - sheet.top][column - sheet.left] = value;
  return { ...sheet, values };
}

/** The seed's table with the stated total score typed over (column D of the "Tổng" row). */
function withTotal(score: string): SheetCells {
  const sheet = seed[0];
  const row = sheet.top + sheet.values.findIndex((r) => r[1] === "Tổng");
  return typed(sheet, row, 4, score);
}

/** The sheet with blank rows inserted above sheet row `row`: everything below moves down. */
function withRowsInserted(sheet: SheetCells, row: number, count: number): SheetCells {
  const at = row - sheet.top;
  const shift = (r: number) => (r >= row ? r + count : r);
  return {
    ...sheet,
    values: [...sheet.values.slice(0, at), ...Array.from({ length: count }, () => []), ...sheet.values.slice(at)],
    merges: sheet.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    hiddenRows: sheet.hiddenRows.map(shift),
  };
}

async function openPane(host: FakeHost) {
  const pane = await renderPane(host, "vi", { fakeTimers: true });
  await wait(0);
  expect(host.watching(TABLE)).toBe(1);
  return pane;
}

describe("following the table", () => {
  it("reads the table again once after a burst of edits, and the overview shows the new figures", async () => {
    const host = new FakeHost(seed);
    await openPane(host);
    expect(statedTotal()).toBe("83,260 / 100");
    const before = snapshots(host);

    host.editByUser(withTotal("80"));
    await wait(SETTLE_MS / 2);
    host.editByUser(withTotal("80,5"));
    await wait(SETTLE_MS - 1);
    expect(snapshots(host)).toBe(before);
    await wait(1);
    expect(snapshots(host)).toBe(before + 1);
    expect(statedTotal()).toBe("80,500 / 100");
    expect(screen.getByText(FOLLOWED)).toHaveAttribute("aria-live", "polite");

    await wait(10 * SETTLE_MS);
    expect(snapshots(host)).toBe(before + 1);
  });

  it("keeps the user's tab, and a problem's click selects its cell after rows were inserted above it", async () => {
    const host = new FakeHost(withErrors);
    const { user } = await openPane(host);
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await wait(0);
    const above = problems.issues.find((i) => i.kind === "score-above-max")!;
    const problem = () =>
      screen.getByRole("button", {
        name: new RegExp(`^Dòng ${above.row + 3}: .*điểm năm ${problems.years.score} là .*cao hơn điểm tối đa`),
      });

    host.editByUser(withRowsInserted(withErrors[0], problems.headerRow, 3));
    await wait(SETTLE_MS);
    expect(screen.getByRole("tab", { name: "Kiểm tra", selected: true })).toBeInTheDocument();
    await user.click(problem());
    await wait(0);
    expect(host.callsOf("select")).toEqual([[TABLE, above.row + 3, 4]]);
  });

  it("finds the table again under its new name when the user renamed its sheet, and follows it there", async () => {
    const host = new FakeHost(seed);
    await openPane(host);
    host.renameByUser(TABLE, "PL 2024");
    host.editByUser({ ...withTotal("80"), name: "PL 2024" });
    await wait(SETTLE_MS);
    expect(statedTotal()).toBe("80,000 / 100");
    expect(screen.getByText('Bảng trên trang "PL 2024", dòng 8–72')).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(host.watching("PL 2024")).toBe(1);
  });

  it("ignores changes while the pane applies, then reads once after it, so the user's edit is not lost", async () => {
    const host = new FakeHost(seed);
    const { user } = await openPane(host);
    await user.click(screen.getByRole("tab", { name: "Thao tác" }));
    await wait(0);
    const release = host.hold();
    await user.click(screen.getByRole("button", { name: "Ghi vào sổ làm việc" }));
    const during = snapshots(host);
    host.editByUser(withTotal("80,5"));
    await wait(3 * SETTLE_MS);
    expect(snapshots(host)).toBe(during);

    release();
    await wait(0);
    expect(screen.getByText("Đã ghi vào sổ làm việc")).toBeInTheDocument();
    const after = snapshots(host);
    await wait(SETTLE_MS);
    expect(snapshots(host)).toBe(after + 1);
    await wait(10 * SETTLE_MS);
    expect(snapshots(host)).toBe(after + 1);
    await user.click(screen.getByRole("tab", { name: "Tổng quan" }));
    expect(statedTotal()).toBe("80,500 / 100");
  });

  it("says nothing when a re-read finds the table as it was (the pane's own writes, reported late)", async () => {
    const host = new FakeHost(seed);
    await openPane(host);
    const before = snapshots(host);
    host.editByUser(seed[0]);
    await wait(SETTLE_MS);
    expect(snapshots(host)).toBe(before + 1);
    expect(screen.queryByText(FOLLOWED)).not.toBeInTheDocument();
  });

  it("shows the plain error when the re-read fails, and keeps what it showed", async () => {
    const host = new FakeHost(seed);
    await openPane(host);
    host.failNext("snapshot", "excel");
    host.editByUser(withTotal("80,5"));
    await wait(SETTLE_MS);
    expect(screen.getByRole("alert")).toHaveTextContent(vi.ui.errors.excel.title);
    expect(statedTotal()).toBe("83,260 / 100");
  });

  it("watches the sheet the user picks instead, and stops watching when the pane goes", async () => {
    const host = new FakeHost(seed);
    const pane = await openPane(host);
    const { user, unmount } = pane;
    await openTableDetails(pane);
    // The tools load when first opened.
    await wait(0);
    const other = seed[1].name;
    await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), other);
    await wait(0);
    expect(host.watching(TABLE)).toBe(0);
    expect(host.watching(other)).toBe(1);

    unmount();
    await wait(0);
    expect(host.watching(other)).toBe(0);
    const before = snapshots(host);
    host.editByUser(typed(seed[1], seed[1].top, seed[1].left, "x"));
    await wait(10 * SETTLE_MS);
    expect(snapshots(host)).toBe(before);
  });
});
