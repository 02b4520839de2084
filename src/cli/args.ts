import { serialOfIso } from "../core/progress/dates";
import { Language } from "../i18n";

export type Command =
  | {
      readonly kind: "inspect";
      /** One or more: several files are inspected one after another, for batch work. */
      readonly files: readonly [string, ...string[]];
      readonly sheet?: string;
      readonly json: boolean;
      readonly language: Language;
    }
  | {
      readonly kind: "apply";
      readonly file: string;
      readonly output: string;
      readonly sheet?: string;
      readonly language: Language;
    }
  | {
      readonly kind: "status";
      readonly file: string;
      /** ISO date "2024-09-30"; today when not given. */
      readonly asOf?: string;
      readonly json: boolean;
      readonly language: Language;
    }
  | {
      readonly kind: "split";
      readonly file: string;
      readonly dir: string;
      readonly sheet?: string;
      readonly language: Language;
    }
  | {
      readonly kind: "collect";
      readonly file: string;
      /** The files units sent back, in the order given: for the same unit, the later one wins. */
      readonly unitFiles: readonly [string, ...string[]];
      readonly output: string;
      readonly json: boolean;
      readonly language: Language;
    }
  | { readonly kind: "help"; readonly language: Language };

export type CommandName = Exclude<Command["kind"], "help">;

export type ArgsError =
  /** No command at all: the usage, as for any other wrong arguments. */
  | { readonly kind: "no-command" }
  | { readonly kind: "unknown-command"; readonly command: string }
  | { readonly kind: "missing-file" }
  | { readonly kind: "missing-output" }
  | { readonly kind: "one-file-to-apply" }
  | { readonly kind: "one-file-to-status" }
  | { readonly kind: "one-file-to-split" }
  | { readonly kind: "missing-dir" }
  | { readonly kind: "missing-unit-files" }
  /** --as-of that is no real date written YYYY-MM-DD. */
  | { readonly kind: "bad-date"; readonly value: string }
  | { readonly kind: "bad-option"; readonly option: string }
  | { readonly kind: "missing-value"; readonly option: string }
  | { readonly kind: "bad-language"; readonly value: string }
  /** An option of another command: `inspect -o` writes nothing, `apply --json` prints no JSON. */
  | { readonly kind: "option-not-for"; readonly option: string; readonly command: CommandName };

const LANGUAGES: readonly Language[] = ["vi", "en"];
const COMMANDS: readonly CommandName[] = ["inspect", "apply", "status", "split", "collect"];
/** Options that only some of the commands take. */
const ONLY_FOR: Readonly<Record<string, readonly CommandName[]>> = {
  "--json": ["inspect", "status", "collect"],
  "-o": ["apply", "collect"],
  "--output": ["apply", "collect"],
  "--as-of": ["status"],
  "-d": ["split"],
  "--dir": ["split"],
};

/** Parses `par-index` arguments; the language comes from --lang, else from the environment. */
export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { command: Command } | { error: ArgsError; language: Language } {
  const positional: string[] = [];
  let sheet: string | undefined;
  let output: string | undefined;
  let dir: string | undefined;
  let json = false;
  let asOf: string | undefined;
  let language: Language = /^en/i.test(env.PAR_INDEX_LANG ?? "") ? "en" : "vi";
  const given: string[] = [];
  let missing: string | null = null;
  let badLanguage: string | null = null;
  let badOption: string | null = null;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => {
      const v = argv[++i];
      if (v === undefined) missing ??= a;
      return v;
    };
    if (a.startsWith("-")) given.push(a);
    if (a === "--json") json = true;
    else if (a === "--sheet") sheet = value();
    else if (a === "-o" || a === "--output") output = value();
    else if (a === "--as-of") asOf = value();
    else if (a === "-d" || a === "--dir") dir = value();
    else if (a === "--lang") {
      const v = value();
      if (v !== undefined && LANGUAGES.includes(v as Language)) language = v as Language;
      else if (v !== undefined) badLanguage ??= v;
    } else if (a === "-h" || a === "--help") help = true;
    else if (a.startsWith("-")) badOption ??= a;
    else positional.push(a);
  }
  // Checked after the loop, so that help and every message are in the language asked for wherever --lang stands.
  if (help) return { command: { kind: "help", language } };
  if (badOption !== null) return { error: { kind: "bad-option", option: badOption }, language };
  if (badLanguage !== null) return { error: { kind: "bad-language", value: badLanguage }, language };
  if (missing !== null) return { error: { kind: "missing-value", option: missing }, language };
  const [command, file, ...more] = positional;
  if (command === undefined) return { error: { kind: "no-command" }, language };
  if (!COMMANDS.includes(command as CommandName)) return { error: { kind: "unknown-command", command }, language };
  const name = command as CommandName;
  const foreign = given.find((o) => ONLY_FOR[o] !== undefined && !ONLY_FOR[o].includes(name));
  if (foreign) return { error: { kind: "option-not-for", option: foreign, command: name }, language };
  if (file === undefined) return { error: { kind: "missing-file" }, language };
  switch (name) {
    case "inspect":
      return { command: { kind: "inspect", files: [file, ...more], sheet, json, language } };
    case "status":
      if (more.length > 0) return { error: { kind: "one-file-to-status" }, language };
      if (asOf !== undefined && serialOfIso(asOf) === null)
        return { error: { kind: "bad-date", value: asOf }, language };
      return { command: { kind: "status", file, asOf, json, language } };
    case "apply":
      if (more.length > 0) return { error: { kind: "one-file-to-apply" }, language };
      if (output === undefined) return { error: { kind: "missing-output" }, language };
      return { command: { kind: "apply", file, output, sheet, language } };
    case "split":
      if (more.length > 0) return { error: { kind: "one-file-to-split" }, language };
      if (dir === undefined) return { error: { kind: "missing-dir" }, language };
      return { command: { kind: "split", file, dir, sheet, language } };
    case "collect": {
      const [first, ...rest] = more;
      if (first === undefined) return { error: { kind: "missing-unit-files" }, language };
      if (output === undefined) return { error: { kind: "missing-output" }, language };
      return { command: { kind: "collect", file, unitFiles: [first, ...rest], output, json, language } };
    }
  }
}
