/** @jest-environment jsdom */
import * as path from "path";
import { screen, waitFor, within } from "@testing-library/react";
import { SheetCells, WorkbookCells } from "../../src/core/cells";
import { ApplyRequest } from "../../src/office";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { renderPane } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const UNITS = Object.keys(expected.units).length;
const button = (name: string) => screen.getByRole("button", { name });
const checkbox = (name: string) => screen.getByRole("checkbox", { name });

/** Leaves' points (columns C to E) pasted as text that reads as a plain number: groups get formulas instead. */
function textNumbers(sheet: SheetCells): number {
  const leaves = new Set(expected.criteria.filter((c) => c.leaf).map((c) => c.code));
  const rows = sheet.values.slice(expected.header.pasted - sheet.top + 1);
  return rows
    .filter((row) =>
      leaves.has(
        String(row[0] ?? "")
          .trim()
          .replace(/\.$/, ""),
      ),
    )
    .flatMap((row) => row.slice(2, 5))
    .filter((v) => typeof v === "string" && /^\d+([.,]\d+)?$/.test(v.trim())).length;
}

async function openActions(host: FakeHost) {
  const pane = await renderPane(host);
  await pane.user.click(screen.getByRole("tab", { name: "Thực hiện" }));
  return pane;
}

describe("the actions", () => {
  it("offers every operation, checked, with what it will change", async () => {
    await openActions(new FakeHost(seed));
    const groups = expected.criteria.filter((c) => !c.leaf).length;
    const fields = 3;
    expect(checkbox("Công thức tổng")).toBeChecked();
    expect(checkbox("Công thức tổng")).toHaveAccessibleDescription(
      `Ghi công thức SUM vào ${(groups + 1) * fields} ô của ${groups} dòng nhóm và dòng Tổng; ` +
        `${textNumbers(seed[0])} ô số dạng chữ được chuyển thành số`,
    );
    expect(checkbox("Tô màu điểm chưa đạt")).toBeChecked();
    expect(checkbox("Tô màu điểm chưa đạt")).toHaveAccessibleDescription(
      /^Tô màu \d+ ô điểm chưa đạt .*; chú thích ở cột J$/,
    );
    expect(checkbox("Trang giao việc cho từng đơn vị")).toHaveAccessibleDescription(`Tạo ${UNITS} trang giao việc`);
    expect(checkbox("Trang tổng hợp")).toHaveAccessibleDescription('Tạo trang "Tổng hợp"');
    expect(button("Khôi phục")).toBeDisabled();
    expect(button("Xóa tô màu")).toBeDisabled();
  });

  it("warns before writing subtotals that a score pasted as a date will keep the sums wrong", async () => {
    const pasted = await readFixture(path.join("variations", "numbers-mixed-forms.xlsx"));
    await openActions(new FakeHost(pasted));
    expect(checkbox("Công thức tổng")).toHaveAccessibleDescription(
      /; lưu ý: 1 ô điểm đang là ngày tháng hoặc chữ không đọc được thành số; tổng sẽ sai cho đến khi sửa các ô đó \(xem Kiểm tra\)$/,
    );
    expect(checkbox("Công thức tổng")).toBeChecked();
  });

  it("says highlights convert text numbers too when subtotals are not chosen", async () => {
    const { user } = await openActions(new FakeHost(seed));
    const highlights = checkbox("Tô màu điểm chưa đạt");
    expect(highlights).not.toHaveAccessibleDescription(/số dạng chữ/);
    await user.click(checkbox("Công thức tổng"));
    expect(highlights).toHaveAccessibleDescription(
      new RegExp(`; ${textNumbers(seed[0])} ô số dạng chữ được chuyển thành số$`),
    );
  });

  it("applies the checked operations, shows progress, then links the sheets it created", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(checkbox("Trang tổng hợp"));
    const release = host.hold();
    await user.click(button("Thực hiện"));
    expect(await screen.findByRole("progressbar", { name: "Đang ghi vào bảng tính…" })).toBeInTheDocument();
    expect(button("Thực hiện")).toBeDisabled();
    release();
    await screen.findByText(/^Đã xong:/);

    const [request] = host.callsOf("apply")[0] as [ApplyRequest];
    expect([...request.operations].sort()).toEqual(["assignments", "highlights", "subtotals"]);
    expect(request).toMatchObject({ sheet: "Phụ lục", language: "vi", expectedGenerated: [] });
    expect(screen.getByText(/^Đã xong:/)).toHaveTextContent(new RegExp(`tạo ${UNITS} trang tính\\.$`));

    const status = screen.getAllByRole("status").find((s) => s.textContent?.startsWith("Đã xong"))!;
    const links = within(status).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(host.state.generated.map((g) => g.name));
    await user.click(links[0]);
    await waitFor(() => expect(host.callsOf("openSheet")).toEqual([[host.state.generated[0].name]]));

    // Read again after the write: the preview now says the sheets will be replaced, and undo is possible.
    expect(checkbox("Trang giao việc cho từng đơn vị")).toHaveAccessibleDescription(
      `Tạo ${UNITS} trang giao việc (thay ${UNITS} trang cũ)`,
    );
    expect(button("Khôi phục")).toBeEnabled();
    expect(button("Xóa tô màu")).toBeEnabled();
  });

  it("restores the table: nothing left to restore or clear afterwards", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(button("Thực hiện"));
    await waitFor(() => expect(button("Khôi phục")).toBeEnabled());
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi chạy.");
    expect(host.callsOf("restore")).toEqual([["Phụ lục"]]);
    expect(button("Khôi phục")).toBeDisabled();
    expect(button("Xóa tô màu")).toBeDisabled();
  });

  it("still restores and clears after the user renamed the table's sheet", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(button("Thực hiện"));
    await waitFor(() => expect(button("Khôi phục")).toBeEnabled());
    host.renameByUser("Phụ lục", "PL 2024");
    await user.click(button("Đọc lại"));
    await screen.findByText('Bảng Chỉ số CCHC trên trang "PL 2024"');
    expect(button("Xóa tô màu")).toBeEnabled();
    await user.click(button("Xóa tô màu"));
    await screen.findByText("Đã xóa tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["PL 2024"]]);
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi chạy.");
    expect(host.callsOf("restore")).toEqual([["PL 2024"]]);
    expect(host.state.backups).toEqual([]);
    expect(button("Khôi phục")).toBeDisabled();
  });

  it("clears the highlights only: the subtotals can still be restored", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(button("Thực hiện"));
    await waitFor(() => expect(button("Xóa tô màu")).toBeEnabled());
    await user.click(button("Xóa tô màu"));
    await screen.findByText("Đã xóa tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["Phụ lục"]]);
    expect(button("Xóa tô màu")).toBeDisabled();
    expect(button("Khôi phục")).toBeEnabled();
  });

  it("clears the highlights of the table it shows, when two sheets have their own", async () => {
    const [table, ...rest] = seed;
    const host = new FakeHost([{ ...table, name: "KH 2024" }, { ...table, name: "KH 2025" }, ...rest]);
    const { user } = await openActions(host);
    const show = async (sheet: string) => {
      await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), sheet);
      await screen.findByText(`Bảng Chỉ số CCHC trên trang "${sheet}"`);
    };
    await user.click(button("Thực hiện"));
    await waitFor(() => expect(button("Xóa tô màu")).toBeEnabled());
    await show("KH 2025");
    expect(button("Xóa tô màu")).toBeDisabled();
    await user.click(button("Thực hiện"));
    await waitFor(() => expect(button("Xóa tô màu")).toBeEnabled());
    await show("KH 2024");
    await user.click(button("Xóa tô màu"));
    await screen.findByText("Đã xóa tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["KH 2024"]]);
    expect(host.state.highlights.map((h) => h.sheet)).toEqual(["KH 2025"]);
    expect(button("Xóa tô màu")).toBeDisabled();
  });

  it("reads the workbook again and retries once when the add-in's sheets changed meanwhile", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    host.failNext("apply", "stale");
    await user.click(button("Thực hiện"));
    await screen.findByText(/^Đã xong:/);
    expect(host.callsOf("apply")).toHaveLength(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says so when the retry is stale too", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    host.failNext("apply", "stale", "stale");
    await user.click(button("Thực hiện"));
    expect(await screen.findByText("Sổ làm việc vừa thay đổi")).toBeInTheDocument();
    expect(host.callsOf("apply")).toHaveLength(2);
  });
});
