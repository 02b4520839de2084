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
