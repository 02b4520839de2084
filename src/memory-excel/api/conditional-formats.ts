/** Excel.ConditionalFormatCollection and ConditionalFormat (CellValue and Custom rules are modelled; other types are stored). */
import { intersect, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { ConditionalFormatLook, ConditionalFormatModel, ConditionalFormatRule, SheetModel } from "../model/sheet";
import { ClientObject, CollectionObject, TargetObject, type ClientResult } from "../proxy/client-object";
import { defineExcelClass, type PropertyMember } from "../proxy/members";
import { colorOrThrow } from "./range-format";
import { RangeApi } from "./range";
import { RangeAreasApi } from "./range-areas";
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
  constructor(readonly owner: ConditionalFormatApi) {
    super(owner.context);
  }
  /** @internal The conditional format, after checking its sheet can be changed. */
  editable(): ConditionalFormatModel {
    const { sheet, cf } = this.owner.target();
    assertEditable(sheet);
    return cf;
  }
  /** @internal */
  look(): ConditionalFormatLook {
    return this.owner.target().cf.look;
  }
}

/** A part of the format's look (its fill colour, its font's boldness...), checked by `check` when written. */
function lookProperty<K extends keyof ConditionalFormatLook>(
  key: K,
  check: (value: any) => ConditionalFormatLook[K],
): PropertyMember<CfPart> {
  return {
    since: "1.6",
    read: (part) => part.look()[key],
    write: (part, value) => {
      part.editable().look[key] = check(value);
    },
  };
}

export class ConditionalRangeFillApi extends CfPart {
  clear(): void {
    this.queue("clear", null, () => {
      this.editable().look.fill = null;
    });
  }
}

defineExcelClass(ConditionalRangeFillApi, {
  name: "ConditionalRangeFill",
  since: "1.6",
  properties: { color: lookProperty("fill", colorOrThrow) },
  methods: { clear: "1.6" },
});

export class ConditionalRangeFontApi extends CfPart {}

defineExcelClass(ConditionalRangeFontApi, {
  name: "ConditionalRangeFont",
  since: "1.6",
  properties: {
    color: lookProperty("fontColor", colorOrThrow),
    bold: lookProperty("bold", Boolean),
    italic: lookProperty("italic", Boolean),
  },
});

export class ConditionalRangeFormatApi extends CfPart {
  readonly fill: ConditionalRangeFillApi = new ConditionalRangeFillApi(this.owner);
  readonly font: ConditionalRangeFontApi = new ConditionalRangeFontApi(this.owner);
}

defineExcelClass(ConditionalRangeFormatApi, {
  name: "ConditionalRangeFormat",
  since: "1.6",
  navigations: { fill: "1.6", font: "1.6" },
});

/** cellValue / custom: valid only for a conditional format of that type, as in Excel. */
abstract class TypedRulePart extends CfPart {
  readonly format: ConditionalRangeFormatApi = new ConditionalRangeFormatApi(this.owner);
  protected abstract get ruleType(): string;
  /** @internal */
  typed(): ConditionalFormatModel {
    const { cf } = this.owner.target();
    if (cf.type !== this.ruleType) throw excelError("InvalidArgument", `The conditional format is of type ${cf.type}.`);
    return cf;
  }
}

export class CellValueConditionalFormatApi extends TypedRulePart {
  protected get ruleType(): string {
    return "CellValue";
  }
}

function writeCellValueRule(part: CellValueConditionalFormatApi, rule: ConditionalFormatRule): void {
  const cf = part.typed();
  part.editable();
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
}

defineExcelClass(CellValueConditionalFormatApi, {
  name: "CellValueConditionalFormat",
  since: "1.6",
  properties: { rule: { since: "1.6", read: (part) => ({ ...part.typed().rule }), write: writeCellValueRule } },
  navigations: { format: "1.6" },
});

export class ConditionalFormatRuleApi extends CfPart {}

defineExcelClass(ConditionalFormatRuleApi, {
  name: "ConditionalFormatRule",
  since: "1.6",
  properties: {
    formula: {
      since: "1.6",
      read: (part) => part.owner.target().cf.rule.formula ?? "",
      write: (part, formula: string) => {
        if (typeof formula !== "string" || formula === "")
          throw excelError("InvalidArgument", "A custom rule needs a formula.");
        part.editable().rule = { formula };
      },
    },
  },
});

export class CustomConditionalFormatApi extends TypedRulePart {
  readonly rule: ConditionalFormatRuleApi = new ConditionalFormatRuleApi(this.owner);
  protected get ruleType(): string {
    return "Custom";
  }
}

defineExcelClass(CustomConditionalFormatApi, {
  name: "CustomConditionalFormat",
  since: "1.6",
  navigations: { format: "1.6", rule: "1.6" },
});

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

  protected override exists(t: CfTarget): boolean {
    return this.context.model.sheets.includes(t.sheet) && t.sheet.conditionalFormats.includes(t.cf);
  }
  /** @internal */
  editable(): CfTarget {
    const t = this.target();
    assertEditable(t.sheet);
    return t;
  }
  /**
   * Where the format applies as it stands at the sync that uses the range (Excel moves it with inserted rows). A
   * format applying to several areas has no one range: getRange throws then, getRangeOrNullObject gives a null
   * object, getRanges (ExcelApi 1.9) gives them all (Office.js reference, ConditionalFormat). The reference does not
   * name getRange's error: InvalidOperation here, as for an operation the object does not allow.
   */
  getRange(): RangeApi {
    return new RangeApi(
      this.context,
      this.since("getRange", () => {
        const range = this.oneArea();
        if (!range) throw excelError("InvalidOperation", "The conditional format applies to several areas.");
        return range;
      }),
    );
  }
  getRangeOrNullObject(): RangeApi {
    return new RangeApi(
      this.context,
      this.since("getRangeOrNullObject", () => this.oneArea()),
      true,
    );
  }
  getRanges(): RangeAreasApi {
    return new RangeAreasApi(
      this.context,
      this.since("getRanges", () => {
        const { sheet, cf } = this.target();
        return { sheet, rects: cf.areas };
      }),
    );
  }
  private oneArea() {
    const { sheet, cf } = this.target();
    return cf.areas.length === 1 ? { sheet, rect: cf.areas[0] } : null;
  }
  delete(): void {
    this.queue("delete", null, () => {
      const { sheet, cf } = this.editable();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

defineExcelClass(ConditionalFormatApi, {
  name: "ConditionalFormat",
  since: "1.6",
  properties: {
    id: { since: "1.6", read: (format) => format.target().cf.id },
    type: { since: "1.6", read: (format) => format.target().cf.type },
    priority: {
      since: "1.6",
      read: (format) => format.target().sheet.conditionalFormats.indexOf(format.target().cf),
      /** Priority 0 is evaluated first; the others move to make room. */
      write: (format, priority: number) => {
        const { sheet, cf } = format.editable();
        const list = sheet.conditionalFormats.filter((x) => x !== cf);
        list.splice(Math.max(0, Math.min(Math.trunc(priority), list.length)), 0, cf);
        sheet.conditionalFormats = list;
      },
    },
    stopIfTrue: {
      since: "1.6",
      read: (format) => format.target().cf.stopIfTrue,
      write: (format, stop: boolean) => {
        format.editable().cf.stopIfTrue = Boolean(stop);
      },
    },
  },
  navigations: { cellValue: "1.6", custom: "1.6", customOrNullObject: "1.6" },
  methods: { getRange: "1.6", getRangeOrNullObject: "1.6", getRanges: "1.9", delete: "1.6" },
});

/** The cells a collection is of: a range's rectangle, or a RangeAreas' rectangles. */
export interface CollectionCells {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

const touches = (cf: ConditionalFormatModel, rects: readonly Rect[]) =>
  cf.areas.some((area) => rects.some((rect) => intersect(area, rect) !== null));

/** The conditional formats that apply to any cell of a range (or of a RangeAreas' areas, ExcelApi 1.9). */
export class ConditionalFormatCollectionApi extends CollectionObject<ConditionalFormatModel, ConditionalFormatApi> {
  /** `cells` finds them at sync time, after checking the sheet can be changed when `editing`. */
  constructor(
    owner: ClientObject,
    private readonly cells: (editing: boolean) => CollectionCells,
  ) {
    super(owner.context);
  }
  protected currentItems(): ConditionalFormatModel[] {
    const { sheet, rects } = this.cells(false);
    return sheet.conditionalFormats.filter((cf) => touches(cf, rects));
  }
  protected itemProxy(cf: ConditionalFormatModel): ConditionalFormatApi {
    const { sheet } = this.cells(false);
    return new ConditionalFormatApi(this.context, () => ({ sheet, cf }));
  }

  /** A new conditional format on the cells (one format over all the areas), with the highest priority (0). */
  add(type: string): ConditionalFormatApi {
    let created: CfTarget | null = null;
    this.queue("add", [type], () => {
      if (!TYPES.includes(type)) throw excelError("InvalidArgument", `Invalid conditional format type '${type}'.`);
      const { sheet, rects } = this.cells(true);
      const [first, ...rest] = rects;
      const cf: ConditionalFormatModel = {
        id: this.context.model.nextObjectId(),
        type,
        areas: [first, ...rest],
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
    return new ConditionalFormatApi(
      this.context,
      this.since("getItemAt", () => {
        const cf = this.currentItems()[index];
        if (!cf) throw excelError("InvalidArgument", `No conditional format at index ${index}.`);
        return { sheet: this.cells(false).sheet, cf };
      }),
    );
  }

  /** Removes every conditional format touching the cells (Excel would trim the ones that extend beyond them). */
  clearAll(): void {
    this.queue("clearAll", null, () => {
      const { sheet, rects } = this.cells(true);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !touches(cf, rects));
    });
  }
}

defineExcelClass(ConditionalFormatCollectionApi, {
  name: "ConditionalFormatCollection",
  since: "1.6",
  methods: { add: "1.6", getCount: "1.6", getItemAt: "1.6", clearAll: "1.6" },
});
