import { Dispatch, MutableRefObject, SetStateAction, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { backupOf, highlightsOn, Operation, WorkbookState } from "../../core/edits";
import { Language } from "../../i18n";
import type { ApplyOutcome, Snapshot, UndoOutcome, WorkbookHost } from "../../office";
import { TableDetection, Target } from "./detect";
import { isStale, PaneErrorKind, paneErrorOf } from "./pane-error";
import type { FirstRead } from "./first-read";
import { errorOf, Read, readTarget, shownContentOf } from "./reads";
import { selectedTableArea } from "./selected-area";
import { useTableFollowing } from "./useTableFollowing";

/** What the last run wrote, to say it in words, and what it left out or cut (said against the plan it ran on). */
export type RunResult = Pick<ApplyOutcome, "counts" | "created" | "notices" | "notice" | "plan">;

/** The last change the pane made to the workbook's cells, to confirm it to the user. */
export type LastWrite =
  | { readonly kind: "applied"; readonly result: RunResult }
  | ({ readonly kind: "restored" | "cleared" } & Pick<UndoOutcome, "skipped">);

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
  readonly reload: () => Promise<boolean>;
  readonly chooseSheet: (sheet: string) => Promise<boolean>;
  readonly useSelection: () => Promise<boolean>;
  /** Saves a choice (columns, unit names) in the workbook, then analyses again; true when it was saved. */
  readonly saveChoices: (change: (state: WorkbookState) => WorkbookState, target?: Target) => Promise<boolean>;
  readonly apply: (operations: ReadonlySet<Operation>, language: Language) => Promise<boolean>;
  readonly restore: () => Promise<boolean>;
  readonly clearHighlights: () => Promise<boolean>;
  readonly select: (row: number, column: number) => Promise<void>;
  readonly openSheet: (sheet: string) => Promise<void>;
  readonly dismissError: () => void;
}

/** Whether the state holds changes to the table that Restore can put back. */
export function canRestore(state: WorkbookState, sheet: string): boolean {
  return backupOf(state, sheet).length > 0 || highlightsOn(state, sheet) !== null;
}

const FIRST: Session = {
  snapshot: null,
  target: { kind: "auto" },
  detection: null,
  error: null,
  busy: "reading",
  lastWrite: null,
  followedChange: false,
};

type SetSession = Dispatch<SetStateAction<Session>>;
type Latest = MutableRefObject<Session>;

/** The session once a read has been shown. */
const withRead = (s: Session, found: Read, followedChange: boolean): Session => ({
  ...s,
  ...found,
  error: errorOf(found),
  followedChange,
});

/**
 * The pane's whole conversation with the workbook: reads, analyses, writes, and what went wrong. The first read is
 * the one the page started (`firstRead`), else one the pane starts as it mounts.
 */
export function useWorkbookSession(host: WorkbookHost, firstRead?: FirstRead): [Session, SessionActions] {
  const [session, setSession] = useState<Session>(() => {
    const read = firstRead?.done();
    return read ? { ...withRead(FIRST, read, false), busy: null } : FIRST;
  });
  // Actions read the latest session without being recreated on every render.
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  }, [session]);
  /** Counts the reads the pane starts: a re-read after a change that a later one overtook is dropped. */
  const reads = useRef(0);

  const show = useCallback((found: Read, followedChange: boolean) => {
    const next = (s: Session): Session => withRead(s, found, followedChange);
    current.current = next(current.current);
    setSession(next);
  }, []);
  const read = useCallback(async (target: Target) => show(await readTarget(host, target), false), [host, show]);
  const followChange = useFollowChange(host, current, reads, setSession, show);

  // Once a table is found (or the user points at a sheet or range), the pane follows its sheet.
  const followed = session.target.kind === "auto" ? null : session.target.sheet;
  const follower = useTableFollowing(host, followed, followChange);

  /** Runs a task with the pane marked busy; a failure is shown to the user, never thrown. True when it succeeded. */
  const run = useCallback(
    async (busy: "reading" | "writing", task: () => Promise<void>): Promise<boolean> => {
      const changes = follower.current;
      changes?.begin();
      reads.current++;
      // A write's earlier result goes as it starts: it would read as this one's while the spinner runs.
      const lastWrite = (s: Session) => (busy === "writing" ? null : s.lastWrite);
      setSession((s) => ({ ...s, busy, error: null, followedChange: false, lastWrite: lastWrite(s) }));
      try {
        await task();
        setSession((s) => ({ ...s, busy: null }));
        return true;
      } catch (error) {
        setSession((s) => ({ ...s, busy: null, error: paneErrorOf(error) }));
        return false;
      } finally {
        changes?.end();
      }
    },
    [follower],
  );

  const actions = useMemo(() => sessionActions({ host, current, setSession, read, run }), [host, read, run]);

  // Once, as the pane mounts: the first read, unless its result was there for the first render.
  const first = useRef(firstRead);
  useEffect(() => {
    if (current.current.snapshot) return;
    const started = first.current?.promise;
    void run("reading", async () => (started ? show(await started, false) : read({ kind: "auto" })));
  }, [run, read, show]);

  return [session, actions];
}

/** The table changed: read it again without a spinner, and only show (and say) what is new. */
function useFollowChange(
  host: WorkbookHost,
  current: Latest,
  reads: MutableRefObject<number>,
  setSession: SetSession,
  show: (found: Read, followedChange: boolean) => void,
): () => Promise<void> {
  return useCallback(async () => {
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
  }, [host, current, reads, setSession, show]);
}

interface Tools {
  readonly host: WorkbookHost;
  readonly current: Latest;
  readonly setSession: SetSession;
  readonly read: (target: Target) => Promise<void>;
  readonly run: (busy: "reading" | "writing", task: () => Promise<void>) => Promise<boolean>;
}

function sessionActions(tools: Tools): SessionActions {
  const { setSession } = tools;
  /** Quick moves (select a cell, open a sheet) that do not block the pane. */
  const move = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      setSession((s) => ({ ...s, error: paneErrorOf(error) }));
    }
  };
  const tableSheet = () => tools.current.current.detection?.cells.name ?? null;
  return {
    ...readingActions(tools),
    ...writingActions(tools, tableSheet),
    select: (row, column) =>
      move(async () => {
        const sheet = tableSheet();
        if (sheet) await tools.host.select(sheet, row, column);
      }),
    openSheet: (sheet) => move(() => tools.host.openSheet(sheet)),
    dismissError: () => setSession((s) => ({ ...s, error: null })),
  };
}

function readingActions({ host, current, setSession, read, run }: Tools) {
  return {
    reload: () => run("reading", () => read(current.current.target)),
    // The sheet chosen in the pane comes forward in the workbook too, so that the user sees what the pane reads.
    chooseSheet: (sheet: string) =>
      run("reading", async () => {
        await host.openSheet(sheet);
        await read({ kind: "sheet", sheet });
      }),
    useSelection: () =>
      run("reading", async () => {
        const picked = selectedTableArea(await host.snapshot({ kind: "selection" }));
        if ("error" in picked) {
          setSession((s) => ({ ...s, error: picked.error }));
          return;
        }
        await read({ kind: "selection", ...picked });
      }),
  };
}

/**
 * Changes to the workbook. Each says what it did only once the table has been read again, so that a result never
 * shows while the spinner still runs.
 */
function writingActions({ host, current, setSession, read, run }: Tools, tableSheet: () => string | null) {
  const done = (lastWrite: LastWrite) => setSession((s) => ({ ...s, lastWrite }));
  return {
    saveChoices: (change: (state: WorkbookState) => WorkbookState, target?: Target) =>
      run("writing", async () => {
        await host.saveChoices(change);
        await read(target ?? current.current.target);
      }),
    apply: (operations: ReadonlySet<Operation>, language: Language) =>
      run("writing", async () => {
        const plan = current.current.detection?.plan;
        if (!plan) return;
        const outcome = await applyOnce(host, current.current, plan.layout.sheet, operations, language);
        await read(current.current.target);
        const { counts, created, notices, notice } = outcome;
        done({ kind: "applied", result: { counts, created, notices, notice, plan: outcome.plan } });
      }),
    restore: () =>
      run("writing", async () => {
        const sheet = tableSheet();
        if (!sheet) return;
        const { skipped } = await host.restore(sheet);
        await read(current.current.target);
        done({ kind: "restored", skipped });
      }),
    clearHighlights: () =>
      run("writing", async () => {
        const sheet = tableSheet();
        const state = current.current.snapshot?.state;
        if (!sheet || !state || !highlightsOn(state, sheet)) return;
        const { skipped } = await host.clearHighlights(sheet);
        await read(current.current.target);
        done({ kind: "cleared", skipped });
      }),
  };
}

/** Applies; when someone changed our sheets meanwhile, reads the workbook again and tries once more. */
async function applyOnce(
  host: WorkbookHost,
  session: Session,
  sheet: string,
  operations: ReadonlySet<Operation>,
  language: Language,
): Promise<ApplyOutcome> {
  const target = session.target;
  const request = (snapshot: Snapshot | null) => ({
    sheet,
    // A table the user pointed at by selecting it is applied within that range only.
    area: target.kind === "selection" ? target.area : undefined,
    operations,
    language,
    expectedGenerated: (snapshot?.state.generated ?? []).map((g) => g.name),
  });
  try {
    return await host.apply(request(session.snapshot));
  } catch (error) {
    if (!isStale(error)) throw error;
    return host.apply(request(await host.snapshot({ kind: "sheet", sheet })));
  }
}
