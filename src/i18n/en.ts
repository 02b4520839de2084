import type { Messages } from "./messages";

const LEVELS = ["Domain", "Criterion", "Sub-criterion"];

export const en: Messages = {
  decimalSeparator: ".",
  levelName: (level) => LEVELS[Math.min(level, LEVELS.length) - 1],
  fieldName: (field, year) =>
    ({
      max: "maximum",
      score: year ? `${year} score` : "last year's score",
      target: year ? `${year} target` : "target",
    })[field],
  totalRow: "Total row",
  severity: { error: "Error", warning: "Check", info: "Note" },
  issues: {
    "subtotal-mismatch": (c) =>
      `${c.where}: ${c.field} is stated as ${c.num(c.params.stated)} but its criteria add up to ${c.num(c.params.computed)}`,
    "subtotal-rounding": (c) =>
      `${c.where}: ${c.field} is stated as ${c.num(c.params.stated)}, its criteria add up to ${c.num(c.params.computed)} (rounding only)`,
    "total-mismatch": (c) =>
      `${c.where}: ${c.field} is stated as ${c.num(c.params.stated)} but the criteria add up to ${c.num(c.params.computed)}`,
    "total-rounding": (c) =>
      `${c.where}: ${c.field} is stated as ${c.num(c.params.stated)}, the criteria add up to ${c.num(c.params.computed)} (rounding only)`,
    "score-above-max": (c) =>
      `${c.where}: ${c.field} is ${c.num(c.params.value)}, above the maximum ${c.num(c.params.max)}`,
    "target-above-max": (c) =>
      `${c.where}: ${c.field} is ${c.num(c.params.value)}, above the maximum ${c.num(c.params.max)}`,
    "target-below-score": (c) =>
      `${c.where}: ${c.field} (${c.num(c.params.value)}) is below the score already reached (${c.num(c.params.score)})`,
    "duplicate-code": (c) => `${c.where}: number ${c.params.code} is used again (first on row ${c.params.firstRow})`,
    orphan: (c) => `${c.where}: its parent ${c.params.parent} is not in the table`,
    "missing-lead": (c) => `${c.where}: no lead unit`,
    "date-as-score": (c) =>
      `${c.where}: the ${c.field} cell holds a date (Excel converted the number when pasting); type the points again`,
    "unreadable-number": (c) => `${c.where}: cannot read the ${c.field} "${c.params.text}"`,
    "missing-value": (c) => `${c.where}: no ${c.field}`,
    "guessed-number": (c) =>
      `${c.where}: ${c.field} "${c.params.text}" was read as ${c.num(c.params.value)}; please check`,
    "missing-total": () => "The table has no total row; the total is computed from the criteria",
    "hidden-row": (c) => `${c.where}: row ${c.params.row} is hidden`,
  },
  notices: {
    cell: (what, cell) => (what ? `${what} (cell ${cell})` : `Cell ${cell}`),
    onSheet: (sheet, cell) => `Sheet "${sheet}", cell ${cell}`,
    merged: (where, area) =>
      `${where}: no subtotal formula written, the merged cells ${area} are in the way (Excel keeps only the first cell of a merge); the cell is left as it is. To have a formula there, unmerge the cells and run again`,
    circular: (where, cell, formula) =>
      `${where}: no subtotal formula written, cell ${cell} (${formula}) reads this subtotal back and the formula would be a circular reference; the cell is left as it is`,
    formulaTooLong: (where, length, limit) =>
      `${where}: no subtotal formula written, it would be ${length} characters long, over the ${limit} Excel allows; the cell is left as it is`,
    notANumber: (where) => `${where}: not written, the value is no number Excel can hold; the cell is left as it is`,
    noLegendRoom: (top, bottom) =>
      `No highlights: no column beside the table is free for the legend (it needs an empty column from row ${top} to row ${bottom}, with the columns either side empty too); leave such a column empty and run again`,
    textCut: (where, criterion, length, limit) =>
      `${where}: the text${criterion ? ` of ${criterion}` : ""} is ${length} characters long, over the ${limit} a cell holds; it is cut at the end of a word, with "…"`,
  },
  sheets: {
    legendTitle: "Legend",
    legendZero: "0 points",
    legendPartial: "Below the maximum",
    legendTarget: "Target above the maximum or below the score reached",
    assignmentTitle: (unit) => `PAR-INDEX IMPROVEMENT TASKS: ${unit.toUpperCase()}`,
    assignmentSubtitle: (sheet, year) => `From the table "${sheet}", ${year} targets`,
    unitFileSubtitle: (plan, year, columns) =>
      `Plan "${plan}", ${year} targets: fill in the columns ${columns}, then send this file back`,
    leadSection: "I. CRITERIA THIS UNIT LEADS",
    supportSection: "II. CRITERIA THIS UNIT SUPPORTS",
    noCriteria: "(none)",
    columns: {
      number: "No.",
      code: "Criterion",
      criterion: "Criterion name",
      max: "Maximum",
      score: (year) => `${year} score`,
      lost: "Points lost",
      target: (year) => `${year} target`,
      tasks: "Tasks",
      support: "Supporting units",
      lead: "Lead unit",
      deadline: "Deadline",
      status: "Status",
      result: "Result",
      evidence: "Evidence",
      percent: "Achieved",
      domain: "Domain",
      unit: "Unit",
      leadCount: "Criteria led",
      supportCount: "Criteria supported",
      atStake: "Points at stake",
      overdue: "Overdue",
      missingEvidence: "Missing evidence",
    },
    statuses: { notStarted: "Not started", inProgress: "In progress", done: "Done" },
    deadlineInvalid: "Type the deadline as a date, for example 30/06/2025.",
    statusInvalid: "Choose a status from the list: Not started, In progress, Done.",
    summaryName: "Summary",
    summaryTitle: (year) => `PAR-INDEX SUMMARY AND ${year} TARGETS`,
    summarySubtitle: (sheet) => `From the table "${sheet}"`,
    domainsSection: "I. BY DOMAIN",
    unitsSection: "II. BY LEAD UNIT",
    rankingSection: "III. CRITERIA THAT LOST POINTS (MOST FIRST)",
    progressSection: "IV. PROGRESS",
    total: "Total",
    chartTitle: (year) => `${year} score against maximum by domain`,
    unknownYear: "…",
  },
  progress: {
    unknownStatus: (cell, text) =>
      `${cell}: the status "${text}" is not in the list (Not started, In progress, Done); counted as not started.`,
    textDeadline: (cell, text) =>
      `${cell}: the deadline "${text}" is text, not a date, so it is not checked for overdue; type a date, for example 30/06/2025.`,
    missingSheet: (unit, sheet) => `The assignment sheet "${sheet}" of ${unit} is gone (the sheet was deleted).`,
    overdueItem: (code, deadline) => `${code} (deadline ${deadline})`,
    reminder: (unit, overdue, missing, asOf) =>
      [
        `${unit}: please`,
        [
          overdue && `update the progress of criteria ${overdue}, which are overdue`,
          missing && `add the evidence for criteria ${missing}, which are done`,
        ]
          .filter(Boolean)
          .join("; and "),
        `(as of ${asOf}).`,
      ].join(" "),
  },
  playground: {
    title: "Playground: PAR-index improvement plan",
    workbook: "Sample workbook",
    sheets: "Sheets",
    sample: "A sample workbook in the browser (the appendix of plan 52/KH-UBND, pasted from Word), not Excel.",
    numbers: (example) => `Numbers as Excel shows them with Windows' Vietnamese regional settings: ${example}.`,
    editing:
      "Edit a cell as in Excel: double-click it, or select it and press F2, Enter or just type; Enter to save, Esc to cancel, Delete to clear.",
    grid: (sheet) => `Cells of sheet "${sheet}"`,
    cell: (address) => `Cell ${address}`,
    formulaHint: "Numbers are typed as 1,5 or 1.234,5. Formulas put a comma between arguments, as in =SUM(C9,C13).",
    protectedSheet: (sheet) => `Sheet "${sheet}" is protected: its cells cannot be changed.`,
  },
  ui: {
    title: "PAR-index improvement plan",
    language: "Language",
    languageNames: { vi: "Tiếng Việt", en: "English" },
    reading: "Reading the workbook…",
    detect: {
      region: "Table found",
      table: (sheet, firstRow, lastRow) => `Table on sheet "${sheet}", rows ${firstRow}–${lastRow}`,
      selection: (sheet, range) => `Table in range ${range} of sheet "${sheet}"`,
      change: "Change",
      headerRow: (headerRow) => `Header row: ${headerRow}`,
      years: (score, target) => `${score} scores, ${target} targets`,
      unknownYear: "unknown year",
      counts: (domains, criteria, units) => `${domains} domains, ${criteria} criteria, ${units} units`,
      sheet: "Sheet",
      useSelection: "Use the selected range",
      reread: "Read again",
      followed: "Read the table again after it changed",
      chooseColumns: "Choose columns",
    },
    columns: {
      title: "Choose the header row and columns",
      headerRow: "Header row (row number)",
      roles: {
        code: "Number (No.)",
        name: "Domain, criterion",
        max: "Maximum points",
        score: "Last year's score",
        target: "Target",
        tasks: "Tasks",
        lead: "Lead unit",
        support: "Supporting units",
      },
      none: "(none)",
      column: (letters, header) => (header ? `Column ${letters}: ${header}` : `Column ${letters}`),
      save: "Save and analyse again",
      automatic: "Recognise automatically",
      cancel: "Cancel",
      needNumbering: "Choose the number column or the criterion name column.",
    },
    tabs: {
      overview: "Overview",
      problems: "Checks",
      units: "Units",
      actions: "Actions",
      followUp: "Follow-up",
      unitFiles: "Unit files",
    },
    followUp: {
      asOf: "As of",
      reread: "Read the assignment sheets again",
      none: "No assignment sheets yet: make them on the Actions tab first.",
      summary: (done, inProgress, notStarted) => `Done ${done} · In progress ${inProgress} · Not started ${notStarted}`,
      bar: (unit, done, total) => `${unit}: ${done} of ${total} criteria led done`,
      overdue: (n) => `Overdue (${n}):`,
      missingEvidence: (n) => `Done but missing evidence (${n}):`,
      reminder: "Reminder text",
      copy: "Copy",
      copied: "Copied",
      check: (n) => `To check (${n})`,
    },
    overview: {
      stated: "Total stated in the table",
      computed: "Total recomputed from the criteria",
      lost: "Points lost",
      outOf: (score, max) => `${score} / ${max}`,
      domains: "By domain",
      meter: (domain, score, max) => `${domain}: ${score} of ${max} points`,
      domainComputed: (sum) => `Recomputed from the criteria: ${sum}`,
      wrong: "Wrong subtotal",
      rounded: "Rounded",
    },
    problems: {
      group: (severity, count) => `${severity} (${count})`,
      none: "No problems found in the table.",
      hint: "Click a problem (or press Enter) to select its cell in the table.",
      row: (row) => `Row ${row}`,
      wholeTable: "Whole table",
    },
    units: {
      none: "The table names no units.",
      sheet: (name) => `Assignment sheet: ${name}`,
      leads: (codes) => `Leads criteria: ${codes}`,
      supports: (codes) => `Supports criteria: ${codes}`,
      nothing: "none",
      atStake: (points) => `Points at stake: ${points}`,
      mergeTitle: "Merge two units into one",
      mergeSource: "Merge unit",
      mergeTarget: "into unit",
      choose: "(choose a unit)",
      merge: "Merge…",
      mergeWill: (source, target, leads, supports) =>
        `"${source}" will be read as "${target}": ${leads} criteria led and ${supports} supported move to "${target}". The table is not changed; this can be undone.`,
      confirmMerge: "Merge",
      merged: (source, target) => `Merged "${source}" into "${target}".`,
      renameTitle: "Rename a unit",
      renameUnit: "Unit",
      newName: "New name",
      rename: "Rename",
      renamed: (from, to) => `Renamed "${from}" to "${to}".`,
      undo: "Undo",
      undone: "Undone.",
      cancel: "Cancel",
    },
    actions: {
      operations: {
        subtotals: "Subtotal formulas",
        highlights: "Highlight cells that lost points",
        assignments: "An assignment sheet for each unit",
        summary: "Summary sheet",
      },
      subtotals: (cells, groups, withTotal) =>
        `Write SUM formulas into ${cells} subtotal cells of ${groups} domains and criteria${withTotal ? " and the total row" : ""}`,
      converted: (cells) => `${cells} numbers stored as text become numbers`,
      sumMisreads: (cells) =>
        `note: ${cells} point cells hold a date or text that is no number; the sums stay wrong until they are corrected (see Checks)`,
      leftAsIs: (cells) => `${cells} subtotal cells stay as they are, the reasons show after writing`,
      noSubtotals: "The table has no domains or criteria to write subtotals into",
      highlights: (cells, legendColumn) =>
        `Highlight ${cells} cells that lost points or have an odd target; legend in column ${legendColumn}`,
      noHighlights: "Cannot highlight: the table lacks a maximum or a score column",
      assignments: (sheets, replaced) =>
        `Create ${sheets} assignment sheets${replaced ? ` (replacing ${replaced} earlier ones)` : ""}`,
      summary: (name, replaces) => `Create the sheet "${name}"${replaces ? " (replacing the earlier one)" : ""}`,
      noUnits: "No lead units to assign tasks to",
      apply: "Write to the workbook",
      applying: "Writing to the workbook…",
      chooseOne: "Choose at least one action.",
      done: "Written to the workbook",
      doneFormulas: (cells) => `Wrote ${cells} subtotal formulas.`,
      doneConverted: (cells) => `Turned ${cells} numbers stored as text into numbers.`,
      doneHighlights: (cells) => `Highlighted ${cells} cells that lost points or have an odd target.`,
      doneAssignments: (sheets) => `Created ${sheets} assignment sheets.`,
      doneSummary: (name) => `Created the sheet "${name}".`,
      doneNothing: "Nothing needed changing: the workbook already was so.",
      created: "Sheets created (click to open):",
      restore: "Restore",
      restoreHint:
        "Restore: puts the table back as it was before the first run and removes highlights; created sheets stay.",
      clearHighlights: "Clear highlights",
      clearHint: "Clear highlights: removes highlights and the legend; subtotal formulas stay.",
      restored: "The table is back as it was before the run.",
      cleared: "Highlights cleared.",
      notPutBack: (cell, area) =>
        `Cell ${cell} was not put back: it lies in the merged cells ${area} (Excel keeps only the first cell of a merge). Its earlier content is kept: unmerge the cells and click Restore to put it back.`,
      notPutBackChanged: (cell) =>
        `Cell ${cell} was left as it is: it no longer holds what PAR-index wrote there (rows or columns were inserted or deleted, or the cell was typed over since), so putting back its earlier content could overwrite your data.`,
      stateNotice: (notice) =>
        notice.kind === "state-unreadable"
          ? "The PAR-index data kept in this file was damaged or copied from another file and could not be used: the sheets the add-in made were recognised by their titles; Restore cannot bring back cells changed before this run."
          : `${notice.sheets.map((s) => `"${s}"`).join(", ")}: not made by the add-in (the title differs), so left as it is; the new sheet takes another name.`,
    },
    errors: {
      "sheet-missing": {
        title: "Sheet not found",
        body: "The sheet holding the table was deleted or renamed. Click Try again to read the workbook again.",
      },
      "no-table": {
        title: "The table is no longer recognised",
        body: 'The table on the sheet has changed. Click Try again, or click "Choose columns".',
      },
      stale: {
        title: "The workbook just changed",
        body: "The sheets the add-in created were changed elsewhere. Click Try again to read the workbook again, then run again.",
      },
      protected: {
        title: "The sheet is protected",
        body: "Excel does not allow changes to a protected sheet. Unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.",
      },
      excel: {
        title: "Excel refused the change",
        body: "The workbook was put back as it was. Leave cell editing (press Esc), close Excel's dialogs and try again.",
      },
      "rollback-failed": {
        title: "The workbook could not be put back",
        body: "Excel refused the change and undoing it failed too. Do not save: close the file without saving and open it again.",
      },
      unexpected: {
        title: "Something unexpected went wrong",
        body: "Click Try again. If it keeps failing, close the add-in pane and open it again.",
      },
      noTable: {
        title: "No PAR-index table found",
        body: 'The add-in needs a table with a number (No.) column, criterion names and points. Choose another sheet, select the table and click "Use the selected range", or click "Choose columns".',
      },
      "several-areas": {
        title: "Select one area",
        body: 'The selection is made of separate areas. Select one block of cells holding the table (header row included), without holding Ctrl, then click "Use the selected range" again.',
      },
      "no-cells-selected": {
        title: "No cells selected",
        body: 'An object (a chart or a shape) is selected, not cells. Click a cell, select the table\'s cells (header row included), then click "Use the selected range" again.',
      },
      "not-one-cell-area": {
        title: "Select one block of cells",
        body: 'Excel cannot read the selection: it is made of separate areas, or it is not cells (a chart or a shape). Select one block of cells holding the table (header row included), without holding Ctrl, then click "Use the selected range" again.',
      },
      noSelection: {
        title: "No range selected",
        body: 'Select the table\'s cells (header row included) on the sheet, then click "Use the selected range" again.',
      },
      crash: {
        title: "The add-in pane hit an error",
        body: "Your workbook is not affected. Close the add-in pane and open it again.",
      },
      notInExcel: {
        title: "Open this in Excel",
        body: "Office could not be loaded. Open the add-in from Excel 2021, Excel LTSC 2024, Microsoft 365 or Excel on the web, and check the network connection.",
      },
    },
    retry: "Try again",
    dismiss: "Dismiss",
  },
};
