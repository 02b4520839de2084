/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import { vi } from "../../src/i18n/vi";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { openTableDetails, renderPane } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

describe("finding the table", () => {
  it("says in one line where the table is, and what it holds on demand", async () => {
    const host = new FakeHost(seed, { activeSheet: "Phụ lục" });
    const pane = await renderPane(host);
    const found = screen.getByRole("region", { name: "Bảng đã nhận" });
    expect(found).toHaveTextContent('Bảng trên trang "Phụ lục", dòng 8–72');
    // The rest stays closed until asked for, so that the views begin near the top.
    expect(found).not.toHaveTextContent("Dòng tiêu đề");
    expect(screen.queryByRole("combobox", { name: "Trang tính" })).not.toBeInTheDocument();
    await openTableDetails(pane);
    expect(screen.getByRole("button", { name: "Thay đổi" })).toHaveAttribute("aria-expanded", "true");
    expect(found).toHaveTextContent("Dòng tiêu đề: 7");
    expect(found).toHaveTextContent("Điểm năm 2023, mục tiêu năm 2024");
    const domains = expected.criteria.filter((c) => c.level === 1).length;
    const criteria = expected.criteria.filter((c) => c.level > 1 || c.leaf).length;
    const units = Object.keys(expected.units).length;
    expect(found).toHaveTextContent(`${domains} lĩnh vực, ${criteria} tiêu chí, ${units} cơ quan, đơn vị`);
    expect(host.callsOf("snapshot")).toEqual([[{ kind: "active" }]]);
  });

  it("looks at every sheet when the active one holds no table", async () => {
    const host = new FakeHost(seed, { activeSheet: "Ghi chú" });
    const pane = await renderPane(host);
    expect(screen.getByRole("region", { name: "Bảng đã nhận" })).toHaveTextContent('trang "Phụ lục"');
    expect(host.callsOf("snapshot")).toEqual([[{ kind: "active" }], [{ kind: "all" }]]);
    await openTableDetails(pane);
    expect(screen.getByRole("combobox", { name: "Trang tính" })).toHaveValue("Phụ lục");
  });

  it("lets the user pick another sheet, and says plainly when it holds no table", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openTableDetails(pane);
    const sheets = screen.getByRole("combobox", { name: "Trang tính" });
    expect(
      within(sheets)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Phụ lục", "Ghi chú"]);
    await user.selectOptions(sheets, "Ghi chú");
    expect(await screen.findByText("Không tìm thấy bảng Chỉ số CCHC")).toBeInTheDocument();
    expect(host.callsOf("snapshot").at(-1)).toEqual([{ kind: "sheet", sheet: "Ghi chú" }]);
    expect(host.callsOf("openSheet")).toEqual([["Ghi chú"]]);
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  });

  it("analyses only the selected range when asked", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openTableDetails(pane);
    // The header and the first two domains (rows 7 to 22 of the seed).
    host.selection = { sheet: "Phụ lục", areas: [{ top: 7, left: 1, bottom: 22, right: 8 }] };
    await user.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    const found = screen.getByRole("region", { name: "Bảng đã nhận" });
    await waitFor(() => expect(found).toHaveTextContent('Bảng trong vùng A7:H22 của trang "Phụ lục"'));
    expect(found).toHaveTextContent("Dòng tiêu đề: 7");
    const counts = within(found).getAllByRole("listitem").at(-1);
    expect(counts).toHaveTextContent(/^2 lĩnh vực, \d+ tiêu chí/);
  });

  it("asks for a selection when only one cell is selected", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openTableDetails(pane);
    host.selection = { sheet: "Phụ lục", areas: [{ top: 3, left: 2, bottom: 3, right: 2 }] };
    await user.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    expect(await screen.findByText("Chưa chọn vùng")).toBeInTheDocument();
  });

  it("of a multi-area selection, analyses the area that holds the table", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    await openTableDetails(pane);
    // A note beside the table (two cells of the title rows), then the header and the first two domains.
    host.selection = {
      sheet: "Phụ lục",
      areas: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 7, left: 1, bottom: 22, right: 8 },
      ],
    };
    await pane.user.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    const found = screen.getByRole("region", { name: "Bảng đã nhận" });
    await waitFor(() => expect(found).toHaveTextContent('Bảng trong vùng A7:H22 của trang "Phụ lục"'));
  });

  it("asks for one area when several selected areas hold a table", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    await openTableDetails(pane);
    const table = { top: 7, left: 1, bottom: 22, right: 8 };
    host.selection = { sheet: "Phụ lục", areas: [table, { ...table, bottom: 30 }] };
    await pane.user.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    expect(await screen.findByText("Cần chọn một vùng")).toBeInTheDocument();
  });

  it.each(["no-cells-selected", "not-one-cell-area"] as const)(
    "says what to select when Excel cannot read the selection (%s)",
    async (kind) => {
      const host = new FakeHost(seed);
      const pane = await renderPane(host);
      await openTableDetails(pane);
      host.failNext("snapshot", kind);
      await pane.user.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
      const { title, body } = vi.ui.errors[kind];
      // A warning the user acts on (role "status"), not an error to try again.
      expect((await screen.findByText(title)).closest('[role="status"]')).toHaveTextContent(body);
      expect(screen.queryByRole("button", { name: vi.ui.retry })).not.toBeInTheDocument();
    },
  );

  it("keeps the user's own columns in the workbook and analyses again with them", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openTableDetails(pane);
    await user.click(screen.getByRole("button", { name: "Chọn lại cột" }));
    const chooser = screen.getByRole("form", { name: "Chọn dòng tiêu đề và các cột" });
    expect(within(chooser).getByRole("spinbutton", { name: "Dòng tiêu đề (số dòng)" })).toHaveValue(7);
    const score = within(chooser).getByRole("combobox", { name: "Điểm năm trước" });
    expect(score).toHaveDisplayValue("Cột D: Điểm năm 2023");
    // Say the table has no unit columns: the table is analysed without units.
    await user.selectOptions(within(chooser).getByRole("combobox", { name: "Đơn vị chủ trì" }), "(không có)");
    await user.selectOptions(within(chooser).getByRole("combobox", { name: "Đơn vị phối hợp" }), "(không có)");
    await user.click(within(chooser).getByRole("button", { name: "Lưu và phân tích lại" }));
    await waitFor(() => expect(host.state.layout).not.toBeNull());
    expect(host.state.layout).toEqual({
      sheet: "Phụ lục",
      headerRow: 7,
      columns: { code: 1, name: 2, max: 3, score: 4, target: 5, tasks: 6 },
    });
    await openTableDetails(pane);
    const found = screen.getByRole("region", { name: "Bảng đã nhận" });
    await waitFor(() => expect(found).toHaveTextContent(/lĩnh vực, \d+ tiêu chí, 0 cơ quan, đơn vị/));
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("says when no sheet holds a table, and still offers the column chooser", async () => {
    const host = new FakeHost([seed[1]]);
    const { user } = await renderPane(host);
    expect(screen.getByText("Không tìm thấy bảng Chỉ số CCHC")).toBeInTheDocument();
    // With no table, the ways to point the pane elsewhere are open from the start.
    await user.click(screen.getByRole("button", { name: "Chọn lại cột" }));
    expect(screen.getByRole("form", { name: "Chọn dòng tiêu đề và các cột" })).toBeInTheDocument();
  });
});
