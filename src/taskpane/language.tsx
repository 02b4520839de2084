import { createContext, useContext } from "react";
import { formatNumber, Language, messagesFor } from "../i18n";
import type { PaneMessages } from "../i18n/messages";

const PaneLanguage = createContext<Language>("vi");

export const LanguageProvider = PaneLanguage.Provider;

export interface PaneText {
  readonly language: Language;
  readonly m: PaneMessages;
  /** A number the way the pane's language writes it ("83,26" in Vietnamese). */
  readonly num: (n: number | null | undefined) => string;
}

/** The pane's strings and number format in the language the user chose. */
export function usePaneText(): PaneText {
  const language = useContext(PaneLanguage);
  return {
    language,
    m: messagesFor(language).ui,
    num: (n) => (n === null || n === undefined ? "?" : formatNumber(n, language)),
  };
}
