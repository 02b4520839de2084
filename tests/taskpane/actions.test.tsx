/** @jest-environment jsdom */
import * as path from "path";
import { screen, waitFor, within } from "@testing-library/react";
import { SheetCells, WorkbookCells } from "../../src/core/cells";
import { ApplyRequest } from "../../src/office";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { openTableDetails, Pane, renderPane } from "./render";

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
  await pane.user.click(screen.getByRole("tab", { name: "Thao tác" }));
  // The view loads when first opened.
  await screen.findByRole("checkbox", { name: "Công thức tổng" });
  return pane;
}

/** Runs the checked actions, then waits until the run's result enables this undo button. */
async function writeAndWaitFor(user: Pane["user"], undo: "Khôi phục" | "Bỏ tô màu"): Promise<void> {
  await user.click(button("Ghi vào sổ làm việc"));
  await waitFor(() => expect(button(undo)).toBeEnabled());
}

describe("the actions", () => {
  it("offers every operation, checked, with what it will change", async () => {
    await openActions(new FakeHost(seed));
    const groups = expected.criteria.filter((c) => !c.leaf).length;
    const fields = 3;
    expect(checkbox("Công thức tổng")).toBeChecked();
    expect(checkbox("Công thức tổng")).toHaveAccessibleDescription(
      `Ghi công thức SUM vào ${(groups + 1) * fields} ô tổng điểm của ${groups} lĩnh vực, tiêu chí và dòng Tổng cộng; ` +
        `${textNumbers(seed[0])} số đang lưu dạng văn bản được chuyển thành số`,
    );
    expect(checkbox("Tô màu các ô bị mất điểm")).toBeChecked();
    expect(checkbox("Tô màu các ô bị mất điểm")).toHaveAccessibleDescription(
      /^Tô màu \d+ ô bị mất điểm .*; chú thích ở cột J$/,
    );
    expect(checkbox("Trang giao nhiệm vụ cho từng đơn vị")).toHaveAccessibleDescription(
      `Tạo ${UNITS} trang giao nhiệm vụ`,
    );
    expect(checkbox("Trang Tổng hợp")).toHaveAccessibleDescription('Tạo trang "Tổng hợp"');
    expect(button("Khôi phục")).toBeDisabled();
    expect(button("Bỏ tô màu")).toBeDisabled();
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
    const highlights = checkbox("Tô màu các ô bị mất điểm");
    expect(highlights).not.toHaveAccessibleDescription(/số đang lưu dạng văn bản/);
    await user.click(checkbox("Công thức tổng"));
    expect(highlights).toHaveAccessibleDescription(
      new RegExp(`; ${textNumbers(seed[0])} số đang lưu dạng văn bản được chuyển thành số$`),
    );
  });

  it("applies the checked operations, shows progress, then says in words what it did, in view and in focus", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(checkbox("Trang Tổng hợp"));
    // What the preview promises is what the result says.
    const preview = checkbox("Tô màu các ô bị mất điểm").getAttribute("aria-describedby")!;
    const highlighted = /^Tô màu (\d+) ô/.exec(document.getElementById(preview)!.textContent!)![1];
    const release = host.hold();
    await user.click(button("Ghi vào sổ làm việc"));
    expect(await screen.findByRole("progressbar", { name: "Đang ghi vào sổ làm việc…" })).toBeInTheDocument();
    expect(button("Ghi vào sổ làm việc")).toBeDisabled();
    release();
    const result = await screen.findByText("Đã ghi vào sổ làm việc");

    const [request] = host.callsOf("apply")[0] as [ApplyRequest];
    expect([...request.operations].sort()).toEqual(["assignments", "highlights", "subtotals"]);
    expect(request).toMatchObject({ sheet: "Phụ lục", language: "vi", expectedGenerated: [] });
    const groups = expected.criteria.filter((c) => !c.leaf).length;
    const box = result.parentElement!;
    expect(
      within(box)
        .getAllByRole("listitem")
        .slice(0, 4)
        .map((li) => li.textContent),
    ).toEqual([
      `Đã ghi ${(groups + 1) * 3} công thức tổng.`,
      `Đã chuyển ${textNumbers(seed[0])} số đang lưu dạng văn bản thành số.`,
      `Đã tô màu ${highlighted} ô bị mất điểm hoặc có mục tiêu bất thường.`,
      `Đã tạo ${UNITS} trang giao nhiệm vụ.`,
    ]);
    // Nothing is said of what was not done: no summary sheet, no "0 sheets".
    expect(box).not.toHaveTextContent(/Tổng hợp|\b0 /);
    expect(box).toHaveFocus();

    const links = within(box).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(host.state.generated.map((g) => g.name));
    await user.click(links[0]);
    await waitFor(() => expect(host.callsOf("openSheet")).toEqual([[host.state.generated[0].name]]));

    // Read again after the write: the preview now says the sheets will be replaced, and undo is possible.
    expect(checkbox("Trang giao nhiệm vụ cho từng đơn vị")).toHaveAccessibleDescription(
      `Tạo ${UNITS} trang giao nhiệm vụ (thay ${UNITS} trang cũ)`,
    );
    expect(button("Khôi phục")).toBeEnabled();
    expect(button("Bỏ tô màu")).toBeEnabled();
  });

  it("never shows a result while the spinner runs, not even the last run's", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await user.click(button("Ghi vào sổ làm việc"));
    await screen.findByText("Đã ghi vào sổ làm việc");
    const release = host.hold();
    await user.click(button("Ghi vào sổ làm việc"));
    await screen.findByRole("progressbar", { name: "Đang ghi vào sổ làm việc…" });
    expect(screen.queryByText("Đã ghi vào sổ làm việc")).not.toBeInTheDocument();
    release();
    await screen.findByText("Đã ghi vào sổ làm việc");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("restores the table: nothing left to restore or clear afterwards", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await writeAndWaitFor(user, "Khôi phục");
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi ghi.");
    expect(host.callsOf("restore")).toEqual([["Phụ lục"]]);
    expect(button("Khôi phục")).toBeDisabled();
    expect(button("Bỏ tô màu")).toBeDisabled();
  });

  it("says which cell Restore left as it is under a merge the user made since, and why", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await writeAndWaitFor(user, "Khôi phục");
    // A subtotal the run wrote, and the cell left of it: the user merges the two.
    const written = host.state.backups[0].cells[0];
    host.merges = [{ top: written.row, bottom: written.row, left: written.column - 1, right: written.column }];
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi ghi.");
    const cell = `${String.fromCharCode(64 + written.column)}${written.row}`;
    const area = `${String.fromCharCode(63 + written.column)}${written.row}:${cell}`;
    expect(
      screen.getByText(
        `Ô ${cell} chưa được đưa về như trước vì nằm trong vùng ô gộp ${area} (Excel chỉ giữ ô đầu tiên của vùng gộp); nội dung cũ vẫn được lưu: bỏ gộp ô rồi bấm Khôi phục để đưa về.`,
      ),
    ).toBeInTheDocument();
    // It stays in the backup, for a Restore once unmerged (the merge emptied it).
    expect(host.state.backups[0].cells).toEqual([{ ...written, written: "" }]);
  });

  it("says which cell Restore left as it is because it no longer holds what the run wrote, and why", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await writeAndWaitFor(user, "Khôi phục");
    // A row inserted above moved a criterion's score into the place of a subtotal the run wrote.
    const written = host.state.backups[0].cells[0];
    host.since = [{ row: written.row, column: written.column, content: { kind: "number", value: 3 } }];
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi ghi.");
    const cell = `${String.fromCharCode(64 + written.column)}${written.row}`;
    expect(
      screen.getByText(
        `Ô ${cell} được giữ nguyên: ô không còn chứa nội dung PAR-index đã ghi (đã chèn hoặc xóa hàng, cột, hoặc ô đã được nhập lại), nên đưa nội dung cũ vào có thể ghi đè dữ liệu của bạn.`,
      ),
    ).toBeInTheDocument();
    expect(host.state.backups[0].cells).toEqual([written]);
  });

  it("still restores and clears after the user renamed the table's sheet", async () => {
    const host = new FakeHost(seed);
    const pane = await openActions(host);
    const { user } = pane;
    await writeAndWaitFor(user, "Khôi phục");
    host.renameByUser("Phụ lục", "PL 2024");
    await openTableDetails(pane);
    await user.click(button("Đọc lại bảng"));
    await screen.findByText('Bảng trên trang "PL 2024", dòng 8–72');
    expect(button("Bỏ tô màu")).toBeEnabled();
    await user.click(button("Bỏ tô màu"));
    await screen.findByText("Đã bỏ tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["PL 2024"]]);
    await user.click(button("Khôi phục"));
    await screen.findByText("Đã khôi phục bảng như trước khi ghi.");
    expect(host.callsOf("restore")).toEqual([["PL 2024"]]);
    expect(host.state.backups).toEqual([]);
    expect(button("Khôi phục")).toBeDisabled();
  });

  it("clears the highlights only: the subtotals can still be restored", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    await writeAndWaitFor(user, "Bỏ tô màu");
    await user.click(button("Bỏ tô màu"));
    await screen.findByText("Đã bỏ tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["Phụ lục"]]);
    expect(button("Bỏ tô màu")).toBeDisabled();
    expect(button("Khôi phục")).toBeEnabled();
  });

  it("clears the highlights of the table it shows, when two sheets have their own", async () => {
    const [table, ...rest] = seed;
    const host = new FakeHost([{ ...table, name: "KH 2024" }, { ...table, name: "KH 2025" }, ...rest]);
    const pane: Pane = await openActions(host);
    const { user } = pane;
    const show = async (sheet: string) => {
      await openTableDetails(pane);
      await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), sheet);
      await screen.findByText(`Bảng trên trang "${sheet}", dòng 8–72`);
    };
    await writeAndWaitFor(user, "Bỏ tô màu");
    await show("KH 2025");
    expect(button("Bỏ tô màu")).toBeDisabled();
    await writeAndWaitFor(user, "Bỏ tô màu");
    await show("KH 2024");
    await user.click(button("Bỏ tô màu"));
    await screen.findByText("Đã bỏ tô màu.");
    expect(host.callsOf("clearHighlights")).toEqual([["KH 2024"]]);
    expect(host.state.highlights.map((h) => h.sheet)).toEqual(["KH 2025"]);
    expect(button("Bỏ tô màu")).toBeDisabled();
  });

  it("reads the workbook again and retries once when the add-in's sheets changed meanwhile", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    host.failNext("apply", "stale");
    await user.click(button("Ghi vào sổ làm việc"));
    await screen.findByText("Đã ghi vào sổ làm việc");
    expect(host.callsOf("apply")).toHaveLength(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says so when the retry is stale too", async () => {
    const host = new FakeHost(seed);
    const { user } = await openActions(host);
    host.failNext("apply", "stale", "stale");
    await user.click(button("Ghi vào sổ làm việc"));
    expect(await screen.findByText("Sổ làm việc vừa thay đổi")).toBeInTheDocument();
    expect(host.callsOf("apply")).toHaveLength(2);
  });
});
