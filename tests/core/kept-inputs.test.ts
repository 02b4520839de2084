/**
 * What a unit typed on an assignment sheet of the earlier layout, read back for a rerun (src/core/edits/kept-inputs.ts):
 * "Tiến độ" (progress) naming a status becomes the status; any other progress goes into the result, before what was
 * there, so that nothing typed is lost.
 */
import { Content, EMPTY, formula, INPUT_COLUMNS, num, readKeptInputs, text } from "../../src/core/edits";
import { keptKey } from "../../src/core/edits/assignment";

const JUNE_30 = 45_473;

describe("readKeptInputs over the earlier layout", () => {
  it("takes a progress naming a status as the status, and any other progress into the result", () => {
    // Columns D, E, F: Thời hạn, Tiến độ, Kết quả. 1.4 has nothing typed; 1.5's row ends at its
    // deadline; then an empty row and a number without a code.
    const cells: Content[][] = [
      [text("STT"), text("Tiêu chí"), text("Tên"), text("Thời hạn"), text("Tiến độ"), text("Kết quả")],
      [num(1), text("1.1"), EMPTY, num(JUNE_30), text("hoàn thành"), text("QĐ 5")],
      [num(2), text("1.2"), EMPTY, EMPTY, text("Đã xong 50%"), text("Dự thảo")],
      [num(3), text("1.3"), EMPTY, EMPTY, num(50), EMPTY],
      [num(4), text("1.4"), EMPTY, EMPTY, EMPTY, EMPTY],
      [num(5), text("1.5"), EMPTY, num(JUNE_30)],
      [],
      [num(6)],
    ];
    const kept = readKeptInputs(cells);
    expect([...kept.keys()]).toEqual(["1.1", "1.2", "1.3", "1.5"].map((c) => keptKey("lead", c)));
    expect(kept.get(keptKey("lead", "1.1"))).toEqual({
      deadline: num(JUNE_30),
      status: text("hoàn thành"),
      result: text("QĐ 5"),
      evidence: EMPTY,
    });
    expect(kept.get(keptKey("lead", "1.2"))).toMatchObject({ status: EMPTY, result: text("Đã xong 50%\nDự thảo") });
    expect(kept.get(keptKey("lead", "1.3"))).toMatchObject({ status: EMPTY, result: text("50") });
    expect(kept.get(keptKey("lead", "1.5"))).toEqual({
      deadline: num(JUNE_30),
      status: EMPTY,
      result: EMPTY,
      evidence: EMPTY,
    });
  });

  it("keeps a status already typed, and puts a progress naming another into the result", () => {
    // A sheet between the two layouts: both a status and a progress column (E, F).
    const cells: Content[][] = [
      [text("STT"), text("Tiêu chí"), text("Tên"), text("Thời hạn"), text("Trạng thái"), text("Tiến độ")],
      [num(1), text("1.1"), EMPTY, EMPTY, text("Đang thực hiện"), text("Hoàn thành")],
    ];
    expect(readKeptInputs(cells).get(keptKey("lead", "1.1"))).toEqual({
      deadline: EMPTY,
      status: text("Đang thực hiện"),
      result: text("Hoàn thành"),
      evidence: EMPTY,
    });
  });
});

describe("readKeptInputs over the current layout", () => {
  it("keeps each input as typed, a number or a formula included", () => {
    // No header row: the input columns are J to M (deadline, status, result, evidence).
    const row: Content[] = [num(1), text("1.1")];
    const [deadline, status, result, evidence] = INPUT_COLUMNS.map((c) => c - 1);
    row[deadline] = num(45_838);
    row[status] = text("Hoàn thành");
    row[result] = num(100);
    row[evidence] = formula('=HYPERLINK("https://example.vn/qd-5","QĐ 5")');
    expect(readKeptInputs([Array.from(row, (c) => c ?? EMPTY)]).get(keptKey("lead", "1.1"))).toEqual({
      deadline: num(45_838),
      status: text("Hoàn thành"),
      result: num(100),
      evidence: formula('=HYPERLINK("https://example.vn/qd-5","QĐ 5")'),
    });
  });
});
