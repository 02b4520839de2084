/**
 * Through the in-memory Excel: a table among far cells (issue 10 item 9). A note in XFD3, a value at B130001 or in
 * the last row stretch the used range to millions of cells; the add-in reads only the part that can hold the table
 * (a sparse probe of where content lies), in the syncs it always makes, within Excel on the web's 5 MB responses,
 * and writes exactly what it writes without the far cell, which stays untouched.
 */
import { MemoryWorkbook } from "../../src/memory-excel";
import { installExcelGlobals, InstalledGlobals } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";
const FAR_TEXT = "ghi chú ở rất xa";
// Each case applies the seed twice (with and without the far cell): on two shared cores that can pass 5 s.
jest.setTimeout(60_000);

let globals: InstalledGlobals | null = null;
afterEach(() => globals?.uninstall());

/** Every stored cell of the sheet that holds something: its value or formula, by storage key. */
function held(wb: MemoryWorkbook): Map<number, unknown> {
  const cells = new Map<number, unknown>();
  for (const [key, cell] of wb.sheet(SHEET).cells) {
    if (cell.value !== undefined || cell.formula !== undefined) cells.set(key, cell.formula ?? cell.value);
  }
  return cells;
}

/** The seed, with the user's far cell if any; snapshot, apply, then Restore, as the pane does. */
async function throughTheAddIn(far: string | null) {
  const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  if (far) wb.editByUser(SHEET, far, FAR_TEXT);
  const before = held(wb);
  globals = installExcelGlobals(wb);
  const host = createOfficeHost();
  const snapshot = await host.snapshot({ kind: "sheet", sheet: SHEET });
  const expectedGenerated = snapshot.state.generated.map((g) => g.name);
  const outcome = await host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated });
  const applied = held(wb);
  const syncs = globals.contexts.map((c) => c.syncOperations.length);
  await host.restore(SHEET);
  const restored = held(wb);
  globals.uninstall();
  globals = null;
  return { wb, snapshot, outcome, before, applied, restored, syncs };
}

describe("a table among far cells, through the add-in", () => {
  it.each(["XFD3", "XFC3", "B130001", "B1048576", "XFD1048576"])(
    "a value in %s: the table is read and applied in the usual syncs, and the far cell is untouched",
    async (far) => {
      const plain = await throughTheAddIn(null);
      const withFar = await throughTheAddIn(far);
      // The pane reads the same table and the run says the same.
      expect(withFar.snapshot.sheets[0].values).toEqual(plain.snapshot.sheets[0].values);
      expect(withFar.outcome.counts).toEqual(plain.outcome.counts);
      expect(withFar.outcome.notices).toEqual([]);
      // Three syncs to read for the pane, three for the run, as without the far cell (Excel on the web's 5 MB per
      // response is enforced by the in-memory Excel: a read of the whole used range was refused or split).
      expect(withFar.syncs).toEqual(plain.syncs);
      expect(withFar.syncs).toEqual([3, 3]);
      // Cell by cell, the sheet after the run is the run's without the far cell, plus the far cell as typed.
      const farKey = [...withFar.before.keys()].find((k) => !plain.before.has(k))!;
      expect(withFar.before.get(farKey)).toBe(FAR_TEXT);
      expect(withFar.applied).toEqual(new Map([...plain.applied, [farKey, FAR_TEXT]]));
      // Restore puts the table back and leaves the far cell.
      expect(withFar.restored).toEqual(withFar.before);
    },
  );
});
