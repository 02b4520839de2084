import { Content, EditNotice, EMPTY, NoticeCell, SheetDraft, TableEdit } from "./types";

/** What Excel takes in a cell (support.microsoft.com, "Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;
/** Arguments of one function call, SUM's included. */
export const MAX_ARGUMENTS = 255;

const ELLIPSIS = "…";

/** Text cut to what a cell holds: at the last space (or line break) that leaves room for "…", never mid-word. */
export function fitText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const room = text.slice(0, MAX_CELL_TEXT - ELLIPSIS.length + 1);
  const end = Math.max(room.lastIndexOf(" "), room.lastIndexOf("\n"));
  // One word longer than a cell has no word to end at: it is cut where the cell ends.
  let cut = end > 0 ? room.slice(0, end).trimEnd() : room.slice(0, -1);
  // A surrogate pair is never split.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/** The criterion whose text a cell holds, to name it when the text is cut. */
export type CodeOfText = (text: string) => string | null;

/**
 * The content as Excel can take it (null: leave the cell as it is), and the notice when it differs from the plan: a
 * number Excel cannot hold or a formula too long is left out, text too long is cut.
 */
function withinLimits(
  content: Content,
  at: NoticeCell,
  codeOf: CodeOfText,
): { content: Content | null; notice: EditNotice | null } {
  if (content.kind === "number" && !Number.isFinite(content.value))
    return { content: null, notice: { kind: "not-a-number", ...at } };
  if (content.kind === "formula" && content.formula.length > MAX_FORMULA_LENGTH)
    return { content: null, notice: { kind: "formula-too-long", ...at, length: content.formula.length } };
  if (content.kind === "text" && content.text.length > MAX_CELL_TEXT) {
    const notice: EditNotice = { kind: "text-cut", ...at, length: content.text.length, code: codeOf(content.text) };
    return { content: { kind: "text", text: fitText(content.text) }, notice };
  }
  return { content, notice: null };
}

/** Table edits Excel can take; each one left out or cut is told. */
export function tableEditsWithinLimits(
  edits: readonly TableEdit[],
  codeOf: CodeOfText,
): { kept: TableEdit[]; notices: EditNotice[] } {
  const kept: TableEdit[] = [];
  const notices: EditNotice[] = [];
  for (const e of edits) {
    const { content, notice } = withinLimits(e.content, { sheet: null, row: e.row, column: e.column }, codeOf);
    if (notice) notices.push(notice);
    if (content) kept.push(content === e.content ? e : { ...e, content });
  }
  return { kept, notices };
}

/** A generated sheet whose every cell Excel can take: a cell that cannot be written stays empty; each is told. */
export function draftWithinLimits(draft: SheetDraft, codeOf: CodeOfText): { draft: SheetDraft; notices: EditNotice[] } {
  const notices: EditNotice[] = [];
  const cells = draft.cells.map((line, r) =>
    line.map((cell, c) => {
      const { content, notice } = withinLimits(cell, { sheet: draft.name, row: r + 1, column: c + 1 }, codeOf);
      if (!notice) return cell;
      notices.push(notice);
      return content ?? EMPTY;
    }),
  );
  return { draft: notices.length ? { ...draft, cells } : draft, notices };
}
