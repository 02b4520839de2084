/** What units typed into an assignment sheet generated earlier, read back by criterion so that a rerun keeps it. */
import { PROGRESS_FIELDS, ProgressField, ProgressHeader, progressHeaderOf, statusOfText } from "../progress/words";
import { CODE_COLUMN, INPUT_COLUMNS, KeptInputs, keptKey, NO_INPUTS, ProgressInputs } from "./assignment";
import { Content, EMPTY, text } from "./types";

const SUPPORT_SECTION_MARK = "II.";

/** Where each progress header stands in a section's header row (0-based). */
type HeaderColumns = ReadonlyMap<ProgressHeader, number>;

/** The columns of the current layout, for a section whose headers the user changed beyond recognition. */
const CURRENT_LAYOUT: HeaderColumns = new Map(PROGRESS_FIELDS.map((f, i) => [f, INPUT_COLUMNS[i] - 1]));

/** The progress headers of a row, when it is a header row: it names the deadline and at least one other column. */
function headerColumns(line: readonly Content[]): HeaderColumns | null {
  const found = new Map<ProgressHeader, number>();
  line.forEach((cell, i) => {
    const header = cell.kind === "text" ? progressHeaderOf(cell.text) : null;
    if (header && !found.has(header)) found.set(header, i);
  });
  return found.has("deadline") && found.size > 1 ? found : null;
}

/**
 * Reads back, by section and criterion, what a unit typed. Columns are found by their headers, so that the earlier
 * layout (`Thời hạn`, `Tiến độ`, `Kết quả`) carries into the current one: a progress that names a status becomes the
 * status, any other goes into the result before what was there, so that nothing typed is lost.
 */
export function readKeptInputs(cells: readonly (readonly Content[])[]): KeptInputs {
  const kept = new Map<string, ProgressInputs>();
  let section: "lead" | "support" = "lead";
  let columns: HeaderColumns = CURRENT_LAYOUT;
  for (const line of cells) {
    const [first, code] = [line[0], line[CODE_COLUMN - 1]];
    if (first?.kind === "text" && first.text.startsWith(SUPPORT_SECTION_MARK)) section = "support";
    const headers = headerColumns(line);
    if (headers) columns = headers;
    // Criterion rows: a number in A, the criterion's code in B.
    if (first?.kind !== "number" || !code || (code.kind !== "text" && code.kind !== "number")) continue;
    const inputs = inputsOf(line, columns);
    const key = keptKey(section, code.kind === "text" ? code.text : String(code.value));
    if (PROGRESS_FIELDS.some((f) => inputs[f].kind !== "empty")) kept.set(key, inputs);
  }
  return kept;
}

function inputsOf(line: readonly Content[], columns: HeaderColumns): ProgressInputs {
  const at = (h: ProgressHeader) => {
    const i = columns.get(h);
    return i === undefined ? EMPTY : (line[i] ?? EMPTY);
  };
  const inputs: Record<ProgressField, Content> = { ...NO_INPUTS };
  for (const f of PROGRESS_FIELDS) inputs[f] = at(f);
  const progress = at("progress");
  if (progress.kind === "empty") return inputs;
  const progressText = textOf(progress);
  if (inputs.status.kind === "empty" && progress.kind === "text" && statusOfText(progressText) !== null)
    inputs.status = progress;
  else inputs.result = text([progressText, textOf(inputs.result)].filter(Boolean).join("\n"));
  return inputs;
}

function textOf(c: Content): string {
  switch (c.kind) {
    case "text":
      return c.text;
    case "number":
      return String(c.value);
    case "formula":
      return c.formula;
    case "empty":
      return "";
  }
}
