import { SheetDraft } from "../core/edits";
import { cellInput } from "./text-prefix";

/** Excel on the web refuses a request over 5 MB; we keep a margin for what the estimate misses. */
export const REQUEST_LIMIT_BYTES = 4_500_000;

const utf8 = new TextEncoder();

/** Bytes a formatting command (a property set or a method call with its object path) takes, generously. */
const COMMAND_BYTES = 200;

/** An estimate of what a draft adds to a request: its cells as written, in UTF-8, plus each formatting command. */
export function estimateBytes(draft: SheetDraft): number {
  let bytes = 0;
  for (const row of draft.cells) bytes += utf8.encode(JSON.stringify(row.map(cellInput))).length;
  return bytes + COMMAND_BYTES * (8 * draft.styles.length + draft.merges.length + draft.columnWidths.length + 10);
}
