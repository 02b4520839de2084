/** Excel's rules for worksheet names. */
import { excelError } from "../excel-api-error";

const FORBIDDEN = /[\\/?*[\]:]/;

/** Throws InvalidArgument for a name Excel refuses. */
export function assertValidSheetName(name: string): void {
  const bad =
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (bad) throw excelError("InvalidArgument", `Invalid worksheet name '${name}'.`);
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
