/**
 * The words of collect's report (files skipped and why, conflicts, cells not taken), said alike by \`par-index
 * collect\` and the pane's unit-files view; and the view's own words. Apart from the pane's first catalogue: only
 * the command line and the view, loaded when first opened, carry them.
 */
export interface UnitFilesMessages {
  readonly report: {
    readonly skipped: (file: string, reason: string) => string;
    readonly reasons: {
      readonly otherPlan: string;
      readonly unitNotInPlan: (unit: string) => string;
      readonly noUnitSheet: (unit: string) => string;
      readonly sheetMissing: (unit: string, sheet: string) => string;
      readonly unrecognised: string;
      readonly notFound: string;
      readonly legacyXls: string;
      readonly csv: string;
      readonly notXlsx: string;
      readonly encrypted: string;
      readonly damaged: string;
      readonly tooLarge: string;
      readonly isMaster: string;
      readonly superseded: (unit: string, by: string) => string;
    };
    readonly conflict: (unit: string, code: string, column: string, kept: string, theirs: string) => string;
    readonly outside: (file: string, cell: string, code: string | null) => string;
    readonly strayCode: (file: string, code: string, inPlan: boolean) => string;
    readonly empty: string;
  };
  readonly pane: {
    readonly intro: string;
    readonly send: {
      readonly title: string;
      readonly make: string;
      readonly making: string;
      readonly why: string;
      readonly open: string;
      readonly opened: (n: number) => string;
      readonly downloaded: (file: string, n: number) => string;
      readonly noOpen: string;
      readonly zipName: (plan: string) => string;
    };
    readonly receive: {
      readonly title: string;
      readonly choose: string;
      readonly reading: string;
      readonly taken: (file: string, unit: string, cells: number) => string;
      readonly cell: (sheet: string, cell: string, value: string) => string;
      readonly none: string;
      readonly notTakenTitle: (n: number) => string;
      readonly apply: (cells: number) => string;
      readonly applied: (cells: number) => string;
      readonly restore: string;
      readonly restoreHint: string;
      readonly restored: string;
    };
    readonly needsAssignments: string;
    readonly failed: string;
  };
}
