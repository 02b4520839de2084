/** What the pane must show on the playground's sample plan, from the seed table's independent expectations. */
import { formatNumber, Language, messagesFor } from "../../src/i18n";
import expected from "../fixtures/gia-nghia-2024.expected.json";

/** The sheet of the sample that holds the table. */
export const PLAN_SHEET = "Phụ lục";

export function playgroundUrl(origin: string, displayLanguage = "vi-VN"): string {
  return `${origin}/playground.html?lang=${encodeURIComponent(displayLanguage)}`;
}

/** The overview's total ("Tổng điểm: 83,26 / 100") and points lost, worded as the pane words them. */
export function expectedHeadline(language: Language): { readonly total: string; readonly lost: string } {
  const m = messagesFor(language).ui.overview;
  const num = (n: number) => formatNumber(n, language);
  return {
    total: m.total(num(expected.total.stated.score), num(expected.total.stated.max)),
    lost: m.lost(num(expected.pointsLost)),
  };
}
