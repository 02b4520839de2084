/** OfficeExtension's event objects: a handler is registered, and removed, by a sync of its own context. */
import type { ApiLevel } from "./api-level";
import type { MemoryRequestContext } from "./context";

export type EventHandler<Args> = (args: Args) => unknown;

/** OfficeExtension.EventHandlerResult: remove() is queued, and takes effect at the next sync of `context`. */
export class EventHandlerResult {
  constructor(
    readonly context: MemoryRequestContext,
    private readonly removal: () => void,
  ) {}

  remove(): void {
    // OfficeExtension's own, in every Excel that has events.
    this.context.enqueue("EventHandlerResult.remove", null, this.removal, "1.7", false);
  }
}

/**
 * OfficeExtension.EventHandlers (worksheet.onChanged...): add() is queued, and takes effect at the next sync; an
 * Excel older than the event refuses it then (ApiNotFound).
 */
export class EventHandlers<Args> {
  constructor(
    private readonly context: MemoryRequestContext,
    /** "Worksheet.onChanged" */
    private readonly name: string,
    private readonly since: ApiLevel,
    /** Registers the handler at sync time; returns what unregisters it. */
    private readonly register: (handler: EventHandler<Args>) => () => void,
  ) {}

  add(handler: EventHandler<Args>): EventHandlerResult {
    let unregister = () => {};
    this.context.enqueue(
      `${this.name}.add`,
      null,
      () => {
        unregister = this.register(handler);
      },
      this.since,
      false,
    );
    return new EventHandlerResult(this.context, () => unregister());
  }
}
