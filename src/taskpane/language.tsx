import { createContext, useContext } from "react";
import { Language, messagesFor } from "../i18n";
import type { PaneMessages } from "../i18n/messages";
import { formatFigure, Separators } from "./figures";

const PaneLanguage = createContext<Language>("vi");
/** The workbook's separators once read (Excel's regional settings); until then, the language's own. */
const WorkbookSeparators = createContext<Separators | null>(null);

export const LanguageProvider = PaneLanguage.Provider;
export const SeparatorsProvider = WorkbookSeparators.Provider;

const LANGUAGE_SEPARATORS: Record<Language, Separators> = {
  vi: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

export interface PaneText {
  readonly language: Language;
  readonly m: PaneMessages;
  /** A figure as the workbook writes it ("83,26" on a Vietnamese Windows), with `decimals` when given. */
  readonly num: (n: number | null | undefined, decimals?: number) => string;
}

/** The pane's strings in the language the user chose, and figures in the workbook's number format. */
export function usePaneText(): PaneText {
  const language = useContext(PaneLanguage);
  const separators = useContext(WorkbookSeparators) ?? LANGUAGE_SEPARATORS[language];
  return {
    language,
    m: messagesFor(language).ui,
    num: (n, decimals) => (n === null || n === undefined ? "?" : formatFigure(n, separators, decimals)),
  };
}
