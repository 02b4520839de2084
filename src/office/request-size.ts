import { SheetDraft } from "../core/edits";

/** Excel on the web refuses a request over 5 MB; we keep a margin for what the estimate misses. */
export const REQUEST_LIMIT_BYTES = 4_500_000;

/** A generous estimate of what a draft adds to a request: its cell texts as JSON, plus each formatting command. */
export function estimateBytes(draft: SheetDraft): number {
  let bytes = 0;
  for (const row of draft.cells) bytes += JSON.stringify(row).length;
  return bytes + 300 * (draft.styles.length + draft.merges.length + draft.columnWidths.length + 10);
}
