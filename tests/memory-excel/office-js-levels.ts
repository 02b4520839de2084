/**
 * The requirement sets the Office.js type definitions give Excel's classes and members: each `[Api set: ExcelApi 1.x]`
 * note in @types/office-js, read from the `Excel` namespace (not its Interfaces).
 */
import { readFileSync } from "fs";

export interface ClassLevels {
  readonly since: string | null;
  /** Member -> lowest level among its overloads. */
  readonly members: ReadonlyMap<string, string>;
  /** Property -> the level from which it can be set, where it differs ("1.1 for reading visibility; 1.2 for setting it"). */
  readonly writes: ReadonlyMap<string, string>;
}

const MEMBER = /^ {8}(?:readonly )?([A-Za-z_$][\w$]*)(?:\??:|\(|<)/;

function lowest(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  return x[0] !== y[0] ? (x[0] < y[0] ? a : b) : x[1] <= y[1] ? a : b;
}

export function officeJsLevels(): ReadonlyMap<string, ClassLevels> {
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const classes = new Map<string, ClassLevels>();
  let note: string | null = null;
  let writeNote: string | null = null;
  let classSince: string | null = null;
  let current: {
    name: string;
    since: string | null;
    members: Map<string, string>;
    writes: Map<string, string>;
  } | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("    namespace Interfaces {") || line.startsWith("}")) break;
    // "[Api set: ExcelApi 1.1]", "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]"; a note about
    // an argument only ("1.7 for password") leaves the method at its class's level.
    const api = /\[Api set: ExcelApi (1\.\d+)( for [^\]]*)?\]/.exec(line);
    if (api) {
      const qualifier = api[2] ?? "";
      const setting = /; (1\.\d+) for setting/.exec(qualifier);
      note = qualifier.startsWith(" for password") ? classSince : api[1];
      writeNote = setting ? setting[1] : null;
    } else if (/\[Api set: /.test(line)) note = "other";
    const opened = /^ {4}class (\w+)[< ]/.exec(line);
    if (opened) {
      current = { name: opened[1], since: note, members: new Map(), writes: new Map() };
      classSince = note;
      classes.set(current.name, current);
      note = null;
      continue;
    }
    if (/^ {4}}/.test(line)) current = null;
    const member = current && MEMBER.exec(line);
    if (current && member) {
      if (note && note !== "other") current.members.set(member[1], lowest(current.members.get(member[1]), note));
      if (writeNote) current.writes.set(member[1], writeNote);
      note = null;
      writeNote = null;
    }
  }
  return classes;
}
