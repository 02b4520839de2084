import { en } from "./en";
import type { Language, Messages } from "./messages";
import { vi } from "./vi";

export type { Language, Messages } from "./messages";

const CATALOGUES: Record<Language, Messages> = { vi, en };

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** A number as the language writes it: "14,494" in Vietnamese, "14.494" in English. */
export function formatNumber(n: number | string, language: Language): string {
  if (typeof n === "string") return n;
  const text = String(Math.round(n * 1000) / 1000);
  return CATALOGUES[language].decimalSeparator === "," ? text.replace(".", ",") : text;
}
