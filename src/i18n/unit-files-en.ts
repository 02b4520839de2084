/** Collect's report and the unit-files view, in English (see unit-files-messages.ts). */
import type { UnitFilesMessages } from "./unit-files-messages";

export const enUnitFiles: UnitFilesMessages = {
  report: {
    skipped: (file, reason) => `Skipped "${file}": ${reason}.`,
    reasons: {
      otherPlan: "it belongs to another plan",
      unitNotInPlan: (unit) => `the plan no longer assigns any criterion to "${unit}"`,
      noUnitSheet: (unit) => `the plan file has no assignment sheet for "${unit}" yet (run apply first)`,
      sheetMissing: (unit, sheet) => `the file no longer holds ${unit}'s assignment sheet "${sheet}"`,
      unrecognised: "it is no unit file, and holds none of the plan's assignment sheets",
      notFound: "file not found",
      legacyXls: "an .xls file (Excel 97-2003); open it in Excel, save it as .xlsx and try again",
      csv: "a .csv file cannot hold the assignment sheet; send back the .xlsx file that was sent",
      notXlsx: "not an Excel workbook (.xlsx)",
      encrypted: "the file is password-protected; open it in Excel, remove the password and try again",
      damaged: "the file cannot be read; it may be damaged",
      tooLarge: "the file holds too many cells for par-index to read",
      isMaster: "this is the plan file itself, not a file a unit sent back",
      superseded: (unit, by) => `"${by}", from the same ${unit}, comes later and is taken instead`,
    },
    conflict: (unit, code, column, kept, theirs) =>
      `Conflict: ${unit}, criterion ${code}, column "${column}": kept "${kept}" from the plan file; the unit file says "${theirs}".`,
    outside: (file, cell, code) =>
      `Not taken: cell ${cell} of "${file}"${code === null ? "" : ` (criterion ${code})`} is outside the progress columns.`,
    strayCode: (file, code, inPlan) =>
      `Not taken: criterion ${code} of "${file}" ${inPlan ? "is no longer assigned to this unit" : "is no longer in the plan"}.`,
    empty: "(empty)",
  },
  pane: {
    intro:
      "Send each unit a file holding only its assignment sheet; when units send theirs back, receive them to take what each unit filled in into its assignment sheet.",
    send: {
      title: "Send to units",
      make: "Make the files for units",
      making: "Making the files…",
      why: "Downloads one .zip holding one .xlsx per unit, named after its assignment sheet: one download, and Windows opens .zip files without other software (right-click, Extract All).",
      open: "Open each file in Excel",
      opened: (n) => `Opened ${n} files in Excel: save each and send it to its unit.`,
      downloaded: (file, n) => `Downloaded "${file}" (${n} files).`,
      noOpen:
        "This version of Excel cannot open new files from an add-in (Excel 2021, Microsoft 365 or Excel on the web can). If the download does not work either, save the workbook and run: par-index split PLAN.xlsx -d FOLDER",
      zipName: (plan) => `Files for units - ${plan}.zip`,
    },
    receive: {
      title: "Receive files from units",
      choose: "Choose the files units sent back (.xlsx)",
      reading: "Reading the files…",
      taken: (file, unit, cells) => `"${file}" (${unit}): will take ${cells} cells.`,
      cell: (sheet, cell, value) => `${sheet}!${cell}: ${value}`,
      none: "No cell to take.",
      notTakenTitle: (n) => `Not taken (${n}):`,
      apply: (cells) => `Write ${cells} cells into the assignment sheets`,
      applied: (cells) => `Wrote ${cells} cells into the assignment sheets.`,
      restore: "Restore",
      restoreHint: "Puts the cells taken from unit files back as they were before.",
      restored: "The cells taken from unit files are back as they were.",
    },
    needsAssignments: "No assignment sheets yet: make them on the Actions tab first.",
    failed: "That did not work; the workbook is unchanged. Try again.",
  },
};
