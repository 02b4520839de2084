/** Tells the playground's sheet view that the in-memory workbook may have changed. */

export interface WorkbookChanges {
  readonly subscribe: (listener: () => void) => () => void;
  /** Goes up by one at every change: what React compares to know it must draw again. */
  readonly version: () => number;
  readonly notify: () => void;
}

export function workbookChanges(): WorkbookChanges {
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    notify: () => {
      version++;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * Wraps the installed `Excel.run` so that a batch that may have changed the workbook, whether it succeeds or fails,
 * is followed by a redraw. The pane's reads leave the drawing as it is: drawing the grid again took two React renders
 * of every cell in the pane's first read, before its overview could show.
 */
export function notifyAfterChangingRuns(
  excel: { run: (...args: never[]) => Promise<unknown> },
  workbook: { readonly revision: number },
  changes: WorkbookChanges,
): void {
  const run = excel.run;
  excel.run = (...args) => {
    const before = workbook.revision;
    return run(...args).finally(() => {
      if (workbook.revision !== before) changes.notify();
    });
  };
}
