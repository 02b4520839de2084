/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { renderPane } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const unitItems = () => within(screen.getByRole("tabpanel")).getAllByRole("listitem");
const unitNames = () => unitItems().map((item) => item.firstChild?.textContent);

/** Points lost on the leaves a unit leads, from the fixture's own criteria. */
function atStake(unit: string): number {
  const led = new Set((expected.units as Record<string, { lead: string[] }>)[unit].lead);
  const lost = expected.criteria.filter((c) => c.leaf && led.has(c.code)).map((c) => c.max! - c.score!);
  return Math.round(lost.reduce((a, b) => a + b, 0) * 1000) / 1000;
}

describe("the units", () => {
  it("lists each unit with its sheet, what it leads and supports, and the points at stake", async () => {
    const { user } = await renderPane(new FakeHost(seed));
    await user.click(screen.getByRole("tab", { name: "Đơn vị" }));
    const units = expected.units as Record<string, { lead: string[]; support: string[] }>;
    expect(unitNames().sort()).toEqual(Object.keys(units).sort());
    for (const item of unitItems()) {
      const name = item.firstChild!.textContent!;
      expect(item).toHaveTextContent(/Trang giao việc: \S/);
      expect(item).toHaveTextContent(`Chủ trì: ${units[name].lead.join(", ")}`);
      expect(item).toHaveTextContent(
        `Phối hợp: ${units[name].support.length ? units[name].support.join(", ") : "không có"}`,
      );
      expect(item).toHaveTextContent(`Điểm cần cải thiện: ${String(atStake(name)).replace(".", ",")}`);
    }
  });

  it("merges one unit into another: the alias is kept in the workbook and the table analysed again", async () => {
    const host = new FakeHost(seed);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("tab", { name: "Đơn vị" }));
    const source = "Trung tâm Văn hóa – Thể thao và Truyền thông";
    const target = "Phòng Văn hóa và Thông tin";
    await user.selectOptions(screen.getByRole("combobox", { name: "Gộp đơn vị" }), source);
    await user.selectOptions(screen.getByRole("combobox", { name: "vào đơn vị" }), target);
    await user.click(screen.getByRole("button", { name: "Gộp" }));
    await waitFor(() => expect(host.callsOf("saveChoices")).toHaveLength(1));
    expect(host.state.units.aliases).toEqual({ [source]: target });
    await waitFor(() => expect(unitNames()).not.toContain(source));
    expect(unitNames()).toHaveLength(Object.keys(expected.units).length - 1);
    expect(screen.getByRole("status")).toHaveTextContent("Đã lưu vào sổ làm việc");
  });

  it("renames a unit, and a later merge into the old name follows the rename", async () => {
    const host = new FakeHost(seed);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("tab", { name: "Đơn vị" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Đơn vị" }), "Phòng Tư pháp");
    await user.type(screen.getByRole("textbox", { name: "Tên mới" }), "Phòng Tư pháp thành phố");
    await user.click(screen.getByRole("button", { name: "Đổi tên" }));
    await waitFor(() => expect(unitNames()).toContain("Phòng Tư pháp thành phố"));
    expect(host.state.units.aliases).toEqual({ "Phòng Tư pháp": "Phòng Tư pháp thành phố" });
    expect(unitNames()).not.toContain("Phòng Tư pháp");

    await user.selectOptions(screen.getByRole("combobox", { name: "Gộp đơn vị" }), "Phòng Tư pháp thành phố");
    await user.selectOptions(screen.getByRole("combobox", { name: "vào đơn vị" }), "Phòng Nội vụ");
    await user.click(screen.getByRole("button", { name: "Gộp" }));
    await waitFor(() => expect(unitNames()).not.toContain("Phòng Tư pháp thành phố"));
    expect(host.state.units.aliases).toEqual({
      "Phòng Tư pháp": "Phòng Nội vụ",
      "Phòng Tư pháp thành phố": "Phòng Nội vụ",
    });
    const interior = unitItems().find((item) => item.firstChild?.textContent === "Phòng Nội vụ")!;
    expect(interior).toHaveTextContent(/Chủ trì: .*2\.1, 2\.2/);
  });
});
