/**
 * memory-excel: an in-memory Excel implementing the part of the Excel JavaScript API the add-in
 * uses, with Excel's proxy/sync semantics and errors. For tests and the playground only.
 */
export { MemoryWorkbook } from "./memory-workbook";
export type {
  SheetSpec,
  CellSnapshot,
  ConditionalFormatSnapshot,
  ChartSnapshot,
  LayoutSnapshot,
} from "./memory-workbook";
export { MemoryRequestContext, createContext, run, DEFAULT_PAYLOAD_LIMIT_BYTES } from "./proxy/context";
export type { ContextOptions } from "./proxy/context";
export { ExcelApiError } from "./excel-api-error";
export { installExcelGlobals } from "./globals";
export type { GlobalsOptions, InstalledGlobals } from "./globals";
export { ExcelEnums } from "./enums";
export { EN_US, VI_VN } from "./model/typed-entry";
export type { HostLocale } from "./model/typed-entry";
export type {
  WorksheetChangedEventArgs,
  WorksheetFormatChangedEventArgs,
  ChangeTrigger,
} from "./api/worksheet-changes";
export type { EventHandlerResult } from "./proxy/events";
