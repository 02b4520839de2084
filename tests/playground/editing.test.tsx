/** @jest-environment jsdom */
/** The visitor edits the playground's cells as in Excel on Vietnamese regional settings. */
import { render, screen } from "@testing-library/react";
import userEvent, { UserEvent } from "@testing-library/user-event";
import { messagesFor } from "../../src/i18n";
import { MemoryWorkbook, SheetSpec } from "../../src/memory-excel";
import { workbookChanges } from "../../src/playground/changes";
import sample from "../../src/playground/sample-plan.json";
import { WorkbookView } from "../../src/playground/WorkbookView";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { SHEET } from "./applied";

const labels = messagesFor("vi").playground;

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling.
  Element.prototype.scrollIntoView = () => undefined;
  Element.prototype.scrollTo = () => undefined;
});

interface Shown {
  readonly wb: MemoryWorkbook;
  readonly user: UserEvent;
}

function show(wb: MemoryWorkbook): Shown {
  render(<WorkbookView workbook={wb} changes={workbookChanges()} labels={labels} />);
  return { wb, user: userEvent.setup() };
}

const cellOf = (address: string) => document.querySelector(`td[data-address="${address}"]`) as HTMLElement;
const editor = (address: string) => screen.getByRole("textbox", { name: labels.cell(address) });
const grid = () => screen.getByRole("grid");

/** A small plan: scores in column C, a subtotal formula, text, and a second, protected sheet. */
function smallPlan(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        ["STT", "Tiêu chí", "Điểm"],
        ["1.", "Lĩnh vực", "=SUM(C3:C4)"],
        ["1.1", "Một", 2],
        ["1.2", "Hai", 0.5],
      ],
    },
    { name: "Locked", cells: [["x", 3]], protected: true },
  ]);
}

describe("editing a cell of the playground's workbook", () => {
  it("stores '1,5' typed into a score cell of the sample as the number 1.5 and draws it as '1,5'", async () => {
    const { wb, user } = show(MemoryWorkbook.fromSheets(sample as readonly SheetSpec[]));
    // A criterion below its maximum, whose maximum has a decimal part.
    const criterion = expected.criteria.find((c) => c.leaf && c.belowMax && !Number.isInteger(c.max))!;
    const row = wb.values(SHEET).findIndex((r) => String(r[0]).trim() === criterion.code) + 1;
    const address = `D${row}`;
    expect(wb.cell(SHEET, address).value).toBe(criterion.score);

    await user.dblClick(cellOf(address));
    await user.clear(editor(address));
    await user.type(editor(address), "1,5{Enter}");

    expect(wb.cell(SHEET, address).value).toBe(1.5);
    expect(cellOf(address)).toHaveTextContent(/^1,5$/);
    expect(screen.queryByRole("textbox")).toBeNull();
    // Enter moves the selection down and gives the keyboard back to the grid.
    expect(wb.selection).toEqual({ top: row, left: 3, bottom: row, right: 3 });
    expect(grid()).toHaveFocus();
    expect(cellOf(`D${row + 1}`)).toHaveAttribute("aria-selected", "true");
  });

  it("opens on the cell's value with the regional separators, and on F2 or Enter after a click", async () => {
    const { user } = show(smallPlan());
    await user.click(cellOf("C4"));
    await user.keyboard("{F2}");
    expect(editor("C4")).toHaveValue("0,5");
    await user.keyboard("{Escape}");
    await user.keyboard("{Enter}");
    expect(editor("C4")).toHaveValue("0,5");
  });

  it("leaves the cell as it was on Escape", async () => {
    const { wb, user } = show(smallPlan());
    await user.dblClick(cellOf("C3"));
    await user.type(editor("C3"), "99{Escape}");
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(wb.cell("Plan", "C3").value).toBe(2);
    expect(cellOf("C3")).toHaveTextContent(/^2$/);
    expect(cellOf("C2")).toHaveTextContent(/^2,5$/);
    expect(grid()).toHaveFocus();
  });

  it("keeps a formula a formula, and reads a typed one in English syntax", async () => {
    const { wb, user } = show(smallPlan());
    await user.dblClick(cellOf("C2"));
    expect(editor("C2")).toHaveValue("=SUM(C3:C4)");
    await user.keyboard("{Enter}");
    expect(wb.cell("Plan", "C2")).toMatchObject({ formula: "=SUM(C3:C4)", value: 2.5 });

    await user.dblClick(cellOf("C2"));
    await user.clear(editor("C2"));
    await user.type(editor("C2"), "=SUM(C3,C4,1)");
    await user.keyboard("{Enter}");
    expect(wb.cell("Plan", "C2")).toMatchObject({ formula: "=SUM(C3,C4,1)", value: 3.5 });
    expect(cellOf("C2")).toHaveTextContent(/^3,5$/);
  });

  it("starts with the character typed on a selected cell, and commits on Tab, moving right", async () => {
    const { wb, user } = show(smallPlan());
    await user.click(cellOf("C3"));
    await user.keyboard("1.234,5");
    expect(editor("C3")).toHaveValue("1.234,5");
    await user.keyboard("{Tab}");
    expect(wb.cell("Plan", "C3").value).toBe(1234.5);
    expect(cellOf("C3")).toHaveTextContent(/^1234,5$/);
    expect(wb.selection).toEqual({ top: 2, left: 3, bottom: 2, right: 3 });
  });

  it("keeps as text what Vietnamese settings do not read as a number or formula", async () => {
    const { wb, user } = show(smallPlan());
    for (const typed of ["1.5", "- Thực hiện", "'12", "Đạt"]) {
      await user.click(cellOf("B3"));
      await user.keyboard(`{F2}`);
      await user.clear(editor("B3"));
      await user.type(editor("B3"), `${typed}{Enter}`);
      expect({ typed, stored: wb.cell("Plan", "B3") }).toMatchObject({
        typed,
        stored: { value: typed.replace(/^'/, ""), formula: null },
      });
    }
  });

  it("commits when the visitor clicks elsewhere, and selects the cell clicked", async () => {
    const { wb, user } = show(smallPlan());
    await user.dblClick(cellOf("C4"));
    await user.clear(editor("C4"));
    await user.type(editor("C4"), "0,75");
    await user.click(cellOf("A1"));
    expect(wb.cell("Plan", "C4").value).toBe(0.75);
    expect(cellOf("C2")).toHaveTextContent(/^2,75$/);
    expect(wb.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it("moves the selection with the arrow keys and clears it with Delete", async () => {
    const { wb, user } = show(smallPlan());
    await user.click(cellOf("A1"));
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}{ArrowUp}{ArrowLeft}{ArrowRight}");
    expect(wb.selection).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    expect(grid()).toHaveAttribute("aria-activedescendant", cellOf("C2").id);
    await user.keyboard("{ArrowDown}{Delete}");
    expect(wb.cell("Plan", "C3")).toMatchObject({ value: "", formula: null });
    expect(cellOf("C2")).toHaveTextContent(/^0,5$/);
  });

  it("selects a range with Shift-click and with Shift+arrows, from the active cell, as in Excel", async () => {
    const { wb, user } = show(smallPlan());
    await user.click(cellOf("B2"));
    await user.keyboard("{Shift>}");
    await user.click(cellOf("C4"));
    await user.keyboard("{/Shift}");
    expect(wb.selection).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    // Shift+arrows move the far corner; the active cell B2 stays where the range starts.
    await user.keyboard("{Shift>}{ArrowUp}{ArrowLeft}{ArrowLeft}{/Shift}");
    expect(wb.selection).toEqual({ top: 1, left: 0, bottom: 2, right: 1 });
    await user.keyboard("{Shift>}{ArrowUp}{ArrowUp}{/Shift}");
    expect(wb.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    // A plain arrow leaves the range, moving on from its active cell (B2).
    await user.keyboard("{ArrowDown}");
    expect(wb.selection).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  });

  it("grows a Shift-selection to hold the merged areas it touches", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [["Tiêu đề"], ["a", "b", "c"]], merges: ["B1:C1"] }]);
    const { user } = show(wb);
    await user.click(cellOf("A2"));
    await user.keyboard("{Shift>}{ArrowUp}{ArrowRight}{/Shift}");
    expect(wb.selection).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
  });

  it("skips hidden rows and selects a merged area whole", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "S", cells: [["Tiêu đề"], ["a"], ["b"], ["c"]], merges: ["A1:B1"], hiddenRows: [3] },
    ]);
    const { user } = show(wb);
    await user.click(cellOf("B2"));
    await user.keyboard("{ArrowUp}");
    expect(wb.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(wb.selection).toEqual({ top: 3, left: 0, bottom: 3, right: 0 });
  });

  it("refuses to edit a protected sheet, saying why", async () => {
    const wb = smallPlan();
    wb.activate(wb.sheet("Locked"));
    const { user } = show(wb);
    await user.dblClick(cellOf("B1"));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByRole("alert")).toHaveTextContent(labels.protectedSheet("Locked"));

    await user.click(cellOf("A1"));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.keyboard("{Delete}");
    expect(screen.getByRole("alert")).toHaveTextContent(labels.protectedSheet("Locked"));
    expect(wb.cell("Locked", "A1").value).toBe("x");
    await user.keyboard("7");
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(wb.cell("Locked", "A1").value).toBe("x");
    expect(cellOf("B1")).toHaveTextContent(/^3$/);
  });
});
