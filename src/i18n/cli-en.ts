import type { CliMessages } from "./cli-messages";

export const enCli: CliMessages = {
  cli: {
    usage: [
      "Usage:",
      "  par-index inspect FILE.xlsx [FILE.xlsx ...] [--sheet NAME] [--json] [--lang vi|en]",
      "  par-index apply FILE.xlsx -o OUT.xlsx [--sheet NAME] [--lang vi|en]",
      "  par-index status FILE.xlsx [--as-of YYYY-MM-DD] [--json] [--lang vi|en]",
    ].join("\n"),
    unknownCommand: (command) => `Unknown command "${command}". Use "inspect" or "apply".`,
    unknownOption: (option) => `Unknown option "${option}".`,
    missingValue: (option) => `The option "${option}" needs a value after it.`,
    badLanguage: (value) => `Unsupported language "${value}". Use "vi" or "en".`,
    optionNotFor: (option, command) => `"${command}" does not take the option "${option}".`,
    missingFile: "Name the .xlsx file to read.",
    missingOutput: 'Name the output file: add "-o OUT.xlsx".',
    oneFileToApply: '"apply" takes one input file and one output file (-o); run it once per file.',
    oneFileToStatus: 'The "status" command reads one file; run it once per file.',
    badDate: (value) => `Not a date: "${value}". Write it YEAR-MONTH-DAY, for example 2024-09-30.`,
    noAssignmentSheets: (file) =>
      `"${file}" has no assignment sheets yet; make them with "par-index apply" or in the add-in first.`,
    fileNotFound: (file) => `File "${file}" not found.`,
    notXlsx: (file) => `"${file}" is not an Excel workbook (.xlsx).`,
    encrypted: (file) => `"${file}" is password-protected; open it in Excel, remove the password and try again.`,
    unreadable: (file) => `Cannot read "${file}"; the file may be damaged.`,
    sheetNotFound: (sheet, available) => `There is no sheet "${sheet}". Sheets: ${available}.`,
    noTable: (file) => `No PAR-index plan table (number/criterion and points columns) found in "${file}".`,
    outputIsInput: "The output file must differ from the input: the original is never overwritten.",
    cannotWrite: (file) => `Cannot write "${file}".`,
    written: (file, sheets) => `Wrote "${file}" (${sheets} sheets generated).`,
    dropped: (sheet, parts) =>
      `Note: sheet "${sheet}" has ${parts} that the output file cannot keep (the input file is unchanged).`,
    droppedPart: {
      charts: (n) => `${n} ${n === 1 ? "chart" : "charts"}`,
      pivotTables: (n) => `${n} ${n === 1 ? "PivotTable" : "PivotTables"}`,
      slicers: (n) => `${n} ${n === 1 ? "slicer or timeline" : "slicers or timelines"}`,
      threadedComments: (n) => `${n} threaded ${n === 1 ? "comment" : "comments"}`,
      controls: (n) => `${n} form or ActiveX ${n === 1 ? "control" : "controls"}`,
    },
    droppedUnchecked:
      "Note: the input file could not be checked for charts, PivotTables, slicers, threaded comments or controls that the output file cannot keep (the input file is unchanged).",
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
    unitLine: (name, sheet, lead, support, atStake) =>
      `${name} [${sheet}]: leads ${lead}, supports ${support}, ${atStake} points at stake`,
    ledBy: (units) => `led by ${units}`,
    issuesTitle: (errors, warnings, infos) => `Checks: ${errors} errors, ${warnings} to check, ${infos} notes`,
    noIssues: "No problems found.",
    row: (row) => `row ${row}`,
    unknownYear: "not stated",
    fileHeading: (file) => `== ${file} ==`,
    batchTitle: (found, files) => `Summary: ${found} of ${files} files hold a PAR-index table`,
    batchLine: (file, sheet, score, max, lost, errors, warnings) =>
      `${file} ("${sheet}"): ${score}/${max}, ${lost} points lost; ${errors} errors, ${warnings} to check`,
    batchFailed: (file) => `${file}: not usable (see the message above)`,
  },
  status: {
    title: (asOf) => `Progress as of ${asOf}`,
    counts: (total, done, inProgress, notStarted, overdue, evidence) =>
      `${total} criteria led: ${done} done, ${inProgress} in progress, ${notStarted} not started; ${overdue} overdue; ${evidence} missing evidence`,
    unit: (name, sheet, counts) => `${name} [${sheet}]: ${counts}`,
    total: (counts) => `Whole plan: ${counts}`,
    overdueTitle: (n) => `Overdue (${n}):`,
    overdueLine: (code, unit, deadline, cell) => `${code} – ${unit}, deadline ${deadline} (${cell})`,
    missingEvidenceTitle: (n) => `Done but missing evidence (${n}):`,
    missingEvidenceLine: (code, unit, cell) => `${code} – ${unit} (${cell})`,
    issuesTitle: (n) => `To check (${n}):`,
  },
};
