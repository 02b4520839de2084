/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import { FakeHost, readFixture } from "./fake-host";
import { renderPane } from "./render";

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

describe("the pane's language", () => {
  it("is Vietnamese by default, and the header switches it to English and back", async () => {
    const { user } = await renderPane(new FakeHost(seed));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "vi");
    expect(screen.getByRole("button", { name: "VI Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement).toHaveAttribute("lang", "vi");
    expect(screen.getByText("Tổng điểm ghi trong bảng")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "EN English" }));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "EN English" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Total stated in the table")).toBeInTheDocument();
    // Figures keep the workbook's own separators (a Vietnamese Windows here), not the pane's language.
    expect(screen.getByText("83,260 / 100")).toBeInTheDocument();
    expect(screen.getByText("16,739")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Checks" })).toBeInTheDocument();

    // Problems are worded by the engine in the pane's language.
    await user.click(screen.getByRole("tab", { name: "Checks" }));
    expect(await screen.findByRole("region", { name: "Note (4)" })).toHaveTextContent(
      "Domain 3: 2023 score is stated as 14,49",
    );

    await user.click(screen.getByRole("button", { name: "VI Tiếng Việt" }));
    expect(screen.getByRole("tab", { name: "Kiểm tra", selected: true })).toBeInTheDocument();
  });

  it("writes figures with the language's separators where Excel cannot tell its own", async () => {
    const host = new FakeHost(seed);
    host.separators = null;
    await renderPane(host, "en");
    expect(screen.getByText("83.260 / 100")).toBeInTheDocument();
  });

  it("starts in English when Office speaks another language", async () => {
    await renderPane(new FakeHost(seed), "en");
    expect(screen.getByRole("region", { name: "Table found" })).toHaveTextContent(
      'Table on sheet "Phụ lục", rows 8–72',
    );
    expect(screen.getByRole("tab", { name: "Overview", selected: true })).toBeInTheDocument();
  });
});
