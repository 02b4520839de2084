import type { IssueKind, IssueParams, PointField, Severity } from "../core/model";

export type Language = "vi" | "en";

/** What a message needs to know about where it is. */
export interface IssueContext {
  readonly params: IssueParams;
  /** "Lĩnh vực 5", "Tiêu chí 7.1": the criterion the issue is about. */
  readonly where: string;
  /** "điểm năm 2023": the column the issue is about. */
  readonly field: string;
  readonly num: (n: number | string) => string;
}

/** Every user-facing string of the engine and command line, in one language. */
export interface Messages {
  readonly decimalSeparator: string;
  readonly levelName: (level: number) => string;
  readonly fieldName: (field: PointField, year: number | null) => string;
  readonly totalRow: string;
  readonly severity: Record<Severity, string>;
  readonly issues: Record<IssueKind, (c: IssueContext) => string>;
  readonly cli: {
    readonly usage: string;
    readonly unknownCommand: (command: string) => string;
    readonly missingFile: string;
    readonly missingOutput: string;
    readonly fileNotFound: (file: string) => string;
    readonly notXlsx: (file: string) => string;
    readonly encrypted: (file: string) => string;
    readonly unreadable: (file: string) => string;
    readonly sheetNotFound: (sheet: string, available: string) => string;
    readonly noTable: (file: string) => string;
    readonly outputIsInput: string;
    readonly cannotWrite: (file: string) => string;
    readonly written: (file: string, sheets: number) => string;
  };
  /** Text written into the workbook: legend, assignment sheets, summary. */
  readonly sheets: {
    readonly legendTitle: string;
    readonly legendZero: string;
    readonly legendPartial: string;
    readonly legendTarget: string;
    readonly assignmentTitle: (unit: string) => string;
    readonly assignmentSubtitle: (sheet: string, year: string) => string;
    readonly leadSection: string;
    readonly supportSection: string;
    readonly noCriteria: string;
    readonly columns: {
      readonly number: string;
      readonly code: string;
      readonly criterion: string;
      readonly max: string;
      readonly score: (year: string) => string;
      readonly lost: string;
      readonly target: (year: string) => string;
      readonly tasks: string;
      readonly support: string;
      readonly lead: string;
      readonly deadline: string;
      readonly progress: string;
      readonly result: string;
      readonly percent: string;
      readonly domain: string;
      readonly unit: string;
      readonly leadCount: string;
      readonly supportCount: string;
      readonly atStake: string;
      readonly rank: string;
    };
    readonly summaryName: string;
    readonly summaryTitle: (year: string) => string;
    readonly domainsSection: string;
    readonly unitsSection: string;
    readonly rankingSection: string;
    readonly total: string;
    readonly chartTitle: string;
    readonly unknownYear: string;
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
    readonly unitLine: (name: string, sheet: string, lead: number, support: number) => string;
    readonly issuesTitle: (errors: number, warnings: number, infos: number) => string;
    readonly noIssues: string;
    readonly row: (row: number) => string;
    readonly unknownYear: string;
  };
}
