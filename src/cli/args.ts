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
  | { readonly kind: "help"; readonly language: Language };

export type ArgsError =
  | { readonly kind: "unknown-command"; readonly command: string }
  | { readonly kind: "missing-file" }
  | { readonly kind: "missing-output" }
  | { readonly kind: "one-file-to-apply" }
  | { readonly kind: "bad-option"; readonly option: string };

/** Parses `par-index` arguments; the language comes from --lang, else from the environment. */
export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { command: Command } | { error: ArgsError; language: Language } {
  const positional: string[] = [];
  let sheet: string | undefined;
  let output: string | undefined;
  let json = false;
  let language: Language = /^en/i.test(env.PAR_INDEX_LANG ?? "") ? "en" : "vi";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      return v === undefined ? null : v;
    };
    if (a === "--json") json = true;
    else if (a === "--sheet") sheet = value() ?? undefined;
    else if (a === "-o" || a === "--output") output = value() ?? undefined;
    else if (a === "--lang") language = value() === "en" ? "en" : "vi";
    else if (a === "-h" || a === "--help") return { command: { kind: "help", language } };
    else if (a.startsWith("-")) return { error: { kind: "bad-option", option: a }, language };
    else positional.push(a);
  }
  const [command, file, ...more] = positional;
  if (command === undefined) return { command: { kind: "help", language } };
  if (command !== "inspect" && command !== "apply") return { error: { kind: "unknown-command", command }, language };
  if (file === undefined) return { error: { kind: "missing-file" }, language };
  if (command === "inspect") return { command: { kind: "inspect", files: [file, ...more], sheet, json, language } };
  if (more.length > 0) return { error: { kind: "one-file-to-apply" }, language };
  if (output === undefined) return { error: { kind: "missing-output" }, language };
  return { command: { kind: "apply", file, output, sheet, language } };
}
