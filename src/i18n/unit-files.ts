/** Collect's report and the unit-files view's words (see unit-files-messages.ts). */
import type { Language } from "./messages";
import { enUnitFiles } from "./unit-files-en";
import type { UnitFilesMessages } from "./unit-files-messages";
import { viUnitFiles } from "./unit-files-vi";

export type { UnitFilesMessages } from "./unit-files-messages";

const CATALOGUES: Record<Language, UnitFilesMessages> = { vi: viUnitFiles, en: enUnitFiles };

export function unitFilesMessagesFor(language: Language): UnitFilesMessages {
  return CATALOGUES[language];
}
