/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import problems from "../fixtures/variations/problems.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { Pane, renderPane } from "./render";

let seed: WorkbookCells;
let withErrors: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
  withErrors = await readFixture("variations/problems.xlsx");
});

const group = (name: RegExp) => screen.getByRole("region", { name });

/** Opens the problems, which load when first asked for. */
async function openProblems(pane: Pane): Promise<void> {
  await pane.user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await screen.findByText(/^Bấm vào một vấn đề/);
}
const columnOf = (letters: string) => letters.charCodeAt(0) - 64;

describe("the problems", () => {
  it("groups the seed's problems by severity with counts", async () => {
    await openProblems(await renderPane(new FakeHost(seed)));
    // The seed's only problems: three domains and the total row rounded.
    const rounded = expected.roundingOnly.length + 1;
    // Groups with nothing in them are left out.
    expect(screen.queryByRole("region", { name: /^Lỗi/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /^Cần kiểm tra/ })).not.toBeInTheDocument();
    expect(group(/^Ghi chú/)).toHaveTextContent(`Ghi chú (${rounded})`);
    expect(within(group(/^Ghi chú/)).getAllByRole("listitem")).toHaveLength(rounded);
  });

  it("selects a problem's cell on click, in the problem's points column", async () => {
    const host = new FakeHost(withErrors);
    const pane = await renderPane(host);
    const { user } = pane;
    await openProblems(pane);
    const above = problems.issues.find((i) => i.kind === "score-above-max")!;
    await user.click(
      screen.getByRole("button", {
        name: new RegExp(`^Dòng ${above.row}: .*điểm năm ${problems.years.score} là .*cao hơn điểm tối đa`),
      }),
    );
    await waitFor(() =>
      expect(host.callsOf("select")).toEqual([["Phụ lục", above.row, columnOf(problems.columns.score)]]),
    );
  });

  it("selects with Enter too, and uses the code column when the problem has no points column", async () => {
    const host = new FakeHost(withErrors);
    const pane = await renderPane(host);
    const { user } = pane;
    await openProblems(pane);
    const duplicate = problems.issues.find((i) => i.kind === "duplicate-code")!;
    const link = screen.getAllByRole("button", { name: new RegExp(`^Dòng ${duplicate.row}: .*trùng`) })[0];
    link.focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(host.callsOf("select")).toEqual([["Phụ lục", duplicate.row, columnOf(problems.columns.code)]]),
    );
  });

  it("counts errors and warnings where the table has them, each with a link to its row", async () => {
    await openProblems(await renderPane(new FakeHost(withErrors)));
    const serious = ["Lỗi", "Cần kiểm tra"].map((name) => {
      const region = group(new RegExp(`^${name}`));
      const items = within(region).queryAllByRole("listitem");
      expect(region).toHaveTextContent(`${name} (${items.length})`);
      return items;
    });
    const links = serious.flat().map((item) => within(item).getByRole("button").textContent);
    // Every error and warning the fixture says a correct analysis reports.
    for (const issue of problems.issues)
      expect(links.some((text) => text?.startsWith(`Dòng ${issue.row}:`))).toBe(true);
    expect(links).toHaveLength(problems.issues.length);
  });

  it("lists a whole-table problem without a link", async () => {
    // The seed without its total row: the engine reports the missing total for the whole table.
    const [sheet, ...rest] = seed;
    const withoutTotal = { ...sheet, values: sheet.values.slice(0, -1) };
    await openProblems(await renderPane(new FakeHost([withoutTotal, ...rest])));
    const line = screen.getByText(/Bảng không có dòng Tổng cộng/);
    expect(line.closest("li")).toHaveTextContent(/^Cả bảng:/);
    expect(line.closest("button")).toBeNull();
  });
});
