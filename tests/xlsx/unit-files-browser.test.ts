/**
 * The pane's unit-files chunk (src/xlsx/unit-files-browser.ts) without a browser: the .zip of the files sent, and a
 * returned file read as collect reads it or refused with collect's reason. Bytes in, bytes out.
 */
import ExcelJS from "exceljs";
import { strToU8, unzipSync } from "fflate";
import { EMPTY_STATE } from "../../src/core/edits";
import { unitFilesOf } from "../../src/core/unit-files";
import { readReturnedFile, unitFilesZip } from "../../src/xlsx/unit-files-browser";
import { J, tableOf, TWO_UNITS, U } from "../core/one-criterion";

/** Made from a workbook in the 1900 date system. */
const SENT = { language: "vi", planName: "KH", dateSystem: "1900" } as const;
const { plan } = tableOf(TWO_UNITS);
const files = unitFilesOf({ plan, state: EMPTY_STATE, contents: () => null, ...SENT });
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe("the files sent, as one .zip", () => {
  it("holds each unit's workbook, stored, named after its sheet, and each reads back as that unit's file", async () => {
    const bytes = await unitFilesZip(files);
    // The first entry's compression method (local header, offset 8): 0, stored, as an .xlsx is a zip already.
    expect([bytes[8], bytes[9]]).toEqual([0, 0]);
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toEqual(["P. Nội vụ.xlsx", "P. Tư pháp.xlsx"]);
    for (const [name, bytes] of Object.entries(zip)) {
      const read = await readReturnedFile(name, buffer(bytes));
      if (read.kind !== "read") throw new Error(`${name}: ${read.reason}`);
      expect(read.file).toBe(name);
      expect(read.workbook.sheets.map((s) => s.name)).toEqual([name.replace(/\.xlsx$/, "")]);
      expect(read.workbook.mark?.unit).toBe(name.startsWith("P. Nội vụ") ? U : J);
    }
  });
});

describe("a returned file", () => {
  it("that is no zip is refused as collect refuses it, told apart by its extension", async () => {
    const text = buffer(strToU8("STT;Tiêu chí\n1;Ban hành văn bản\n"));
    expect(await readReturnedFile("Nội vụ.csv", text)).toEqual({
      file: "Nội vụ.csv",
      kind: "unreadable",
      reason: "csv",
    });
    expect(await readReturnedFile("Nội vụ.xlsx", text)).toEqual({
      file: "Nội vụ.xlsx",
      kind: "unreadable",
      reason: "not-xlsx",
    });
  });

  it("that is cut short (a zip ExcelJS cannot open) is damaged", async () => {
    const whole = Object.values(unzipSync(await unitFilesZip(files)))[0];
    expect(await readReturnedFile("Nội vụ.xlsx", buffer(whole.subarray(0, whole.length >> 1)))).toEqual({
      file: "Nội vụ.xlsx",
      kind: "unreadable",
      reason: "damaged",
    });
  });

  it("that is a workbook without a sheet is no unit's file", async () => {
    const empty = new Uint8Array((await new ExcelJS.Workbook().xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readReturnedFile("Nội vụ.xlsx", buffer(empty))).toEqual({
      file: "Nội vụ.xlsx",
      kind: "unreadable",
      reason: "not-xlsx",
    });
  });
});
