/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { Pane, renderPane } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const unitItems = () => within(screen.getByRole("tabpanel")).getAllByRole("listitem");

/** Opens the units, which load when first asked for. */
async function openUnits(pane: Pane): Promise<void> {
  await pane.user.click(screen.getByRole("tab", { name: "Đơn vị" }));
  await screen.findByRole("form", { name: "Gộp hai đơn vị là một" });
}
const unitNames = () => unitItems().map((item) => item.firstChild?.textContent);

/** Points lost on the leaves a unit leads, from the fixture's own criteria. */
function atStake(unit: string): number {
  const led = new Set((expected.units as Record<string, { lead: string[] }>)[unit].lead);
  const lost = expected.criteria.filter((c) => c.leaf && led.has(c.code)).map((c) => c.max! - c.score!);
  return Math.round(lost.reduce((a, b) => a + b, 0) * 1000) / 1000;
}

describe("the units", () => {
  it("lists each unit with its sheet, what it leads and supports, and the points at stake", async () => {
    await openUnits(await renderPane(new FakeHost(seed)));
    const units = expected.units as Record<string, { lead: string[]; support: string[] }>;
    expect(unitNames().sort()).toEqual(Object.keys(units).sort());
    for (const item of unitItems()) {
      const name = item.firstChild!.textContent!;
      expect(item).toHaveTextContent(/Trang giao nhiệm vụ: \S/);
      expect(item).toHaveTextContent(`Chủ trì các tiêu chí: ${units[name].lead.join(", ")}`);
      expect(item).toHaveTextContent(
        `Phối hợp các tiêu chí: ${units[name].support.length ? units[name].support.join(", ") : "không có"}`,
      );
      expect(item).toHaveTextContent(
        `Điểm bị mất thuộc trách nhiệm chủ trì: ${String(atStake(name)).replace(".", ",")}`,
      );
    }
  });

  it("merges one unit into another only once asked, says what moves, and undoes it from the pane", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openUnits(pane);
    const source = "Trung tâm Văn hóa – Thể thao và Truyền thông";
    const target = "Phòng Văn hóa và Thông tin";
    const units = expected.units as Record<string, { lead: string[]; support: string[] }>;
    const from = screen.getByRole("combobox", { name: "Gộp đơn vị" });
    const into = screen.getByRole("combobox", { name: "vào đơn vị" });
    // Nothing is chosen to start with, so nothing can be merged by a stray click.
    expect(from).toHaveValue("");
    expect(into).toHaveValue("");
    expect(screen.getByRole("button", { name: "Gộp…" })).toBeDisabled();
    await user.selectOptions(from, source);
    await user.selectOptions(into, target);
    await user.click(screen.getByRole("button", { name: "Gộp…" }));

    // Asked first, beside the form, with what will move where; nothing saved yet.
    const question = screen.getByText(/sẽ được đọc là/);
    expect(question).toHaveTextContent(
      `${units[source].lead.length} tiêu chí chủ trì và ${units[source].support.length} tiêu chí phối hợp chuyển sang "${target}"`,
    );
    expect(question.parentElement).toHaveFocus();
    expect(host.callsOf("saveChoices")).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Gộp" }));

    await waitFor(() => expect(host.callsOf("saveChoices")).toHaveLength(1));
    expect(host.state.units.aliases).toEqual({ [source]: target });
    await waitFor(() => expect(unitNames()).not.toContain(source));
    expect(unitNames()).toHaveLength(Object.keys(expected.units).length - 1);
    const merged = await screen.findByText(`Đã gộp "${source}" vào "${target}".`);
    const form = screen.getByRole("form", { name: "Gộp hai đơn vị là một" });
    expect(form).toContainElement(merged);
    expect(merged.parentElement).toHaveFocus();

    await user.click(within(form).getByRole("button", { name: "Hoàn tác" }));
    await waitFor(() => expect(unitNames()).toContain(source));
    expect(host.state.units.aliases).toEqual({});
    expect(await screen.findByText("Đã hoàn tác.")).toBeInTheDocument();
  });

  it("renames a unit, and a later merge into the old name follows the rename", async () => {
    const host = new FakeHost(seed);
    const pane = await renderPane(host);
    const { user } = pane;
    await openUnits(pane);
    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị" }), "Phòng Tư pháp");
    await user.type(screen.getByRole("textbox", { name: "Tên mới" }), "Phòng Tư pháp thành phố");
    await user.click(screen.getByRole("button", { name: "Đổi tên" }));
    await waitFor(() => expect(unitNames()).toContain("Phòng Tư pháp thành phố"));
    expect(host.state.units.aliases).toEqual({ "Phòng Tư pháp": "Phòng Tư pháp thành phố" });
    expect(unitNames()).not.toContain("Phòng Tư pháp");

    await user.selectOptions(screen.getByRole("combobox", { name: "Gộp đơn vị" }), "Phòng Tư pháp thành phố");
    await user.selectOptions(screen.getByRole("combobox", { name: "vào đơn vị" }), "Phòng Nội vụ");
    await user.click(screen.getByRole("button", { name: "Gộp…" }));
    await user.click(screen.getByRole("button", { name: "Gộp" }));
    await waitFor(() => expect(unitNames()).not.toContain("Phòng Tư pháp thành phố"));
    expect(host.state.units.aliases).toEqual({
      "Phòng Tư pháp": "Phòng Nội vụ",
      "Phòng Tư pháp thành phố": "Phòng Nội vụ",
    });
    const interior = unitItems().find((item) => item.firstChild?.textContent === "Phòng Nội vụ")!;
    expect(interior).toHaveTextContent(/Chủ trì các tiêu chí: .*2\.1, 2\.2/);
  });
});
