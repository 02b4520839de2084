/** workbook.properties.custom: Excel's custom document properties (keys ignore case). */
import { excelError } from "../excel-api-error";
import type { CustomPropertyModel } from "../model/workbook-model";
import {
  ClientObject,
  CollectionObject,
  TargetObject,
  type ClientResult,
  type ScalarReaders,
} from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";

/** Outside Excel on the web, keys and values are trimmed to 255 characters. */
const DESKTOP_LIMIT = 255;

function propertyType(value: unknown): string {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  if (value instanceof Date) return "Date";
  return "String";
}

export class CustomPropertyApi extends TargetObject<CustomPropertyModel> {
  protected get typeName(): string {
    return "CustomProperty";
  }
  protected override exists(p: CustomPropertyModel): boolean {
    return this.context.model.customProperties.get(p.key.toUpperCase()) === p;
  }
  protected override scalars(): ScalarReaders {
    return { key: () => this.target().key, value: () => this.target().value, type: () => this.target().type };
  }
  get key(): string {
    return this.read("key");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): any {
    return this.read("value");
  }
  set value(value: any) {
    this.write("value", value, () => {
      const property = this.target();
      Object.assign(property, makeProperty(this.context, property.key, value));
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      this.context.model.customProperties.delete(this.target().key.toUpperCase());
    });
  }
}

function makeProperty(context: MemoryRequestContext, key: string, value: unknown): CustomPropertyModel {
  const trim = (s: string) => (context.model.platform === "web" ? s : s.slice(0, DESKTOP_LIMIT));
  return { key: trim(key), value: typeof value === "string" ? trim(value) : value, type: propertyType(value) };
}

export class CustomPropertyCollectionApi extends CollectionObject<CustomPropertyModel, CustomPropertyApi> {
  protected get typeName(): string {
    return "CustomPropertyCollection";
  }
  protected currentItems(): CustomPropertyModel[] {
    return [...this.context.model.customProperties.values()];
  }
  protected itemProxy(p: CustomPropertyModel): CustomPropertyApi {
    return new CustomPropertyApi(this.context, () => p);
  }
  private find(key: string): CustomPropertyModel | null {
    return this.context.model.customProperties.get(String(key).toUpperCase()) ?? null;
  }

  /** Creates the property, or sets the value of an existing one. */
  add(key: string, value: any): CustomPropertyApi {
    let created: CustomPropertyModel | null = null;
    this.queue("add", [key, value], () => {
      if (typeof key !== "string" || key === "") throw excelError("InvalidArgument", "A custom property needs a key.");
      const property = makeProperty(this.context, key, value);
      const existing = this.find(property.key);
      if (existing) Object.assign(existing, { value: property.value, type: property.type });
      else this.context.model.customProperties.set(property.key.toUpperCase(), property);
      created = existing ?? property;
    });
    return new CustomPropertyApi(this.context, () => created);
  }
  getItem(key: string): CustomPropertyApi {
    return new CustomPropertyApi(this.context, () => this.find(key));
  }
  getItemOrNullObject(key: string): CustomPropertyApi {
    return new CustomPropertyApi(this.context, () => this.find(key), true);
  }
  getCount(): ClientResult<number> {
    return this.result("getCount", null, () => this.context.model.customProperties.size);
  }
  deleteAll(): void {
    this.queue("deleteAll", null, () => this.context.model.customProperties.clear());
  }
}

export class DocumentPropertiesApi extends ClientObject {
  readonly custom: CustomPropertyCollectionApi = new CustomPropertyCollectionApi(this.context);
  protected get typeName(): string {
    return "DocumentProperties";
  }
  protected override navigations(): Record<string, ClientObject> {
    return { custom: this.custom };
  }
}
