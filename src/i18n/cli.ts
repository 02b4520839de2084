/** The command line's strings, apart from the pane's so that the pane's bundle does not carry them. */
import { enCli } from "./cli-en";
import type { CliMessages } from "./cli-messages";
import { viCli } from "./cli-vi";
import type { Language } from "./messages";

export type { CliMessages } from "./cli-messages";

const CATALOGUES: Record<Language, CliMessages> = { vi: viCli, en: enCli };

export function cliMessagesFor(language: Language): CliMessages {
  return CATALOGUES[language];
}
