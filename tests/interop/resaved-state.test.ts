/**
 * A plan applied, saved by LibreOffice (which keeps our very hidden state sheet as merely hidden, domain.md), then
 * applied again: the rerun knows its state and its sheets, and makes no second set of them.
 */
import * as path from "path";
import { apply, PASTED, tempDir } from "../xlsx-apply/helpers";
import { convert } from "./libreoffice";

it("a rerun on a plan LibreOffice saved replaces its own sheets and keeps one state", async () => {
  const firstFile = path.join(tempDir(), "first.xlsx");
  const first = await apply(PASTED, firstFile);
  const saved = await convert(firstFile, "xlsx");
  const again = await apply(saved, path.join(tempDir(), "again.xlsx"));
  const sheets = (wb: typeof first) => wb.worksheets.map((ws) => [ws.name, ws.state]);
  expect(sheets(again)).toEqual(sheets(first));
  expect(sheets(first).filter(([, state]) => state === "veryHidden")).toEqual([["ParIndexState", "veryHidden"]]);
});
