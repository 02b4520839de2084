/** Types for dist-server.js, which `npm start` (plain JavaScript) shares with the browser tests and benchmarks. */
export declare const DIST: string;
export declare function ensureBuild(log?: (line: string) => void): void;
/** Absolute paths of the dist/ files a built page (e.g. "taskpane.html") loads from its <script src> tags. */
export declare function pageScripts(page: string): string[];
export interface ServedDist {
  /** "http://localhost:PORT" */
  readonly origin: string;
  close(): Promise<void>;
}
export declare function serveDist(port?: number, indexPage?: string): Promise<ServedDist>;
