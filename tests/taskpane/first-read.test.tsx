/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import { App } from "../../src/taskpane/App";
import { startFirstRead } from "../../src/taskpane/session/first-read";
import { FakeHost, readFixture } from "./fake-host";
import { statedTotal } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const found = () => screen.queryByRole("region", { name: "Bảng đã nhận" });
const spinner = () => screen.queryByText("Đang đọc bảng tính…");

describe("the first read, started by the page before the pane renders", () => {
  it("shows the overview in the pane's first render when it is done by then, and is not read again", async () => {
    const host = new FakeHost(seed);
    const firstRead = startFirstRead(host);
    await firstRead.promise;
    const reads = host.callsOf("snapshot").length;
    render(<App host={host} firstRead={firstRead} />);
    // No wait: what the first render drew.
    expect(found()).toBeInTheDocument();
    expect(spinner()).not.toBeInTheDocument();
    expect(statedTotal()).toBe("83,260 / 100");
    // Effects (watching the table's sheet) have run and read nothing more.
    await screen.findByRole("tab", { name: "Tổng quan", selected: true });
    expect(host.callsOf("snapshot")).toHaveLength(reads);
  });

  it("shows the spinner while it runs, then what it found, without reading again", async () => {
    const host = new FakeHost(seed);
    const release = host.hold();
    const firstRead = startFirstRead(host);
    render(<App host={host} firstRead={firstRead} />);
    expect(spinner()).toBeInTheDocument();
    release();
    expect(await screen.findByRole("region", { name: "Bảng đã nhận" })).toBeInTheDocument();
    expect(statedTotal()).toBe("83,260 / 100");
    expect(spinner()).not.toBeInTheDocument();
    expect(host.callsOf("snapshot")).toHaveLength(1);
  });

  it("shows a failure in words, with a way to try again", async () => {
    const host = new FakeHost(seed);
    host.failNext("snapshot", "excel");
    const firstRead = startFirstRead(host);
    await expect(firstRead.promise).rejects.toThrow();
    render(<App host={host} firstRead={firstRead} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });
});
