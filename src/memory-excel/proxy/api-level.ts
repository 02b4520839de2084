/**
 * ExcelApi requirement-set levels ("1.7"): what an Excel supports, and since when each member of the API exists.
 * Excel refuses a member above its level only when the request reaches it, at context.sync(), with the code
 * ApiNotFound ("The API you are trying to use could not be found. It may be available in a newer version of Excel",
 * as Excel's REST twin answers it, microsoftgraph/microsoft-graph-docs-contrib#3425); Office.js's strings name the
 * member and its set ("The method or property {0} is part of the {1} requirement set, which is not available in your
 * version of {2}", L_ApiNotFoundDetails in office_strings.js).
 */
import { ExcelApiError } from "../excel-api-error";

export type ApiLevel = `1.${number}`;

/** The level an Excel has unless told otherwise: Excel LTSC 2024's, the newest a supported user may have. */
export const DEFAULT_API_LEVEL: ApiLevel = "1.17";

/** "1.10" > "1.9": requirement-set versions compare part by part. */
export function levelAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Throws ApiNotFound when `member` (as "Range.getMergedAreasOrNullObject") came after the Excel's level. */
export function requireLevel(have: string, since: ApiLevel, member: string): void {
  if (levelAtLeast(have, since)) return;
  throw new ExcelApiError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. ` +
      `The method or property ${member} is part of the ExcelApi ${since} requirement set, which is not available ` +
      `in your version of Excel (ExcelApi ${have}).`,
    member,
  );
}
