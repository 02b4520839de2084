import { reconcileState } from "../../core/edits";
import type { Snapshot, WorkbookHost } from "../../office";
import { detectTable, TableDetection, Target } from "./detect";
import { PaneErrorKind } from "./pane-error";

/** One read of the workbook: what was read, for which target, and the table found in it. */
export interface Read {
  readonly snapshot: Snapshot;
  readonly target: Target;
  readonly detection: TableDetection | null;
}

/**
 * Reads what the target needs; "auto" looks at the active sheet first, then at every sheet. A sheet that is gone
 * (renamed or deleted since) makes it look again as "auto", which finds a renamed table under its new name.
 */
export async function readTarget(host: WorkbookHost, target: Target): Promise<Read> {
  if (target.kind !== "auto") {
    const snapshot = await host.snapshot({ kind: "sheet", sheet: target.sheet });
    if (snapshot.sheetNames.includes(target.sheet))
      return withRenamesFollowed({ snapshot, target, detection: detectTable(snapshot, target) });
    return readTarget(host, { kind: "auto" });
  }
  const active = await host.snapshot({ kind: "active" });
  const here = detectTable(active, target);
  const read = here?.plan ? { snapshot: active, detection: here } : await readAll(host);
  const plan = read.detection?.plan;
  return withRenamesFollowed({ ...read, target: plan ? { kind: "sheet", sheet: plan.layout.sheet } : target });
}

/** The state as the adapter will see it: what it keeps for a renamed table's sheet, under the new name. */
function withRenamesFollowed(read: Read): Read {
  const { snapshot, detection } = read;
  if (!detection?.plan) return read;
  const { state } = reconcileState(snapshot.seen, detection.plan.layout.sheet);
  return state === snapshot.state ? read : { ...read, snapshot: { ...snapshot, state } };
}

async function readAll(host: WorkbookHost): Promise<{ snapshot: Snapshot; detection: TableDetection | null }> {
  const snapshot = await host.snapshot({ kind: "all" });
  return { snapshot, detection: detectTable(snapshot, { kind: "auto" }) };
}

/** What the pane says after a read: nothing, or that it found no table. */
export function errorOf(found: Read): PaneErrorKind | null {
  return found.detection?.plan ? null : "noTable";
}

/** What a read finds that the pane shows: the cells, the add-in's state, the sheets; not where the cursor is. */
export function shownContentOf(read: { readonly snapshot: Snapshot | null; readonly target: Target }): string {
  const { snapshot, target } = read;
  return JSON.stringify([target, snapshot?.sheetNames, snapshot?.sheets, snapshot?.state]);
}
