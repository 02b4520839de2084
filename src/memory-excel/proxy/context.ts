/** The request context: queues operations, runs them in order at sync(), counts syncs and bytes. */
import { ApplicationApi } from "../api/application";
import { ExcelApiError, excelError } from "../excel-api-error";
import type { MemoryWorkbook } from "../memory-workbook";
import { WorkbookApi } from "../api/workbook";
import { DEFAULT_API_LEVEL, requireLevel, type ApiLevel } from "./api-level";
import type { LoadReceiver } from "./client-object";
import type { NumberSeparators } from "../model/separators";
import { EN_US, type HostLocale } from "../model/typed-entry";

/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded): "Resource limits and performance optimization for Office Add-ins", and
 * OfficeDev/office-js-docs-pr#2846 ("a payload size limit for requests and responses of 5MB"). The page does not
 * say whether a MB is 10^6 or 2^20 bytes: the stricter, 5,000,000, is modelled.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What Office.js sends for each queued operation besides its arguments: the action (id, type, name, object path
 * id) and the object path it acts on (id, type, name, parent, its own arguments), about 150 bytes of JSON. Counted
 * generously, so that an estimate the adapter passes is one Excel would pass too.
 */
export const OPERATION_OVERHEAD_BYTES = 200;

/** What a response carries for each loaded value besides the value itself (its ids and property names). */
export const LOAD_OVERHEAD_BYTES = 40;

export interface ContextOptions {
  /** The n-th sync (1-based) rejects with GeneralException and applies none of its batch. */
  readonly failAtSync?: number;
  /**
   * The given operation (0-based) of the given sync fails with GeneralException: the operations before it stay
   * applied and the rest are dropped, as when Excel meets an error in the middle of a batch.
   */
  readonly failAtOperation?: { readonly sync: number; readonly operation: number };
  /** Largest accepted request, in bytes of the estimated payload. */
  readonly requestLimitBytes?: number;
  /** Largest accepted response (loaded values), in bytes. */
  readonly responseLimitBytes?: number;
  /** The system's regional separators, as Application.cultureInfo reports them (default: the locale's). */
  readonly separators?: NumberSeparators;
  /** The host's regional settings, which typed strings are read by besides the en-US rules (default: en-US). */
  readonly locale?: HostLocale;
  /** The highest ExcelApi requirement set this Excel has (default 1.17): newer members fail with ApiNotFound. */
  readonly excelApi?: string;
}

interface Operation {
  readonly action: string;
  readonly args: unknown;
  readonly apply: () => void;
  /** The requirement set of the member the operation uses. */
  readonly since: ApiLevel;
  /** False for a load, a method that only returns a value, an event handler added or removed. */
  readonly changesDocument: boolean;
}

interface PendingLoad {
  readonly receiver: LoadReceiver;
  readonly name: string;
  readonly value: unknown;
}

const encoder = new TextEncoder();

function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export class MemoryRequestContext {
  readonly workbook: WorkbookApi;
  readonly application: ApplicationApi;
  /** Calls to sync(), including failed ones. */
  syncCount = 0;
  /** Estimated request bytes of all syncs; per sync in syncRequestBytes. */
  requestBytes = 0;
  readonly syncRequestBytes: number[] = [];
  /** Estimated response bytes of each sync Excel answered (0 when nothing was loaded). */
  readonly syncResponseBytes: number[] = [];
  /** Operations sent by each sync. */
  readonly syncOperations: number[] = [];
  /** What each operation of each sync did ("Range.set formulas", "ConditionalFormat.delete"): to fail at one. */
  readonly syncActions: string[][] = [];
  private queue: Operation[] = [];
  private loads: PendingLoad[] | null = null;

  constructor(
    readonly model: MemoryWorkbook,
    private readonly options: ContextOptions = {},
  ) {
    this.workbook = new WorkbookApi(this);
    this.application = new ApplicationApi(this);
  }

  /** This context typed as Office.js's, to hand to code written against the real API. */
  get excel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  /** The regional separators of the machine this Excel runs on. */
  get separators(): NumberSeparators {
    return this.options.separators ?? this.locale.separators;
  }

  /** The regional settings of the machine this Excel runs on. */
  get locale(): HostLocale {
    return this.options.locale ?? EN_US;
  }

  /** The highest ExcelApi requirement set this Excel has. */
  get apiLevel(): string {
    return this.options.excelApi ?? DEFAULT_API_LEVEL;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /** @internal */
  enqueue(action: string, args: unknown, apply: () => void, since: ApiLevel, changesDocument = true): void {
    this.queue.push({ action, args, apply, since, changesDocument });
  }

  /** @internal Records a value loaded during the running sync. */
  recordLoad(receiver: LoadReceiver, name: string, value: unknown): void {
    if (!this.loads) throw excelError("GeneralException", "Loads happen only during sync.");
    this.loads.push({ receiver, name, value });
  }

  /**
   * Sends the queued batch. Operations run in order; the first failure rejects the sync, keeps what
   * ran before it (Excel has no transactions) and drops the rest.
   */
  async sync(): Promise<void> {
    const index = ++this.syncCount;
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((sum, op) => sum + OPERATION_OVERHEAD_BYTES + payloadBytes([op.action, op.args]), 0);
    this.syncRequestBytes.push(bytes);
    this.syncOperations.push(ops.length);
    this.syncActions.push(ops.map((op) => op.action));
    this.requestBytes += bytes;
    await Promise.resolve(); // a round trip is asynchronous
    if (this.options.failAtSync === index) throw new ExcelApiError("GeneralException", undefined, `sync ${index}`);
    if (bytes > (this.options.requestLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES)) {
      throw excelError("RequestPayloadSizeLimitExceeded", `The request was ${bytes} bytes.`);
    }
    const loads: PendingLoad[] = [];
    this.loads = loads;
    const failing = this.options.failAtOperation?.sync === index ? this.options.failAtOperation.operation : -1;
    try {
      for (const [i, op] of ops.entries()) {
        if (i === failing) throw new ExcelApiError("GeneralException", undefined, op.action);
        try {
          requireLevel(this.apiLevel, op.since, op.action);
          if (op.changesDocument) this.model.revision++;
          op.apply();
        } catch (e) {
          throw e instanceof ExcelApiError ? e.at(op.action) : e;
        }
      }
    } finally {
      this.loads = null;
    }
    const responseLimit = this.options.responseLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
    const response = loads.reduce((sum, l) => sum + LOAD_OVERHEAD_BYTES + payloadBytes(l.value), 0);
    // What ran before the refusal stays applied, as with any failure in the middle of a batch.
    if (response > responseLimit) {
      throw excelError("ResponsePayloadSizeLimitExceeded", `The response would be ${response} bytes.`);
    }
    this.syncResponseBytes.push(response);
    for (const l of loads) l.receiver.accept(l.name, l.value);
  }
}

/** What Excel.run does with a context: runs the batch, then sends what is still queued. */
export async function runBatch<T>(
  context: MemoryRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  const result = await batch(context.excel);
  if (context.pendingOperations > 0) await context.sync();
  return result;
}

/** Excel.run(async (context) => ...) for a memory workbook. */
export function run<T>(
  workbook: MemoryWorkbook,
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: ContextOptions,
): Promise<T> {
  return runBatch(new MemoryRequestContext(workbook, options), batch);
}

export function createContext(workbook: MemoryWorkbook, options?: ContextOptions): MemoryRequestContext {
  return new MemoryRequestContext(workbook, options);
}
