/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { sheetOf } from "../core/helpers";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render";

/** A domain whose title Word merged across its point cells, and a domain without merges. */
const SHEET = sheetOf(
  [
    ["1", "Công tác chỉ đạo, điều hành", null, null, null, null, null, null],
    ["1.1", "Kế hoạch CCHC", 4, 3, 4, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["2", "Cải cách thể chế", 4, 3, 4, null, null, null],
    ["2.1", "Văn bản", 4, 3, 4, "Rà soát", "Phòng Tư pháp", ""],
  ],
  { merges: [{ top: 2, left: 2, bottom: 2, right: 5 }] },
);

describe("subtotals a merge is in the way of", () => {
  it("are counted before writing, and each is told after, with its criterion, cell and merge", async () => {
    const { user } = await renderPane(new FakeHost([SHEET]));
    await user.click(screen.getByRole("tab", { name: "Thao tác" }));
    const subtotals = await screen.findByRole("checkbox", { name: "Công thức tổng" });
    expect(subtotals).toHaveAccessibleDescription(/; 3 ô tổng điểm sẽ giữ nguyên, lý do hiện sau khi ghi$/);
    await user.click(screen.getByRole("button", { name: "Ghi vào sổ làm việc" }));
    await screen.findByText("Đã ghi vào sổ làm việc");
    expect(
      screen.getByText(
        "Lĩnh vực 1, điểm tối đa (ô C2): không ghi công thức tổng vì vướng vùng ô gộp B2:E2 (Excel chỉ giữ ô đầu tiên của vùng gộp); ô giữ nguyên. Muốn có công thức tổng ở đây thì bỏ gộp ô rồi chạy lại",
      ),
    ).toBeInTheDocument();
  });
});
