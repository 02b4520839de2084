/** What the pane must show on the playground's sample plan, from the seed table's independent expectations. */
import { Language, messagesFor } from "../../src/i18n";
import { formatFigure, sharedDecimals } from "../../src/taskpane/figures";
import expected from "../fixtures/gia-nghia-2024.expected.json";

/** The sheet of the sample that holds the table. */
export const PLAN_SHEET = "Phụ lục";

/** The playground's workbook runs on a Vietnamese Windows: its figures read 83,26 whatever the pane's language. */
const WORKBOOK_SEPARATORS = { decimal: ",", group: "." };

export function playgroundUrl(origin: string, displayLanguage = "vi-VN", paneWidth?: number): string {
  const width = paneWidth ? `&paneWidth=${paneWidth}` : "";
  return `${origin}/playground.html?lang=${encodeURIComponent(displayLanguage)}${width}`;
}

/**
 * The overview's headline: the total's label, the total against the maximum ("83,260 / 100") and the points lost,
 * the figures with as many decimals as the most precise of them. By default the sample as it is; `score` and `lost`
 * for the table once changed.
 */
export function expectedHeadline(
  language: Language,
  score: number = expected.total.stated.score,
  lost: number = expected.pointsLost,
): { readonly label: string; readonly total: string; readonly lost: string } {
  const m = messagesFor(language).ui.overview;
  const decimals = sharedDecimals([score, lost]);
  const figure = (n: number, d?: number) => formatFigure(n, WORKBOOK_SEPARATORS, d);
  return {
    label: m.stated,
    total: m.outOf(figure(score, decimals), figure(expected.total.stated.max)),
    lost: figure(lost, decimals),
  };
}
