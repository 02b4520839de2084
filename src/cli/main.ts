import { cliMessagesFor } from "../i18n/cli";
import { Language } from "../i18n";
import { ArgsError, parseArgs } from "./args";
import { UserFacingError } from "./user-facing-error";
import { runInspect } from "./inspect";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** Exit status of the contract: 0 when a table was recognised, 2 for input that cannot be used. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

function argsMessage(error: ArgsError, language: Language): string {
  const m = cliMessagesFor(language).cli;
  switch (error.kind) {
    case "no-command":
      return m.usage;
    case "unknown-command":
      return `${m.unknownCommand(error.command)}\n${m.usage}`;
    case "missing-file":
      return `${m.missingFile}\n${m.usage}`;
    case "missing-output":
      return `${m.missingOutput}\n${m.usage}`;
    case "one-file-to-apply":
      return `${m.oneFileToApply}\n${m.usage}`;
    case "one-file-to-status":
      return `${m.oneFileToStatus}\n${m.usage}`;
    case "bad-date":
      return `${m.badDate(error.value)}\n${m.usage}`;
    case "one-file-to-split":
      return `${m.oneFileToSplit}\n${m.usage}`;
    case "missing-dir":
      return `${m.missingDir}\n${m.usage}`;
    case "missing-unit-files":
      return `${m.missingUnitFiles}\n${m.usage}`;
    case "bad-option":
      return `${m.unknownOption(error.option)}\n${m.usage}`;
    case "missing-value":
      return `${m.missingValue(error.option)}\n${m.usage}`;
    case "bad-language":
      return `${m.badLanguage(error.value)}\n${m.usage}`;
    case "option-not-for":
      return `${m.optionNotFor(error.option, error.command)}\n${m.usage}`;
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, io.env);
  if ("error" in parsed) {
    io.err(argsMessage(parsed.error, parsed.language) + "\n");
    return EXIT_BAD_INPUT;
  }
  const { command } = parsed;
  try {
    switch (command.kind) {
      case "help":
        io.out(cliMessagesFor(command.language).cli.usage + "\n");
        return EXIT_OK;
      case "inspect": {
        const { out, err, failed } = await runInspect(command);
        io.out(out);
        io.err(err);
        return failed ? EXIT_BAD_INPUT : EXIT_OK;
      }
      case "apply": {
        const { runApply } = await import("./apply-command");
        const { out, warnings } = await runApply(command);
        io.out(out + "\n");
        for (const warning of warnings) io.err(warning + "\n");
        return EXIT_OK;
      }
      case "status": {
        const { runStatus } = await import("./status-command");
        io.out(await runStatus(command));
        return EXIT_OK;
      }
      case "split": {
        const { runSplit } = await import("./split-command");
        const { out, err } = await runSplit(command);
        io.out(out);
        io.err(err);
        return EXIT_OK;
      }
      case "collect": {
        const { runCollect } = await import("./collect-command");
        const { out, err, failed } = await runCollect(command);
        io.out(out);
        io.err(err);
        return failed ? EXIT_BAD_INPUT : EXIT_OK;
      }
    }
  } catch (e) {
    if (e instanceof UserFacingError) {
      io.err(e.message + "\n");
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}

/** Entry point of bin/par-index.js: never shows a stack trace to the user. */
export function main(): void {
  const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const parsed = parseArgs(process.argv.slice(2), process.env);
      const language = "error" in parsed ? parsed.language : parsed.command.language;
      const command = "command" in parsed ? parsed.command : null;
      const file =
        command?.kind === "inspect" ? command.files.join(", ") : command && command.kind !== "help" ? command.file : "";
      io.err(cliMessagesFor(language).cli.unexpected(file) + "\n");
      if (process.env.PAR_INDEX_DEBUG) io.err(String(e instanceof Error ? e.stack : e) + "\n");
      process.exitCode = EXIT_BAD_INPUT;
    },
  );
}
