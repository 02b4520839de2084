import { chartSeriesCount, Content, encodeState, SheetDraft, Style, text, WorkbookState } from "../core/edits";
import { applyStyle } from "./styles";
import { mergeCalls } from "./merge-runs";
import { cellInput } from "./text-prefix";

/**
 * Excel on the web refuses a request or a response over 5 MB (OfficeDev/office-js-docs-pr#2846, and the page
 * "Resource limits and performance optimization for Office Add-ins"). The estimates below count every command
 * of a request and every cell of a response generously; we aim under 4.75 MB, a margin for what they still miss.
 */
export const PAYLOAD_BUDGET_BYTES = 4_750_000;

const utf8 = new TextEncoder();

/**
 * Bytes one queued command takes in a request besides its values: the action and the object path it acts on
 * (ids, type, method name, arguments), counted above the in-memory Excel's 200 (memory-excel/proxy/context.ts).
 */
export const COMMAND_BYTES = 220;

/** A command writing these contents: the command and the values as JSON, in UTF-8. */
export function contentsBytes(rows: readonly (readonly Content[])[]): number {
  return inputsBytes(rows.map((r) => r.map(cellInput)));
}

/** A table edit (queueTableEdits): its content, and a hyperlink's address and text or a number format sent again. */
export function tableEditBytes(content: Content): number {
  const looks =
    content.kind === "text" && content.link !== undefined
      ? inputsBytes([[content.link, content.text]])
      : (content.kind === "number" || content.kind === "formula") && content.format !== undefined
        ? inputsBytes([[content.format]])
        : 0;
  return contentsBytes([[content]]) + looks;
}

/** The bytes of a text in UTF-8, as a request or a response carries it. */
export function utf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/** A command writing these inputs (as `range.formulas` takes them). */
export function inputsBytes(rows: readonly (readonly unknown[])[]): number {
  return COMMAND_BYTES + utf8Bytes(JSON.stringify(rows));
}

/**
 * The commands a style queues and the bytes of what it writes, for a range of one cell: counted once per style by
 * applying it to a stand-in that records property sets and method calls.
 */
const styleCost = new Map<Style, { readonly commands: number; readonly bytesPerCell: number }>();

function costOf(style: Style): { readonly commands: number; readonly bytesPerCell: number } {
  let commands = 0;
  let bytesPerCell = 0;
  const standIn = (): unknown =>
    new Proxy(() => undefined, {
      get: () => standIn(),
      set: (_target, _property, value: unknown) => {
        commands++;
        if (Array.isArray(value)) bytesPerCell += utf8.encode(JSON.stringify(value)).length;
        return true;
      },
      apply: () => {
        commands++;
        return standIn();
      },
    });
  applyStyle(standIn() as Excel.Range, style, 1, 1);
  const cost = { commands, bytesPerCell };
  styleCost.set(style, cost);
  return cost;
}

/**
 * The looks of a new sheet: its styles (some write a number format per cell), merges, widths, layout, validations,
 * rules and chart.
 */
export function draftLooksBytes(draft: SheetDraft): number {
  const commands =
    mergeCalls(draft.merges).length +
    draft.columnWidths.length +
    3 * draft.validations.length +
    4 * draft.rules.length +
    // The labels' range, then each series found and given it.
    (draft.chart ? 1 + 2 * chartSeriesCount(draft.chart) : 0);
  let bytes = COMMAND_BYTES * (commands + 10) + utf8.encode(JSON.stringify([draft.validations, draft.rules])).length;
  for (const { area, style } of draft.styles) {
    const cost = styleCost.get(style) ?? costOf(style);
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    bytes += COMMAND_BYTES * cost.commands + cost.bytesPerCell * cells;
  }
  return bytes;
}

/** The state's chunks into column A of its sheet, blanking the rows a longer state held: `[""],` each. */
export function stateWriteBytes(state: WorkbookState, previousRows: number): number {
  const chunks = encodeState(state);
  const blanks = Math.max(0, previousRows - chunks.length);
  return contentsBytes(chunks.map((c) => [text(c)])) + 5 * blanks + 3 * COMMAND_BYTES;
}
