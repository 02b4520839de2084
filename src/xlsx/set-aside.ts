/**
 * A large sheet the plan does not need is "set aside": ExcelJS is given it with only its first rows, enough to know
 * that it holds no plan table and is not ours (sheetsNeededWhole), and `apply` puts its rows back as they were into
 * what ExcelJS writes (put-back.ts). Only what ExcelJS does not tie to cells can stay with it: a sheet with notes
 * (ExcelJS keeps a note on its cell) or elements with a namespace prefix is read whole.
 */
import { HEADER_SEARCH_ROWS } from "../core/header";
import { relationshipsOf, relsOf } from "./package-xml";

const SHEET_DATA = Buffer.from("<sheetData");
const SHEET_DATA_END = Buffer.from("</sheetData>");
const ROW = Buffer.from("<row");
const ROW_END = Buffer.from("</row>");
/** What only a cell holding something has: a value, an inline string or a formula. */
const HOLDING = ["<v>", "<v ", "<is>", "<f>", "<f "].map((tag) => Buffer.from(tag));
const GT = 0x3e;
export const DATA_VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;
const SLASH = 0x2f;

/**
 * The worksheet with its rows down to HEADER_SEARCH_ROWS below the first that holds something (findHeader looks no
 * further) and without its data validations, or null when it cannot be set aside: no plain `<sheetData>…</sheetData>`, or a row that does not say
 * its number.
 */
export function topRowsOf(worksheet: Buffer): Buffer | null {
  const open = worksheet.indexOf(SHEET_DATA);
  if (open < 0) return null;
  const openEnd = worksheet.indexOf(GT, open);
  const close = worksheet.indexOf(SHEET_DATA_END, openEnd);
  if (close < 0) return null;
  let first: number | null = null;
  let cut = openEnd + 1;
  for (let at = worksheet.indexOf(ROW, cut); at >= 0 && at < close; at = worksheet.indexOf(ROW, cut)) {
    const tagEnd = worksheet.indexOf(GT, at);
    const selfClosing = worksheet[tagEnd - 1] === SLASH;
    const end = selfClosing ? tagEnd + 1 : worksheet.indexOf(ROW_END, tagEnd) + ROW_END.length;
    const number = /\sr\s*=\s*["'](\d+)["']/.exec(worksheet.toString("latin1", at, tagEnd + 1));
    if (!number || end < tagEnd) return null;
    const row = Number(number[1]);
    const cells = worksheet.subarray(tagEnd, end);
    if (first === null && !selfClosing && HOLDING.some((tag) => cells.includes(tag))) first = row;
    if (first !== null && row > first + HEADER_SEARCH_ROWS) break;
    cut = end;
  }
  // ExcelJS lists a validation once for every cell of its ranges (a whole column: a million): apply puts it back.
  const rest = worksheet.toString("utf8", close).replace(DATA_VALIDATIONS, "");
  return Buffer.concat([worksheet.subarray(0, cut), Buffer.from(rest, "utf8")]);
}

const COMMENTS = /\/comments$/;

/** Whether the sheet's relationships give it notes, which ExcelJS would keep only on the cells it read. */
export function hasNotes(part: string, read: (name: string) => string | undefined): boolean {
  const rels = read(relsOf(part));
  return rels !== undefined && relationshipsOf(rels).some((r) => COMMENTS.test(r.type));
}
