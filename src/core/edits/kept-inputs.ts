/** What units typed into an assignment sheet generated earlier, read back by criterion so that a rerun keeps it. */
import { CriterionRow, criterionRows, Primitive } from "../progress/rows";
import { PROGRESS_FIELDS, ProgressField, ProgressHeader, statusOfText } from "../progress/words";
import { INPUT_COLUMNS, KeptInputs, keptKey, NO_INPUTS, ProgressInputs } from "./assignment";
import { Content, EMPTY, shownText, text } from "./types";

/** The columns of the current layout, for rows above any header the reader knows. */
const CURRENT_LAYOUT: ReadonlyMap<ProgressHeader, number> = new Map(
  PROGRESS_FIELDS.map((f, i) => [f, INPUT_COLUMNS[i] - 1]),
);

/**
 * Reads back, by section and criterion, what a unit typed. Columns are found by their headers, so that the earlier
 * layout (`Thời hạn`, `Tiến độ`, `Kết quả`) carries into the current one: a progress that names a status becomes the
 * status, any other goes into the result before what was there, so that nothing typed is lost.
 */
export function readKeptInputs(cells: readonly (readonly Content[])[]): KeptInputs {
  const kept = new Map<string, ProgressInputs>();
  for (const row of progressRows(cells)) {
    const inputs = inputsOf(row.cells, row.columns);
    if (PROGRESS_FIELDS.some((f) => inputs[f].kind !== "empty")) kept.set(keptKey(row.section, row.code), inputs);
  }
  return kept;
}

/** The criterion rows of an assignment sheet's contents and their progress columns, found by header. */
export function progressRows(cells: readonly (readonly Content[])[]): CriterionRow<Content>[] {
  return criterionRows(cells, primitiveOf, CURRENT_LAYOUT);
}

function primitiveOf(c: Content | undefined): Primitive {
  if (c?.kind === "number") return c.value;
  return c?.kind === "text" ? c.text : null;
}

function inputsOf(line: readonly Content[], columns: ReadonlyMap<ProgressHeader, number>): ProgressInputs {
  const at = (h: ProgressHeader) => {
    const i = columns.get(h);
    return i === undefined ? EMPTY : (line[i] ?? EMPTY);
  };
  const inputs: Record<ProgressField, Content> = { ...NO_INPUTS };
  for (const f of PROGRESS_FIELDS) inputs[f] = at(f);
  const progress = at("progress");
  if (progress.kind === "empty") return inputs;
  const progressText = shownText(progress);
  if (inputs.status.kind === "empty" && progress.kind === "text" && statusOfText(progressText) !== null)
    inputs.status = progress;
  else inputs.result = text([progressText, shownText(inputs.result)].filter(Boolean).join("\n"));
  return inputs;
}
