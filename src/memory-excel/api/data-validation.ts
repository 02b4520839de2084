/**
 * Excel.DataValidation (ExcelApi 1.8) of a range: the list and date rules, the error alert, clear(). Checked as
 * strictly as Excel documents it: one kind of rule, a known operator with its operands, a list source Excel keeps
 * (at most 255 characters), and no rule over part of another (Excel refuses to set a rule where the range holds
 * several; see learn.microsoft.com/javascript/api/excel/excel.datavalidation).
 */
import { contains, intersect } from "../address";
import { excelError } from "../excel-api-error";
import type { DataValidationAlert, DataValidationModel } from "../model/sheet";
import { ClientObject } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { RangeApi } from "./range";
import { assertEditable } from "./range-target";

/** The rule's kinds as the rule object names them, and the type Office.js reports for each. */
const RULE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];
/** Excel keeps at most 255 characters of a list typed as its source. */
const MAX_LIST_SOURCE = 255;
const NO_ALERT: DataValidationAlert = { message: "", showAlert: true, style: "Stop", title: "" };

function checkedRule(rule: unknown): { type: string; rule: Record<string, unknown> } {
  const kinds = rule && typeof rule === "object" ? Object.keys(rule) : [];
  if (kinds.length !== 1 || !(kinds[0] in RULE_TYPES))
    throw excelError("InvalidArgument", "A data validation rule names exactly one kind of rule.");
  const kind = kinds[0];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "list") {
    const source = body?.source;
    if (typeof source !== "string" || source.trim() === "" || source.length > MAX_LIST_SOURCE)
      throw excelError("InvalidArgument", "A list's source must be 1 to 255 characters.");
  } else if (kind !== "custom") {
    const operator = String(body?.operator ?? "");
    if (!OPERATORS.includes(operator)) throw excelError("InvalidArgument", `Unknown operator '${operator}'.`);
    if (body.formula1 === undefined || (operator.endsWith("Between") && body.formula2 === undefined))
      throw excelError("InvalidArgument", "The operator's operands are missing.");
    if (kind === "date" && typeof body.formula1 === "string" && !body.formula1.startsWith("="))
      if (Number.isNaN(Date.parse(body.formula1)))
        throw excelError("InvalidArgument", `'${body.formula1}' is no ISO 8601 date.`);
  }
  return { type: RULE_TYPES[kind], rule: { [kind]: { ...body } } };
}

export class DataValidationApi extends ClientObject {
  constructor(readonly range: RangeApi) {
    super(range.context);
  }

  /** @internal The one validation covering the whole range, "None" where there is none, else "Inconsistent". */
  current(): DataValidationModel | "None" | "Inconsistent" {
    const { sheet, rect } = this.range.target();
    const touching = sheet.dataValidations.filter((v) => intersect(v.rect, rect) !== null);
    if (touching.length === 0) return "None";
    return touching.length === 1 && contains(touching[0].rect, rect) ? touching[0] : "Inconsistent";
  }

  clear(): void {
    this.queue("clear", null, () => {
      const { sheet, rect } = this.range.target();
      assertEditable(sheet);
      if (sheet.dataValidations.some((v) => intersect(v.rect, rect) !== null && !contains(rect, v.rect)))
        throw excelError("InvalidOperation", "Clearing part of a data validation is not modelled.");
      sheet.dataValidations = sheet.dataValidations.filter((v) => intersect(v.rect, rect) === null);
    });
  }
}

/** What the range's one validation says, or `otherwise` where there is none or several. */
const ofCurrent =
  <T>(read: (v: DataValidationModel) => T, otherwise: T) =>
  (validation: DataValidationApi) => {
    const v = validation.current();
    return typeof v === "string" ? otherwise : read(v);
  };

function writeRule({ range }: DataValidationApi, rule: Record<string, unknown>): void {
  const { sheet, rect } = range.target();
  assertEditable(sheet);
  const checked = checkedRule(rule);
  const others = sheet.dataValidations.filter((v) => intersect(v.rect, rect) !== null);
  if (others.some((v) => !contains(rect, v.rect)))
    throw excelError("InvalidOperation", "The range holds part of another data validation; clear it first.");
  sheet.dataValidations = [
    ...sheet.dataValidations.filter((v) => !others.includes(v)),
    { rect, ...checked, errorAlert: NO_ALERT },
  ];
}

function writeErrorAlert(validation: DataValidationApi, alert: Partial<DataValidationAlert>): void {
  const v = validation.current();
  if (typeof v === "string") throw excelError("InvalidOperation", "The range has no data validation to alert on.");
  const style = alert.style ?? v.errorAlert.style;
  if (!ALERT_STYLES.includes(style)) throw excelError("InvalidArgument", `Unknown alert style '${style}'.`);
  v.errorAlert = { ...v.errorAlert, ...alert, style };
}

defineExcelClass(DataValidationApi, {
  name: "DataValidation",
  since: "1.8",
  properties: {
    type: {
      since: "1.8",
      read: (validation) => {
        const v = validation.current();
        return typeof v === "string" ? v : v.type;
      },
    },
    rule: { since: "1.8", read: ofCurrent((v) => v.rule, {}), write: writeRule },
    errorAlert: { since: "1.8", read: ofCurrent((v) => v.errorAlert, NO_ALERT), write: writeErrorAlert },
  },
  methods: { clear: "1.8" },
});
