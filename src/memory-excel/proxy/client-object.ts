/**
 * Proxy objects with Office.js semantics: calls return at once, writes are queued for the next
 * context.sync(), and properties can be read only after load + sync.
 */
import { excelError, propertyNotLoaded, valueNotLoaded } from "../excel-api-error";
import { levelAtLeast, requireLevel, type ApiLevel } from "./api-level";
import type { MemoryRequestContext } from "./context";
import { groupByHead, parseLoadOption, type LoadOption, type LoadPaths } from "./load-spec";
import { EventHandlers, type EventHandler } from "./events";
import { excelClassOf, type ExcelClass } from "./members";

/** Receives loaded values when a sync succeeds. */
export interface LoadReceiver {
  accept(name: string, value: unknown): void;
}

/** Every class below gives its members, with their requirement sets, in a table (defineExcelClass). */
export abstract class ClientObject implements LoadReceiver {
  private readonly known = new Map<string, unknown>();

  constructor(readonly context: MemoryRequestContext) {}

  /** Typed loosely: each class's table is typed by its own class. */
  private excelClass(): ExcelClass<any> {
    return excelClassOf(this);
  }

  /** The Office.js class name, used in error locations ("Range.set values"). */
  protected get typeName(): string {
    return this.excelClass().name;
  }

  /** Throws ApiNotFound when this Excel is older than `since`; only call at sync time. */
  protected requireLevel(since: ApiLevel, member: string): void {
    requireLevel(this.context.apiLevel, since, `${this.typeName}.${member}`);
  }

  get isNullObject(): boolean {
    return false;
  }

  load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this.queue("load", option ?? null, () => this.applyLoad(paths), false);
    return this;
  }

  /** Office.js: a plain object of the loaded properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }

  /**
   * @internal Called at sync time, in batch order. A property or child object newer than this Excel is refused
   * (ApiNotFound); loading every property loads only those this Excel has.
   */
  applyLoad(paths: LoadPaths): void {
    if (this.isNullAtSync()) return;
    const { since, properties = {}, navigations = {} } = this.excelClass();
    this.requireLevel(since, "load");
    if (paths === null) {
      for (const [name, p] of Object.entries(properties))
        if (p.read && levelAtLeast(this.context.apiLevel, p.since)) this.context.recordLoad(this, name, p.read(this));
      return;
    }
    for (const [head, rests] of groupByHead(paths)) {
      const nonEmpty = rests.filter((r) => r.length > 0);
      const property = properties[head];
      if (property?.read && nonEmpty.length === 0) {
        this.requireLevel(property.since, head);
        this.context.recordLoad(this, head, property.read(this));
      } else if (head in navigations) {
        this.requireLevel(navigations[head], head);
        this.child(head).applyLoad(nonEmpty.length === rests.length ? nonEmpty : null);
      } else throw excelError("InvalidArgument", `Cannot load property '${head}' of ${this.typeName}.`);
    }
  }

  /** The child object a navigation property names (range.format). */
  private child(name: string): ClientObject {
    return (this as unknown as Record<string, ClientObject>)[name];
  }

  /** @internal */
  isNullAtSync(): boolean {
    return false;
  }

  /** @internal */
  accept(name: string, value: unknown): void {
    this.known.set(name, value);
  }

  protected read<T>(name: string): T {
    if (!this.known.has(name)) throw propertyNotLoaded(name);
    return this.known.get(name) as T;
  }

  /** Queues a property write. As in Office.js, the written value can be read back at once. */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.known.set(name, value);
    this.queue(`set ${name}`, value, apply);
  }

  /** One of the class's events; `register` adds a handler at sync time and returns what removes it. */
  protected event<Args>(name: string, register: (handler: EventHandler<Args>) => () => void): EventHandlers<Args> {
    const level = this.levelIn(this.excelClass().events, name);
    return new EventHandlers(this.context, `${this.typeName}.${name}`, level, register);
  }

  /**
   * Queues an operation: "load", "instantiate", "set <property>" or a method of the class's table. `changesDocument`
   * is false for a load or a method that only returns a value.
   */
  protected queue(action: string, args: unknown, apply: () => void, changesDocument = true): void {
    this.context.enqueue(`${this.typeName}.${action}`, args, apply, this.levelOf(action), changesDocument);
  }

  private levelOf(action: string): ApiLevel {
    const { since, properties = {}, methods = {} } = this.excelClass();
    if (action === "load" || action === "instantiate") return since;
    const property = action.startsWith("set ") ? properties[action.slice(4)] : undefined;
    return property ? (property.writeSince ?? property.since) : this.levelIn(methods, action);
  }

  /** A member's level in one part of the class's table; a member left out of the table is a mistake of ours. */
  private levelIn(table: Readonly<Record<string, ApiLevel>> | undefined, name: string): ApiLevel {
    const level = table?.[name];
    if (!level) throw new Error(`${this.typeName}.${name} is missing from its class's table.`);
    return level;
  }

  /**
   * What finds the object a method returns (worksheet.getRange(...)), checked first against the method's level at
   * sync time: Excel refuses a method only when the request that uses its result arrives.
   */
  protected since<A extends unknown[], T>(method: string, locate: (...args: A) => T): (...args: A) => T {
    const level = this.levelIn(this.excelClass().methods, method);
    return (...args) => {
      this.requireLevel(level, method);
      return locate(...args);
    };
  }

  /** Queues a method that returns a value (getCount()), readable after sync. */
  protected result<T>(action: string, args: unknown, compute: () => T): ClientResult<T> {
    const result = new ClientResult<T>();
    this.queue(action, args, () => this.context.recordLoad(result, "value", compute()), false);
    return result;
  }
}

/**
 * A proxy for a document object found at sync time (by name, address...). It is located on first
 * use in the batch and then keeps pointing at the same object, as Excel's object paths do.
 */
export abstract class TargetObject<T> extends ClientObject {
  private located: { readonly value: T } | undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly locate: () => T | null,
    private readonly nullable = false,
  ) {
    super(context);
    // *OrNullObject methods: Excel reports isNullObject after the next sync, without a load.
    if (nullable)
      this.queue(
        "instantiate",
        null,
        () => this.context.recordLoad(this, "isNullObject", this.tryTarget() === null),
        false,
      );
  }

  override get isNullObject(): boolean {
    return this.nullable ? this.read<boolean>("isNullObject") : false;
  }

  /** False once the object was deleted from the document. */
  protected exists(_target: T): boolean {
    return true;
  }

  private tryTarget(): T | null {
    if (!this.located) {
      const found = this.locate();
      if (found === null) return null;
      this.located = { value: found };
    }
    return this.exists(this.located.value) ? this.located.value : null;
  }

  /** @internal The document object; ItemNotFound when there is none. Only call at sync time. */
  target(): T {
    const t = this.tryTarget();
    if (t === null) throw excelError("ItemNotFound", `The ${this.typeName} does not exist.`);
    return t;
  }

  override isNullAtSync(): boolean {
    return this.nullable && this.tryTarget() === null;
  }
}

/** A collection proxy: `items` is loaded as proxies for the items present at sync time. */
export abstract class CollectionObject<T, Item extends ClientObject> extends ClientObject {
  /** The items, in order, at sync time. */
  protected abstract currentItems(): T[];
  protected abstract itemProxy(item: T): Item;

  get items(): Item[] {
    return this.read<Item[]>("items");
  }

  override applyLoad(paths: LoadPaths): void {
    this.requireLevel(excelClassOf(this).since, "load");
    // load("") or load([]): Office.js sends an empty list of properties, not the omitted option that loads every
    // scalar property (learn.microsoft.com/javascript/api/office/officeextension.loadoption). What Excel makes of
    // it is not documented; the stricter reading is that nothing is loaded, items neither, as for any other object.
    if (paths !== null && paths.length === 0) return;
    const itemPaths =
      paths === null ? null : paths.flatMap((p) => (p[0] === "items" ? (p.length > 1 ? [p.slice(1)] : []) : [p]));
    const items = this.currentItems().map((t) => this.itemProxy(t));
    for (const item of items) item.applyLoad(itemPaths !== null && itemPaths.length === 0 ? null : itemPaths);
    this.context.recordLoad(this, "items", items);
  }
}

/** OfficeExtension.ClientResult: a value returned by a method, readable after sync. */
export class ClientResult<T> implements LoadReceiver {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as T;
  }

  /** @internal */
  accept(_name: string, value: unknown): void {
    this.loaded = true;
    this.result = value as T;
  }
}
