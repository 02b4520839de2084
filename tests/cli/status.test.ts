/** `par-index status`: the plan's progress read from the assignment sheets units filled in. */
import * as path from "path";
import { cli } from "./run-cli";
import { CLEAN, tempDir, variant, sheetTitled, vi } from "../xlsx-apply/helpers";
import { EXPECTED, filledPlan, HOME, JUSTICE } from "../xlsx-apply/filled-plan";

describe("par-index status", () => {
  let dir: string;
  let filled: string;
  beforeAll(async () => {
    dir = tempDir();
    filled = await filledPlan(dir);
  });

  it("prints the contract's JSON: per unit, per criterion and in all", async () => {
    const { code, out, err } = await cli("status", filled, "--as-of", "2024-09-30", "--json");
    expect([code, err]).toEqual([0, ""]);
    const json = JSON.parse(out);
    expect(json.asOf).toBe("2024-09-30");
    const unit = (name: string) => json.units.find((u: { name: string }) => u.name === name);
    expect(unit(JUSTICE)).toEqual({ name: JUSTICE, sheetName: "P. Tư pháp", lead: EXPECTED[JUSTICE] });
    expect(unit(HOME).lead).toEqual(EXPECTED[HOME]);
    const c = (code: string) => json.criteria.find((x: { code: string }) => x.code === code);
    expect(c("2.2")).toMatchObject({
      code: "2.2",
      unit: JUSTICE,
      status: "in-progress",
      deadline: "2024-06-30",
      overdue: true,
      evidence: null,
    });
    expect(c("2.1")).toMatchObject({ status: "done", evidence: "QĐ số 12/QĐ-UBND ngày 20/6/2024", overdue: false });
    // The row is the plan table's, as inspect reports it.
    const inspected = JSON.parse((await cli("inspect", filled, "--json")).out);
    expect(c("1.1").row).toBe(inspected.criteria.find((x: { code: string }) => x.code === "1.1").row);
    // Plan order: by the table's rows.
    const rows = json.criteria.map((x: { row: number }) => x.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const sum = (k: string) => json.units.reduce((s: number, u: { lead: Record<string, number> }) => s + u.lead[k], 0);
    expect(json.total).toEqual({
      total: sum("total"),
      done: sum("done"),
      inProgress: sum("inProgress"),
      notStarted: sum("notStarted"),
      overdue: sum("overdue"),
      doneWithoutEvidence: sum("doneWithoutEvidence"),
    });
    expect(json.issues.map((i: { kind: string; cell: string }) => `${i.kind} ${i.cell}`)).toEqual([
      expect.stringMatching(/^text-deadline J\d+$/),
      expect.stringMatching(/^unknown-status K\d+$/),
      expect.stringMatching(/^text-deadline J\d+$/),
    ]);
  });

  it("writes a readable report in Vietnamese, or in English", async () => {
    const vi = await cli("status", filled, "--as-of", "2024-09-30");
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("Tiến độ thực hiện đến ngày 30/09/2024");
    expect(vi.out).toContain(
      "Phòng Tư pháp [P. Tư pháp]: 4 tiêu chí chủ trì: hoàn thành 2, đang thực hiện 1, chưa thực hiện 1; quá hạn 1; thiếu tài liệu kiểm chứng 1",
    );
    expect(vi.out).toMatch(/2\.2 – Phòng Tư pháp, thời hạn 30\/06\/2024 \('P\. Tư pháp'!K\d+\)/);
    expect(vi.out).toMatch(/'P\. Tư pháp'!K\d+: trạng thái "xong" không có trong danh sách/);
    expect(vi.out).toMatch(/'P\. Tư pháp'!J\d+: thời hạn "quý III" là chữ/);
    const en = await cli("status", filled, "--as-of", "2024-09-30", "--lang", "en");
    expect(en.out).toContain("Progress as of 30/09/2024");
    expect(en.out).toContain("Phòng Tư pháp [P. Tư pháp]: 4 criteria led: 2 done, 1 in progress, 1 not started");
  });

  it("counts nothing overdue before the deadlines", async () => {
    const { out } = await cli("status", filled, "--as-of", "2024-01-01", "--json");
    expect(JSON.parse(out).total.overdue).toBe(0);
  });

  it("reports a unit sheet the user deleted as missing, and goes on", async () => {
    const deleted = await variant(filled, path.join(dir, "deleted.xlsx"), (wb) => {
      wb.removeWorksheet(sheetTitled(wb, vi.sheets.assignmentTitle(HOME))[0].id);
    });
    const { code, out } = await cli("status", deleted, "--as-of", "2024-09-30", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.issues).toContainEqual(expect.objectContaining({ kind: "missing-sheet", unit: HOME }));
    expect(json.units.map((u: { name: string }) => u.name)).not.toContain(HOME);
  });

  it("says in one line that a workbook has no assignment sheets, exit 2", async () => {
    const { code, out, err } = await cli("status", CLEAN);
    expect([code, out]).toEqual([2, ""]);
    expect(err.trim().split("\n")).toEqual([expect.stringContaining("chưa có trang giao nhiệm vụ")]);
  });

  it("refuses an --as-of that is no date", async () => {
    const { code, err } = await cli("status", filled, "--as-of", "2024-02-30");
    expect(code).toBe(2);
    expect(err).toContain('"2024-02-30"');
    expect((await cli("inspect", filled, "--as-of", "2024-01-01")).code).toBe(2);
  });
});
