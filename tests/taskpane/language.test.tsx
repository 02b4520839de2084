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
    expect(screen.getByText("Tổng điểm: 83,26 / 100")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "EN English" }));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "EN English" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Total: 83.26 / 100")).toBeInTheDocument();
    expect(screen.getByText("16.739 points lost")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Checks" })).toBeInTheDocument();

    // Problems are worded by the engine in the pane's language.
    await user.click(screen.getByRole("tab", { name: "Checks" }));
    expect(screen.getByRole("region", { name: "Note (4)" })).toHaveTextContent(
      "Domain 3: 2023 score is stated as 14.49",
    );

    await user.click(screen.getByRole("button", { name: "VI Tiếng Việt" }));
    expect(screen.getByRole("tab", { name: "Kiểm tra", selected: true })).toBeInTheDocument();
  });

  it("starts in English when Office speaks another language", async () => {
    await renderPane(new FakeHost(seed), "en");
    expect(screen.getByRole("region", { name: "Table found" })).toHaveTextContent('PAR-index table on sheet "Phụ lục"');
    expect(screen.getByRole("tab", { name: "Overview", selected: true })).toBeInTheDocument();
  });
});
