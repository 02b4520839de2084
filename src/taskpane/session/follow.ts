/** How long the table must stay still before the pane reads it again: a burst of edits (typing, a paste, a co-author's save) is read once. */
export const SETTLE_MS = 600;

/**
 * Turns the table's change events into re-reads: one per burst; none while one of the pane's own operations runs
 * (it reads the table when done, and Excel reports its writes too), but one after it when a change arrived
 * meanwhile, so a user's edit is never lost.
 */
export class ChangeFollower {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private operations = 0;
  private missed = false;
  private stopped = false;

  constructor(private readonly reread: () => void) {}

  changed(): void {
    if (this.stopped) return;
    if (this.operations > 0) {
      this.missed = true;
      return;
    }
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reread();
    }, SETTLE_MS);
  }

  /** One of the pane's operations starts; a re-read still waiting goes after it (the operation may fail). */
  begin(): void {
    this.operations++;
    if (this.timer !== null) this.missed = true;
    this.cancel();
  }

  end(): void {
    this.operations--;
    if (this.operations > 0 || !this.missed) return;
    this.missed = false;
    this.changed();
  }

  /** The pane goes away: nothing more is read. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
