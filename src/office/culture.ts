import { Capabilities } from "./requirements";

/** How the workbook writes numbers: Excel shows 14,494 on a Vietnamese Windows, whatever the pane's language. */
export interface NumberSeparators {
  readonly decimal: string;
  readonly group: string;
}

/**
 * Queues the read of the system's separators (Application.cultureInfo, ExcelApi 1.11) into the caller's batch;
 * the returned function gives them after its sync. Older hosts give null: the pane then writes its language's.
 */
export function queueSeparatorsRead(context: Excel.RequestContext, caps: Capabilities): () => NumberSeparators | null {
  if (!caps.cultureInfo) return () => null;
  const format = context.application.cultureInfo.numberFormat;
  format.load("numberDecimalSeparator,numberGroupSeparator");
  return () => ({ decimal: format.numberDecimalSeparator, group: format.numberGroupSeparator });
}
