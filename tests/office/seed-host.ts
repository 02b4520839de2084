/** The seed plan open in the in-memory Excel behind the add-in's Office host: what most tests/office cases start from. */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { ApplyOutcome, createOfficeHost, WorkbookHost } from "../../src/office";
import { fixtureWorkbook } from "./workbooks";

export const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
export const SHEET = "Phụ lục";
export const SEED_FILE = "gia-nghia-2024.pasted.xlsx";

export interface SeedHost {
  readonly wb: MemoryWorkbook;
  readonly globals: InstalledGlobals;
  readonly host: WorkbookHost;
}

/**
 * Opens the seed before each test of the file, with Excel's globals installed and an Office host over them, and
 * removes the globals after it. The fields are the current test's.
 */
export function seedHostForEachTest(): SeedHost {
  const current = {} as { wb: MemoryWorkbook; globals: InstalledGlobals; host: WorkbookHost };
  beforeEach(async () => {
    current.wb = await fixtureWorkbook(SEED_FILE);
    current.globals = installExcelGlobals(current.wb);
    current.host = createOfficeHost();
  });
  afterEach(() => current.globals.uninstall());
  return current;
}

/** What the pane sends as the generated sheets it expects: those of the state it last read. */
export async function paneExpects(host: WorkbookHost): Promise<string[]> {
  return (await host.snapshot({ kind: "sheet", sheet: SHEET })).state.generated.map((g) => g.name);
}

/** Every operation on the seed's table, in Vietnamese, as the pane asks for it after reading the state. */
export async function applyAll(host: WorkbookHost): Promise<ApplyOutcome> {
  return host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: await paneExpects(host) });
}
