/** Excel.ConditionalFormatCollection and ConditionalFormat (CellValue and Custom rules are modelled; other types are stored). */
import { intersect } from "../address";
import { excelError } from "../excel-api-error";
import type { ConditionalFormatLook, ConditionalFormatModel, ConditionalFormatRule, SheetModel } from "../model/sheet";
import {
  ClientObject,
  CollectionObject,
  TargetObject,
  type ClientResult,
  type ScalarReaders,
} from "../proxy/client-object";
import { colorOrThrow } from "./range-format";
import { RangeApi } from "./range";
import { assertEditable } from "./range-target";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

/** Base for the parts of a conditional format: they act on the format found by the owner. */
abstract class CfPart extends ClientObject {
  constructor(protected readonly owner: ConditionalFormatApi) {
    super(owner.context);
  }
  /** @internal The conditional format, after checking its sheet can be changed. */
  editable(): ConditionalFormatModel {
    const { sheet, cf } = this.owner.target();
    assertEditable(sheet);
    return cf;
  }
}

export class ConditionalRangeFillApi extends CfPart {
  protected get typeName(): string {
    return "ConditionalRangeFill";
  }
  protected override scalars(): ScalarReaders {
    return { color: () => this.owner.target().cf.look.fill };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("color", color, () => {
      this.editable().look.fill = colorOrThrow(color);
    });
  }
  clear(): void {
    this.queue("clear", null, () => {
      this.editable().look.fill = null;
    });
  }
}

export class ConditionalRangeFontApi extends CfPart {
  protected get typeName(): string {
    return "ConditionalRangeFont";
  }
  protected override scalars(): ScalarReaders {
    const look = () => this.owner.target().cf.look;
    return { color: () => look().fontColor, bold: () => look().bold, italic: () => look().italic };
  }
  private writeLook<K extends keyof ConditionalFormatLook>(
    key: K,
    name: string,
    value: ConditionalFormatLook[K],
    check: () => ConditionalFormatLook[K],
  ) {
    this.write(name, value, () => {
      this.editable().look[key] = check();
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.writeLook("fontColor", "color", color, () => colorOrThrow(color));
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.writeLook("bold", "bold", bold, () => Boolean(bold));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.writeLook("italic", "italic", italic, () => Boolean(italic));
  }
}

export class ConditionalRangeFormatApi extends CfPart {
  readonly fill: ConditionalRangeFillApi = new ConditionalRangeFillApi(this.owner);
  readonly font: ConditionalRangeFontApi = new ConditionalRangeFontApi(this.owner);
  protected get typeName(): string {
    return "ConditionalRangeFormat";
  }
  protected override navigations(): Record<string, ClientObject> {
    return { fill: this.fill, font: this.font };
  }
}

/** cellValue / custom: valid only for a conditional format of that type, as in Excel. */
abstract class TypedRulePart extends CfPart {
  readonly format: ConditionalRangeFormatApi = new ConditionalRangeFormatApi(this.owner);
  protected abstract get ruleType(): string;
  protected typed(): ConditionalFormatModel {
    const { cf } = this.owner.target();
    if (cf.type !== this.ruleType) throw excelError("InvalidArgument", `The conditional format is of type ${cf.type}.`);
    return cf;
  }
  protected override navigations(): Record<string, ClientObject> {
    return { format: this.format };
  }
}

export class CellValueConditionalFormatApi extends TypedRulePart {
  protected get typeName(): string {
    return "CellValueConditionalFormat";
  }
  protected get ruleType(): string {
    return "CellValue";
  }
  protected override scalars(): ScalarReaders {
    return { rule: () => ({ ...this.typed().rule }) };
  }
  get rule(): ConditionalFormatRule {
    return this.read("rule");
  }
  set rule(rule: ConditionalFormatRule) {
    this.write("rule", rule, () => {
      const cf = this.typed();
      this.editable();
      if (!rule || rule.formula1 === undefined || rule.formula1 === "" || !OPERATORS.includes(String(rule.operator))) {
        throw excelError("InvalidArgument", "A cell value rule needs formula1 and a valid operator.");
      }
      const between = rule.operator === "Between" || rule.operator === "NotBetween";
      if (between && (rule.formula2 === undefined || rule.formula2 === ""))
        throw excelError("InvalidArgument", "Between needs formula2.");
      cf.rule = {
        formula1: String(rule.formula1),
        formula2: rule.formula2 === undefined ? undefined : String(rule.formula2),
        operator: rule.operator,
      };
    });
  }
}

export class ConditionalFormatRuleApi extends CfPart {
  protected get typeName(): string {
    return "ConditionalFormatRule";
  }
  protected override scalars(): ScalarReaders {
    return { formula: () => this.owner.target().cf.rule.formula ?? "" };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.write("formula", formula, () => {
      if (typeof formula !== "string" || formula === "")
        throw excelError("InvalidArgument", "A custom rule needs a formula.");
      this.editable().rule = { formula };
    });
  }
}

export class CustomConditionalFormatApi extends TypedRulePart {
  readonly rule: ConditionalFormatRuleApi = new ConditionalFormatRuleApi(this.owner);
  protected get typeName(): string {
    return "CustomConditionalFormat";
  }
  protected get ruleType(): string {
    return "Custom";
  }
  protected override navigations(): Record<string, ClientObject> {
    return { format: this.format, rule: this.rule };
  }
}

/** customOrNullObject: a null object, not an error, when the format is of another type. */
export class NullableCustomConditionalFormatApi extends CustomConditionalFormatApi {
  override get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  override isNullAtSync(): boolean {
    return this.owner.target().cf.type !== this.ruleType;
  }
  override applyLoad(paths: Parameters<ClientObject["applyLoad"]>[0]): void {
    this.context.recordLoad(this, "isNullObject", this.isNullAtSync());
    super.applyLoad(paths);
  }
}

export class ConditionalFormatApi extends TargetObject<CfTarget> {
  readonly cellValue: CellValueConditionalFormatApi = new CellValueConditionalFormatApi(this);
  readonly custom: CustomConditionalFormatApi = new CustomConditionalFormatApi(this);
  readonly customOrNullObject: NullableCustomConditionalFormatApi = new NullableCustomConditionalFormatApi(this);

  protected get typeName(): string {
    return "ConditionalFormat";
  }
  protected override exists(t: CfTarget): boolean {
    return this.context.model.sheets.includes(t.sheet) && t.sheet.conditionalFormats.includes(t.cf);
  }
  protected override scalars(): ScalarReaders {
    return {
      id: () => this.target().cf.id,
      type: () => this.target().cf.type,
      priority: () => this.target().sheet.conditionalFormats.indexOf(this.target().cf),
      stopIfTrue: () => this.target().cf.stopIfTrue,
    };
  }
  protected override navigations(): Record<string, ClientObject> {
    return { cellValue: this.cellValue, custom: this.custom, customOrNullObject: this.customOrNullObject };
  }
  private editable(): CfTarget {
    const t = this.target();
    assertEditable(t.sheet);
    return t;
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  /** Priority 0 is evaluated first; the others move to make room. */
  set priority(priority: number) {
    this.write("priority", priority, () => {
      const { sheet, cf } = this.editable();
      const list = sheet.conditionalFormats.filter((x) => x !== cf);
      list.splice(Math.max(0, Math.min(Math.trunc(priority), list.length)), 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    this.write("stopIfTrue", stop, () => {
      this.editable().cf.stopIfTrue = Boolean(stop);
    });
  }
  getRange(): RangeApi {
    return new RangeApi(this.context, () => ({ sheet: this.target().sheet, rect: this.target().cf.rect }));
  }
  delete(): void {
    this.queue("delete", null, () => {
      const { sheet, cf } = this.editable();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

/** The conditional formats that apply to any cell of a range. */
export class ConditionalFormatCollectionApi extends CollectionObject<ConditionalFormatModel, ConditionalFormatApi> {
  constructor(private readonly range: RangeApi) {
    super(range.context);
  }
  protected get typeName(): string {
    return "ConditionalFormatCollection";
  }
  protected currentItems(): ConditionalFormatModel[] {
    const { sheet, rect } = this.range.target();
    return sheet.conditionalFormats.filter((cf) => intersect(cf.rect, rect) !== null);
  }
  protected itemProxy(cf: ConditionalFormatModel): ConditionalFormatApi {
    const { sheet } = this.range.target();
    return new ConditionalFormatApi(this.context, () => ({ sheet, cf }));
  }

  /** A new conditional format on the range, with the highest priority (0). */
  add(type: string): ConditionalFormatApi {
    let created: CfTarget | null = null;
    this.queue("add", [type], () => {
      if (!TYPES.includes(type)) throw excelError("InvalidArgument", `Invalid conditional format type '${type}'.`);
      const { sheet, rect } = this.range.editableTarget();
      const cf: ConditionalFormatModel = {
        id: this.context.model.nextObjectId(),
        type,
        rect,
        stopIfTrue: false,
        rule: {},
        look: { fill: null, fontColor: null, bold: null, italic: null },
      };
      sheet.conditionalFormats = [cf, ...sheet.conditionalFormats];
      created = { sheet, cf };
    });
    return new ConditionalFormatApi(this.context, () => created);
  }

  getCount(): ClientResult<number> {
    return this.result("getCount", null, () => this.currentItems().length);
  }

  getItemAt(index: number): ConditionalFormatApi {
    return new ConditionalFormatApi(this.context, () => {
      const cf = this.currentItems()[index];
      if (!cf) throw excelError("InvalidArgument", `No conditional format at index ${index}.`);
      return { sheet: this.range.target().sheet, cf };
    });
  }

  /** Removes every conditional format touching the range (Excel would trim the ones that extend beyond it). */
  clearAll(): void {
    this.queue("clearAll", null, () => {
      const { sheet, rect } = this.range.editableTarget();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => intersect(cf.rect, rect) === null);
    });
  }
}
