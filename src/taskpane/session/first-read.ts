import type { WorkbookHost } from "../../office";
import { Read, readTarget } from "./reads";

/**
 * The pane's first read of the workbook, started by the page before React renders the pane: Excel reads while the
 * page draws its first frame, and where the read is done before the first render (the playground's in-memory
 * Excel answers at once), that render shows what was found instead of a spinner.
 */
export interface FirstRead {
  readonly promise: Promise<Read>;
  /** The read once it has succeeded; null before that, and after a failure (which `promise` gives). */
  readonly done: () => Read | null;
}

export function startFirstRead(host: WorkbookHost): FirstRead {
  let done: Read | null = null;
  const promise = readTarget(host, { kind: "auto" });
  // The failure is the pane's to show once it awaits the promise; here it is only not remembered.
  promise.then(
    (read) => {
      done = read;
    },
    () => undefined,
  );
  return { promise, done: () => done };
}
