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

/** Wraps the installed `Excel.run` so that every batch, whether it succeeds or fails, is followed by a redraw. */
export function notifyAfterEveryRun(
  excel: { run: (...args: never[]) => Promise<unknown> },
  changes: WorkbookChanges,
): void {
  const run = excel.run;
  excel.run = (...args) => run(...args).finally(changes.notify);
}
