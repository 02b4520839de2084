import type { Messages } from "./messages";

const LEVELS = ["Domain", "Criterion", "Sub-criterion"];

export const en: Messages = {
  decimalSeparator: ".",
  levelName: (level) => LEVELS[Math.min(level, LEVELS.length) - 1],
  fieldName: (field, year) =>
    ({ max: "maximum", score: year ? `${year} score` : "score", target: year ? `${year} target` : "target" })[field],
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
    "score-above-max": (c) => `${c.where}: ${c.field} is ${c.num(c.params.value)}, above the maximum ${c.num(c.params.max)}`,
    "target-above-max": (c) => `${c.where}: ${c.field} is ${c.num(c.params.value)}, above the maximum ${c.num(c.params.max)}`,
    "target-below-score": (c) =>
      `${c.where}: ${c.field} (${c.num(c.params.value)}) is below the score already reached (${c.num(c.params.score)})`,
    "duplicate-code": (c) => `${c.where}: number ${c.params.code} is used again (first on row ${c.params.firstRow})`,
    "orphan": (c) => `${c.where}: its parent ${c.params.parent} is not in the table`,
    "missing-lead": (c) => `${c.where}: no lead unit`,
    "date-as-score": (c) => `${c.where}: the ${c.field} cell holds a date (Excel converted the number when pasting); type the points again`,
    "unreadable-number": (c) => `${c.where}: cannot read the ${c.field} "${c.params.text}"`,
    "missing-value": (c) => `${c.where}: no ${c.field}`,
    "guessed-number": (c) => `${c.where}: ${c.field} "${c.params.text}" was read as ${c.num(c.params.value)}; please check`,
    "missing-total": () => "The table has no total row; the total is computed from the criteria",
    "hidden-row": (c) => `${c.where}: row ${c.params.row} is hidden`,
  },
  cli: {
    usage: [
      "Usage:",
      "  par-index inspect FILE.xlsx [--sheet NAME] [--json] [--lang vi|en]",
      "  par-index apply FILE.xlsx -o OUT.xlsx [--sheet NAME] [--lang vi|en]",
    ].join("\n"),
    unknownCommand: (command) => `Unknown command "${command}". Use "inspect" or "apply".`,
    missingFile: "Name the .xlsx file to read.",
    missingOutput: 'Name the output file: add "-o OUT.xlsx".',
    fileNotFound: (file) => `File "${file}" not found.`,
    notXlsx: (file) => `"${file}" is not an Excel workbook (.xlsx).`,
    encrypted: (file) => `"${file}" is password-protected; open it in Excel, remove the password and try again.`,
    unreadable: (file) => `Cannot read "${file}"; the file may be damaged.`,
    sheetNotFound: (sheet, available) => `There is no sheet "${sheet}". Sheets: ${available}.`,
    noTable: (file) => `No PAR-index plan table (number/criterion and points columns) found in "${file}".`,
    outputIsInput: "The output file must differ from the input: the original is never overwritten.",
    cannotWrite: (file) => `Cannot write "${file}".`,
    written: (file, sheets) => `Wrote "${file}" (${sheets} sheets generated).`,
  },
  report: {
    title: (sheet) => `PAR-index table on sheet "${sheet}"`,
    header: (headerRow, firstRow, lastRow) => `Header row: ${headerRow}; body: rows ${firstRow}–${lastRow}`,
    years: (score, target) => `Score year: ${score}; target year: ${target}`,
    counts: (domains, criteria, units) => `${domains} domains, ${criteria} criteria, ${units} units`,
    total: (score, max, lost) => `Total: ${score}/${max} (${lost} points lost)`,
    domainsTitle: "By domain:",
    belowMaxTitle: (n) => `Criteria below their maximum (${n}):`,
    lost: (points) => `lost ${points}`,
    unitsTitle: "Units:",
    unitLine: (name, sheet, lead, support) => `${name} [${sheet}]: leads ${lead}, supports ${support}`,
    issuesTitle: (errors, warnings, infos) => `Checks: ${errors} errors, ${warnings} to check, ${infos} notes`,
    noIssues: "No problems found.",
    row: (row) => `row ${row}`,
    unknownYear: "not stated",
  },
};
