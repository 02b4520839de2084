/** The command line's own strings: its messages and the text report of `inspect`. */
export interface CliMessages {
  readonly cli: {
    readonly usage: string;
    readonly unknownCommand: (command: string) => string;
    readonly unknownOption: (option: string) => string;
    readonly missingValue: (option: string) => string;
    readonly badLanguage: (value: string) => string;
    readonly optionNotFor: (option: string, command: string) => string;
    readonly missingFile: string;
    readonly missingOutput: string;
    readonly oneFileToApply: string;
    readonly oneFileToStatus: string;
    readonly badDate: (value: string) => string;
    /** `status` on a workbook without the assignment sheets that `apply` or the add-in make. */
    readonly noAssignmentSheets: (file: string) => string;
    readonly oneFileToSplit: string;
    readonly missingDir: string;
    readonly missingUnitFiles: string;
    readonly fileNotFound: (file: string) => string;
    readonly notXlsx: (file: string) => string;
    readonly encrypted: (file: string) => string;
    /** Only for a package that cannot be read: "damaged" is said of nothing else. */
    readonly unreadable: (file: string) => string;
    readonly isDirectory: (file: string) => string;
    /** A workbook with more cells than the command line opens; `cells` and `limit` as counted. */
    readonly tooLarge: (file: string, cells: number, limit: number) => string;
    /** A FIFO, a device or a socket given as FILE or OUT. */
    readonly notRegularFile: (file: string) => string;
    /** A failure of par-index itself, which says nothing about the file. */
    readonly unexpected: (file: string) => string;
    readonly sheetNotFound: (sheet: string, available: string) => string;
    readonly noTable: (file: string) => string;
    readonly outputIsInput: string;
    readonly cannotWrite: (file: string) => string;
    readonly written: (file: string, sheets: number) => string;
    /** One line on stderr per sheet of the user's holding what OUT cannot keep; `parts` lists them (droppedPart). */
    readonly dropped: (sheet: string, parts: string) => string;
    readonly droppedPart: {
      readonly charts: (n: number) => string;
      readonly pivotTables: (n: number) => string;
      readonly slicers: (n: number) => string;
      readonly threadedComments: (n: number) => string;
      readonly controls: (n: number) => string;
    };
    /** When FILE's package cannot be looked into, so nothing can be said either way. */
    readonly droppedUnchecked: string;
  };
  /** `split` and `collect`: the files sent to units and taken back from them. */
  readonly unitFiles: {
    /** One line per file split writes: the file, its unit, what it leads and supports. */
    readonly written: (file: string, unit: string, lead: number, support: number) => string;
    readonly noUnits: string;
    readonly cannotMakeDir: (dir: string) => string;
    /** The line collect ends with on stdout. */
    readonly collected: (out: string, cells: number, files: number) => string;
    readonly taken: (file: string, unit: string, cells: number) => string;
    readonly noneTaken: string;
    readonly outputIsUnitFile: (file: string) => string;
  };
  readonly report: {
    readonly title: (sheet: string) => string;
    readonly header: (headerRow: number, firstRow: number, lastRow: number) => string;
    readonly years: (score: string, target: string) => string;
    readonly counts: (domains: number, criteria: number, units: number) => string;
    readonly total: (score: string, max: string, lost: string) => string;
    readonly domainsTitle: string;
    readonly belowMaxTitle: (n: number) => string;
    readonly lost: (points: string) => string;
    readonly unitsTitle: string;
    readonly unitLine: (name: string, sheet: string, lead: number, support: number, atStake: string) => string;
    readonly ledBy: (units: string) => string;
    readonly issuesTitle: (errors: number, warnings: number, infos: number) => string;
    readonly noIssues: string;
    readonly row: (row: number) => string;
    readonly unknownYear: string;
    /** Inspecting several files: a heading before each file's report, then one line per file. */
    readonly fileHeading: (file: string) => string;
    readonly batchTitle: (found: number, files: number) => string;
    readonly batchLine: (
      file: string,
      sheet: string,
      score: string,
      max: string,
      lost: string,
      errors: number,
      warnings: number,
    ) => string;
    readonly batchFailed: (file: string) => string;
  };
  /** The readable report of `par-index status`. */
  readonly status: {
    readonly title: (asOf: string) => string;
    /** Counts of the criteria a unit (or the whole plan) leads; `evidence` is done without evidence. */
    readonly counts: (
      total: number,
      done: number,
      inProgress: number,
      notStarted: number,
      overdue: number,
      evidence: number,
    ) => string;
    readonly unit: (name: string, sheet: string, counts: string) => string;
    readonly total: (counts: string) => string;
    readonly overdueTitle: (n: number) => string;
    readonly overdueLine: (code: string, unit: string, deadline: string, cell: string) => string;
    readonly missingEvidenceTitle: (n: number) => string;
    readonly missingEvidenceLine: (code: string, unit: string, cell: string) => string;
    readonly issuesTitle: (n: number) => string;
  };
}
