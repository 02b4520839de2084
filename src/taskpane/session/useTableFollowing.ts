import { RefObject, useEffect, useRef } from "react";
import type { StopWatching, WorkbookHost } from "../../office";
import { ChangeFollower } from "./follow";

/**
 * Watches the table's sheet (none while null) and calls `reread` after each burst of changes to it, while the pane
 * is mounted. The session tells the returned follower when its own operations run.
 */
export function useTableFollowing(
  host: WorkbookHost,
  sheet: string | null,
  reread: () => Promise<void>,
): RefObject<ChangeFollower | null> {
  const latest = useRef(reread);
  latest.current = reread;
  const follower = useRef<ChangeFollower | null>(null);

  useEffect(() => {
    const created = new ChangeFollower(() => void latest.current());
    follower.current = created;
    return () => {
      created.stop();
      follower.current = null;
    };
  }, []);

  useEffect(() => {
    if (!sheet) return;
    let closed = false;
    let stop: StopWatching | null = null;
    host
      .watch(sheet, () => {
        if (!closed) follower.current?.changed();
      })
      .then(
        (remove) => {
          if (closed) void quietly(remove);
          else stop = remove;
        },
        // Without watching, the pane works as it did before: it reads the table again when asked.
        () => undefined,
      );
    return () => {
      closed = true;
      if (stop) void quietly(stop);
    };
  }, [host, sheet]);

  return follower;
}

/** Stops watching as the pane goes or moves to another sheet: a failure there has no one left to tell. */
function quietly(stop: StopWatching): Promise<void> {
  return stop().catch(() => undefined);
}
