import { useCallback, useEffect, useRef, useState } from "react";
import { backupOf, highlightsOn, Operation, reconcileState, WorkbookState } from "../../core/edits";
import { Language } from "../../i18n";
import type { ApplyOutcome, Snapshot, WorkbookHost } from "../../office";
import { TableDetection, detectTable, Target } from "./detect";
import { isStale, PaneErrorKind, paneErrorOf } from "./pane-error";
import { useTableFollowing } from "./useTableFollowing";

/** The last change the pane made, to confirm it to the user. */
export type LastWrite =
  | { readonly kind: "applied"; readonly outcome: ApplyOutcome }
  | { readonly kind: "restored" }
  | { readonly kind: "cleared" }
  | { readonly kind: "saved" };

export interface Session {
  readonly snapshot: Snapshot | null;
  readonly target: Target;
  /** Null only before the first read, or when the workbook has no sheet of the user's. */
  readonly detection: TableDetection | null;
  readonly error: PaneErrorKind | null;
  /** What the pane is waiting for; buttons that change things are disabled meanwhile. */
  readonly busy: "reading" | "writing" | null;
  readonly lastWrite: LastWrite | null;
  /** The pane read the table again by itself, because the table changed: said to screen readers. */
  readonly followedChange: boolean;
}

export interface SessionActions {
  readonly reload: () => Promise<void>;
  readonly chooseSheet: (sheet: string) => Promise<void>;
  readonly useSelection: () => Promise<void>;
  /** Saves a choice (columns, unit names) in the workbook, then analyses again. */
  readonly saveChoices: (change: (state: WorkbookState) => WorkbookState, target?: Target) => Promise<void>;
  readonly apply: (operations: ReadonlySet<Operation>, language: Language) => Promise<void>;
  readonly restore: () => Promise<void>;
  readonly clearHighlights: () => Promise<void>;
  readonly select: (row: number, column: number) => Promise<void>;
  readonly openSheet: (sheet: string) => Promise<void>;
  readonly dismissError: () => void;
}

interface Read {
  readonly snapshot: Snapshot;
  readonly target: Target;
  readonly detection: TableDetection | null;
}

/**
 * Reads what the target needs; "auto" looks at the active sheet first, then at every sheet. A sheet that is gone
 * (renamed or deleted since) makes it look again as "auto", which finds a renamed table under its new name.
 */
async function readTarget(host: WorkbookHost, target: Target): Promise<Read> {
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
function errorOf(found: Read): PaneErrorKind | null {
  return found.detection?.plan ? null : "noTable";
}

/** What a read finds that the pane shows: the cells, the add-in's state, the sheets; not where the cursor is. */
function shownContentOf(read: { readonly snapshot: Snapshot | null; readonly target: Target }): string {
  const { snapshot, target } = read;
  return JSON.stringify([target, snapshot?.sheetNames, snapshot?.sheets, snapshot?.state]);
}

/** Whether the state holds changes to the table that Restore can put back. */
export function canRestore(state: WorkbookState, sheet: string): boolean {
  return backupOf(state, sheet).length > 0 || highlightsOn(state, sheet) !== null;
}

/** The pane's whole conversation with the workbook: reads, analyses, writes, and what went wrong. */
export function useWorkbookSession(host: WorkbookHost): [Session, SessionActions] {
  const [session, setSession] = useState<Session>({
    snapshot: null,
    target: { kind: "auto" },
    detection: null,
    error: null,
    busy: "reading",
    lastWrite: null,
    followedChange: false,
  });
  // Actions read the latest session without being recreated on every render.
  const current = useRef(session);
  current.current = session;
  /** Counts the reads the pane starts: a re-read after a change that a later one overtook is dropped. */
  const reads = useRef(0);

  const show = useCallback((found: Read, followedChange: boolean) => {
    setSession((s) => ({ ...s, ...found, error: errorOf(found), followedChange }));
  }, []);

  const read = useCallback(async (target: Target) => show(await readTarget(host, target), false), [host, show]);

  /** The table changed: read it again without a spinner, and only show (and say) what is new. */
  const followChange = useCallback(async () => {
    const started = ++reads.current;
    setSession((s) => ({ ...s, followedChange: false }));
    try {
      const found = await readTarget(host, current.current.target);
      if (started !== reads.current) return;
      const now = current.current;
      if (errorOf(found) === now.error && shownContentOf(found) === shownContentOf(now)) return;
      show(found, true);
    } catch (error) {
      if (started === reads.current) setSession((s) => ({ ...s, error: paneErrorOf(error) }));
    }
  }, [host, show]);

  // Once a table is found (or the user points at a sheet or range), the pane follows its sheet.
  const followed = session.target.kind === "auto" ? null : session.target.sheet;
  const follower = useTableFollowing(host, followed, followChange);

  /** Runs a task with the pane marked busy; a failure is shown to the user, never thrown. */
  const run = useCallback(
    async (busy: "reading" | "writing", task: () => Promise<void>) => {
      const changes = follower.current;
      changes?.begin();
      reads.current++;
      setSession((s) => ({ ...s, busy, error: null, followedChange: false }));
      try {
        await task();
        setSession((s) => ({ ...s, busy: null }));
      } catch (error) {
        setSession((s) => ({ ...s, busy: null, error: paneErrorOf(error) }));
      } finally {
        changes?.end();
      }
    },
    [follower],
  );

  /** Quick moves (select a cell, open a sheet) that do not block the pane. */
  const move = useCallback(async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      setSession((s) => ({ ...s, error: paneErrorOf(error) }));
    }
  }, []);

  const tableSheet = () => current.current.detection?.cells.name ?? null;

  const actions: SessionActions = {
    reload: () => run("reading", () => read(current.current.target)),
    chooseSheet: (sheet) => run("reading", () => read({ kind: "sheet", sheet })),
    useSelection: () =>
      run("reading", async () => {
        const { selection } = await host.snapshot({ kind: "active" });
        const area = selection?.area;
        if (!selection || !area || (area.top === area.bottom && area.left === area.right)) {
          setSession((s) => ({ ...s, error: "noSelection" }));
          return;
        }
        await read({ kind: "selection", sheet: selection.sheet, area });
      }),
    saveChoices: (change, target) =>
      run("writing", async () => {
        await host.saveChoices(change);
        await read(target ?? current.current.target);
        setSession((s) => ({ ...s, lastWrite: { kind: "saved" } }));
      }),
    apply: (operations, language) =>
      run("writing", async () => {
        const plan = current.current.detection?.plan;
        if (!plan) return;
        const sheet = plan.layout.sheet;
        const target = current.current.target;
        const request = (snapshot: Snapshot | null) => ({
          sheet,
          // A table the user pointed at by selecting it is applied within that range only.
          area: target.kind === "selection" ? target.area : undefined,
          operations,
          language,
          expectedGenerated: (snapshot?.state.generated ?? []).map((g) => g.name),
        });
        let outcome: ApplyOutcome;
        try {
          outcome = await host.apply(request(current.current.snapshot));
        } catch (error) {
          // Someone changed our sheets meanwhile: read the workbook again and try once more.
          if (!isStale(error)) throw error;
          outcome = await host.apply(request(await host.snapshot({ kind: "sheet", sheet })));
        }
        setSession((s) => ({ ...s, lastWrite: { kind: "applied", outcome } }));
        await read(current.current.target);
      }),
    restore: () =>
      run("writing", async () => {
        const sheet = tableSheet();
        if (!sheet) return;
        await host.restore(sheet);
        setSession((s) => ({ ...s, lastWrite: { kind: "restored" } }));
        await read(current.current.target);
      }),
    clearHighlights: () =>
      run("writing", async () => {
        const sheet = tableSheet();
        const state = current.current.snapshot?.state;
        if (!sheet || !state || !highlightsOn(state, sheet)) return;
        await host.clearHighlights(sheet);
        setSession((s) => ({ ...s, lastWrite: { kind: "cleared" } }));
        await read(current.current.target);
      }),
    select: (row, column) =>
      move(async () => {
        const sheet = tableSheet();
        if (sheet) await host.select(sheet, row, column);
      }),
    openSheet: (sheet) => move(() => host.openSheet(sheet)),
    dismissError: () => setSession((s) => ({ ...s, error: null })),
  };

  useEffect(() => {
    void run("reading", () => read({ kind: "auto" }));
  }, [run, read]);

  return [session, actions];
}
