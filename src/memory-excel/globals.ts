/** Installs `Excel`, `Office` and `OfficeExtension` globals backed by a memory workbook (playground, e2e tests). */
import { ExcelApiError } from "./excel-api-error";
import { ExcelEnums } from "./enums";
import { DEFAULT_API_LEVEL, levelAtLeast } from "./proxy/api-level";
import { MemoryRequestContext, runBatch, type ContextOptions } from "./proxy/context";
import type { MemoryWorkbook } from "./memory-workbook";

export interface GlobalsOptions {
  /**
   * The highest ExcelApi requirement set this Excel has (default "1.17"): isSetSupported answers by it, and every
   * context refuses the API members above it (ApiNotFound).
   */
  readonly excelApiVersion?: string;
  /** Other requirement sets and their highest version, e.g. { DialogApi: "1.2" }. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  readonly displayLanguage?: string;
  /** Options for every context Excel.run creates (failure injection, limits). */
  readonly contextOptions?: ContextOptions;
  /** Where to install (default globalThis). */
  readonly target?: Record<string, unknown>;
}

export interface InstalledGlobals {
  /** Every context Excel.run created, in order: their sync counts and request bytes. */
  readonly contexts: MemoryRequestContext[];
  /** The .xlsx files (base64) Excel.createWorkbook was asked to open, in order. */
  readonly createdWorkbooks: string[];
  /** Puts back whatever the globals were before. */
  uninstall(): void;
}

type AsyncCallback = (result: { status: string; value: undefined }) => void;

/** Office.context.document.settings: changes stay in memory until saveAsync stores them in the workbook. */
function documentSettings(workbook: MemoryWorkbook) {
  const working = new Map(workbook.settings);
  return {
    get: (name: string): unknown => (working.has(name) ? working.get(name) : null),
    set: (name: string, value: unknown): void => {
      working.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name: string): void => {
      working.delete(name);
    },
    saveAsync: (optionsOrCallback?: object | AsyncCallback, callback?: AsyncCallback): void => {
      workbook.settings.clear();
      for (const [k, v] of working) workbook.settings.set(k, v);
      const done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
      if (done) setTimeout(() => done({ status: "succeeded", value: undefined }), 0);
    },
  };
}

export function installExcelGlobals(workbook: MemoryWorkbook, options: GlobalsOptions = {}): InstalledGlobals {
  const target = options.target ?? (globalThis as unknown as Record<string, unknown>);
  const contexts: MemoryRequestContext[] = [];
  const excelApi = options.excelApiVersion ?? DEFAULT_API_LEVEL;
  const sets: Record<string, string> = { ...options.requirementSets, ExcelApi: excelApi };
  const contextOptions: ContextOptions = { ...options.contextOptions, excelApi };

  /** Excel.run(batch), and Excel.run(context, batch), which goes on with a context an earlier run made. */
  function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    if (args[0] instanceof MemoryRequestContext) return runBatch(args[0], batch);
    const context = new MemoryRequestContext(workbook, contextOptions);
    contexts.push(context);
    return runBatch(context, batch);
  }

  const createdWorkbooks: string[] = [];
  /**
   * Excel.createWorkbook(base64), ExcelApi 1.8: Excel opens the file as a new workbook, outside any batch. Refused
   * as Excel refuses it: on a host without the requirement set, and for anything that is no .xlsx package (a zip).
   */
  async function createWorkbook(base64?: string): Promise<void> {
    if (!levelAtLeast(excelApi, "1.8")) throw new ExcelApiError("ApiNotFound", undefined, "Excel.createWorkbook");
    if (base64 === undefined) {
      createdWorkbooks.push("");
      return;
    }
    const isZip = /^[A-Za-z0-9+/]*={0,2}$/.test(base64) && base64.startsWith("UEsDB");
    if (!isZip) throw new ExcelApiError("InvalidArgument", undefined, "Excel.createWorkbook");
    createdWorkbooks.push(base64);
  }

  const excel = { ...ExcelEnums, run, createWorkbook, RequestContext: MemoryRequestContext };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: options.displayLanguage ?? "en-US",
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => {
          const have = sets[name];
          return have !== undefined && (minVersion === undefined || levelAtLeast(have, String(minVersion)));
        },
      },
      document: { settings: documentSettings(workbook) },
    },
  };
  const officeExtension = { Error: ExcelApiError, ErrorCodes: ExcelEnums.ErrorCodes };

  const installed: Record<string, unknown> = { Excel: excel, Office: office, OfficeExtension: officeExtension };
  const previous = Object.keys(installed).map((k) => [k, k in target, target[k]] as const);
  Object.assign(target, installed);
  return {
    contexts,
    createdWorkbooks,
    uninstall: () => {
      for (const [k, had, v] of previous) {
        if (had) target[k] = v;
        else delete target[k];
      }
    },
  };
}
