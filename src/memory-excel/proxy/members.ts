/**
 * One table per Excel class: its Office.js name, the requirement set of the class and of each member (as the Office.js
 * type definitions' `[Api set: ExcelApi 1.x]` notes give them; tests/memory-excel/api-levels.test.ts holds the table
 * to that file), and for each property how it reads and writes at sync time. The properties' getters and setters
 * are made from the table, so that a class states each property once.
 */
import type { ApiLevel } from "./api-level";

export interface PropertyMember<Self> {
  readonly since: ApiLevel;
  /** Where setting it came later than reading it (Worksheet.visibility: read 1.1, set 1.2). */
  readonly writeSince?: ApiLevel;
  /** The value a load returns, computed at sync time; none for a property Office.js only writes (Range.hyperlink). */
  readonly read?: (self: Self) => unknown;
  /** Applies a write at sync time; none for a read-only property. */
  readonly write?: (self: Self, value: any) => void;
}

export interface ExcelClass<Self> {
  /** The Office.js class name ("Range"), used in error locations ("Range.set values"). */
  readonly name: string;
  readonly since: ApiLevel;
  readonly properties?: Readonly<Record<string, PropertyMember<Self>>>;
  /** The child objects reached by property (range.format), and since when each exists. */
  readonly navigations?: Readonly<Record<string, ApiLevel>>;
  /** Every method the class models, and since when it exists. */
  readonly methods?: Readonly<Record<string, ApiLevel>>;
  readonly events?: Readonly<Record<string, ApiLevel>>;
}

const CLASS = Symbol("excelClass");

/** Every class and its table, for the test that holds them to the Office.js type definitions. */
export const EXCEL_CLASSES: {
  readonly type: abstract new (...args: any[]) => unknown;
  readonly spec: ExcelClass<any>;
}[] = [];

interface Accessors {
  read(name: string): unknown;
  write(name: string, value: unknown, apply: () => void): void;
}

/**
 * Gives `type` its table, and a getter for each property (it reads what a sync loaded) and a setter for each
 * writable one (it queues the write for the next sync).
 */
export function defineExcelClass<Self>(type: abstract new (...args: any[]) => Self, spec: ExcelClass<Self>): void {
  const prototype = type.prototype as Record<PropertyKey, unknown>;
  Object.defineProperty(prototype, CLASS, { value: spec });
  for (const [name, member] of Object.entries(spec.properties ?? {})) {
    const write = member.write;
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: Accessors) {
        return this.read(name);
      },
      set: write
        ? function (this: Accessors & Self, value: unknown) {
            this.write(name, value, () => write(this, value));
          }
        : undefined,
    });
  }
  EXCEL_CLASSES.push({ type, spec });
}

/** The table of an object's class (or of the nearest class above it that has one). */
export function excelClassOf<Self>(object: Self): ExcelClass<Self> {
  const spec = (object as Record<PropertyKey, unknown>)[CLASS];
  if (!spec) throw new Error(`${(object as object).constructor.name} has no Excel class table.`);
  return spec as ExcelClass<Self>;
}
