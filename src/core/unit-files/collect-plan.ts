/** `collect` decided before anything is written: per returned file, what is taken into which sheet, or why not. */
import { DateSystem } from "../cells";
import { CellTake, mergeUnitSheet, SheetMerge } from "./collect-merge";
import { Grid } from "./progress-layout";
import { MasterPlan, recogniseReturned, ReturnedWorkbook, SkipReason } from "./unit-file-identity";

/** Why an adapter could not read a returned file at all. */
export type UnreadableReason =
  "not-found" | "legacy-xls" | "csv" | "not-xlsx" | "encrypted" | "damaged" | "too-large" | "is-master";

export type ReturnedFile =
  | { readonly file: string; readonly kind: "read"; readonly workbook: ReturnedWorkbook }
  | { readonly file: string; readonly kind: "unreadable"; readonly reason: UnreadableReason };

export type CollectSkip =
  | SkipReason
  | { readonly kind: "unreadable"; readonly reason: UnreadableReason }
  /** The same unit's file came again later: that one is taken. */
  | { readonly kind: "superseded"; readonly unit: string; readonly by: string };

export interface TakenSheet {
  readonly file: string;
  readonly unit: string;
  /** The unit's assignment sheet in the master. */
  readonly masterSheet: string;
  readonly merge: SheetMerge;
}

export interface CollectPlan {
  readonly taken: readonly TakenSheet[];
  readonly skipped: readonly { readonly file: string; readonly reason: CollectSkip }[];
  /** What to write, by master sheet. */
  readonly edits: ReadonlyMap<string, readonly CellTake[]>;
  /** The master's date system, that a deadline held as a plain number counts in, there and in its unit files. */
  readonly dateSystem: DateSystem;
}

export interface CollectInput {
  readonly master: MasterPlan;
  /** A master sheet's cells from A1, as the adapter reads them. */
  readonly masterGrid: (sheet: string) => Grid;
  /** Every criterion code of the plan now. */
  readonly planCodes: ReadonlySet<string>;
  /** In the order given: for the same unit, the later file wins. */
  readonly files: readonly ReturnedFile[];
  readonly dateSystem: DateSystem;
}

export function planCollect(input: CollectInput): CollectPlan {
  const byUnit = new Map<string, TakenSheet>();
  const skipped: { file: string; reason: CollectSkip }[] = [];
  for (const returned of input.files) {
    if (returned.kind === "unreadable") {
      skipped.push({ file: returned.file, reason: { kind: "unreadable", reason: returned.reason } });
      continue;
    }
    const recognition = recogniseReturned(returned.workbook, input.master);
    if (recognition.kind === "skip") {
      skipped.push({ file: returned.file, reason: recognition.reason });
      continue;
    }
    for (const sheet of recognition.sheets) {
      const masterSheet = input.master.unitSheets.get(sheet.unit)!;
      const merge = mergeUnitSheet(input.masterGrid(masterSheet), sheet.grid, sheet.mark, input.planCodes);
      const earlier = byUnit.get(sheet.unit);
      if (earlier)
        skipped.push({ file: earlier.file, reason: { kind: "superseded", unit: sheet.unit, by: returned.file } });
      // Deleted first, so that the unit takes its place in the order of the files it came from.
      byUnit.delete(sheet.unit);
      byUnit.set(sheet.unit, { file: returned.file, unit: sheet.unit, masterSheet, merge });
    }
  }
  const taken = [...byUnit.values()];
  const edits = new Map(taken.map((t) => [t.masterSheet, t.merge.takes]));
  return { taken, skipped, edits, dateSystem: input.dateSystem };
}
