/**
 * The top of a large sheet that ExcelJS is given (src/xlsx/set-aside.ts): down to HEADER_SEARCH_ROWS below the first
 * row that holds something, however far down that is, and nothing when the XML cannot be cut where a row ends.
 */
import { HEADER_SEARCH_ROWS } from "../../src/core/header";
import { topRowsOf } from "../../src/xlsx/set-aside";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const MERGES = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
/** A check on a whole column: ExcelJS would list it for each of its million cells. */
const VALIDATIONS =
  '<dataValidations count="1"><dataValidation type="whole" sqref="A2:A1048576"><formula1>0</formula1></dataValidation></dataValidations>';
const TAIL = `${MERGES}${VALIDATIONS}</worksheet>`;
const sheet = (rows: string) => Buffer.from(`${ROOT}<dimension ref="A1:B2000"/><sheetData>${rows}</sheetData>${TAIL}`);
const rowsOf = (xml: Buffer | null) =>
  [...(xml?.toString() ?? "").matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const valueRow = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}"><f>A${r}*2</f></c></row>`;
/** A formatted row that holds nothing: a data export's styled blank rows. */
const blankRow = (r: number) => `<row r="${r}" s="3" customFormat="1"><c r="A${r}" s="3"/></row>`;

describe("the top of a large sheet", () => {
  it("ends HEADER_SEARCH_ROWS below its first row, keeping what follows the rows but the data validations", () => {
    const top = topRowsOf(sheet(range(1, 2000).map(valueRow).join("")));
    expect(rowsOf(top)).toEqual(range(1, 1 + HEADER_SEARCH_ROWS));
    expect(top!.toString().endsWith(`</row></sheetData>${MERGES}</worksheet>`)).toBe(true);
    expect(top!.toString().startsWith(`${ROOT}<dimension ref="A1:B2000"/><sheetData><row r="1">`)).toBe(true);
  });

  it("counts from the first row that holds something, past blank rows and gaps", () => {
    const rows = [
      ...range(1, 499).map(blankRow),
      ...range(900, 1400)
        .filter((r) => r % 2 === 0)
        .map(valueRow),
    ];
    expect(rowsOf(topRowsOf(sheet(rows.join(""))))).toEqual([
      ...range(1, 499),
      ...range(900, 900 + HEADER_SEARCH_ROWS).filter((r) => r % 2 === 0),
    ]);
  });

  it("steps over self-closed rows, which hold nothing", () => {
    const closed = (r: number) => `<row r="${r}" s="3" customFormat="1"/>`;
    const rows = [...range(1, 300).map(closed), ...range(301, 600).map(valueRow), closed(601)];
    expect(rowsOf(topRowsOf(sheet(rows.join(""))))).toEqual(range(1, 301 + HEADER_SEARCH_ROWS));
  });

  it("reads a row's number however XML allows it to be written", () => {
    const spaced = (r: number) => `<row spans="1:2" r = '${r}'><c r="A${r}"><v>${r}</v></c></row>`;
    const rows = range(1, 600).map(spaced).join("");
    expect(topRowsOf(sheet(rows))!.toString()).toContain(`${spaced(1 + HEADER_SEARCH_ROWS)}</sheetData>`);
  });

  it("is the whole sheet but its data validations when it is shorter, or has no rows", () => {
    const xml = sheet(range(1, 40).map(valueRow).join(""));
    expect(topRowsOf(xml)!.toString()).toBe(xml.toString().replace(VALIDATIONS, ""));
    expect(topRowsOf(sheet(""))!.toString()).toBe(sheet("").toString().replace(VALIDATIONS, ""));
  });

  it("stops at the end of the rows, before the page breaks that follow them", () => {
    const breaks = '<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>';
    const xml = Buffer.from(
      sheet(range(1, 40).map(valueRow).join("")).toString().replace("</worksheet>", `${breaks}</worksheet>`),
    );
    expect(topRowsOf(xml)!.toString()).toBe(xml.toString().replace(VALIDATIONS, ""));
  });

  it("cannot be cut from rows that do not say their number, or from prefixed elements", () => {
    expect(topRowsOf(sheet(`${valueRow(1)}<row><c><v>1</v></c></row>`))).toBeNull();
    expect(topRowsOf(sheet(`${valueRow(1)}<row r="2"><c r="A2"><v>1</v></c>`))).toBeNull();
    expect(topRowsOf(Buffer.from(`${ROOT}<sheetData/>${TAIL}`))).toBeNull();
    expect(topRowsOf(Buffer.from(`<x:worksheet><x:sheetData>${valueRow(1)}</x:sheetData></x:worksheet>`))).toBeNull();
  });
});
