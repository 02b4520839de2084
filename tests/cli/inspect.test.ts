import * as path from "path";
import { cli } from "./run-cli";
import { formatNumber } from "../../src/i18n";
import expected from "../fixtures/gia-nghia-2024.expected.json";

const SEED = path.join(__dirname, "..", "fixtures", "gia-nghia-2024.pasted.xlsx");

describe("par-index inspect", () => {
  it("prints one JSON object and nothing else on stdout with --json", async () => {
    const { code, out, err } = await cli("inspect", SEED, "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const json = JSON.parse(out);
    expect(json.sheet).toBe("Phụ lục");
    expect(json.issues.filter((i: { severity: string }) => i.severity === "info")).toHaveLength(4);
  });

  it("writes a readable Vietnamese report, or an English one", async () => {
    const vi = await cli("inspect", SEED);
    expect(vi.out).toContain("Tổng điểm: 83,26/100 (mất 16,739 điểm)");
    expect(vi.out).toContain(
      "  3.4 Thực hiện cơ chế một cửa, cơ chế một cửa liên thông: 6,805/7 (mất 0,195; đơn vị chủ trì: Văn phòng HĐND và UBND thành phố / UBND các phường, xã)",
    );
    expect(vi.out).toContain(
      "  3.7 Triển khai Kế hoạch số hóa kết quả giải quyết TTHC của UBND tỉnh: 1/3 (mất 2; đơn vị chủ trì: Văn phòng HĐND và UBND thành phố)",
    );
    expect(vi.out).toContain(
      "  Phòng Nội vụ [P. Nội vụ]: chủ trì 15, phối hợp 0, điểm bị mất thuộc trách nhiệm chủ trì 6,78",
    );
    const en = await cli("inspect", SEED, "--lang", "en");
    expect(en.out).toContain("Total: 83.26/100 (16.739 points lost)");
    expect(en.out).toContain("  Phòng Nội vụ [P. Nội vụ]: leads 15, supports 0, 6.78 points at stake");
  });

  it("finds the table on the named sheet, and says when there is no such sheet", async () => {
    expect((await cli("inspect", SEED, "--sheet", "Phụ lục")).code).toBe(0);
    const missing = await cli("inspect", SEED, "--sheet", "Khác");
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('Không có trang tính "Khác". Các trang tính: Phụ lục, Ghi chú.\n');
  });

  it("refuses unknown options and commands with exit status 2 and the usage", async () => {
    const bad = await cli("inspect", SEED, "--bogus");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Tùy chọn không hợp lệ: "--bogus"\.\nCách dùng:/);
    expect((await cli("check", SEED)).code).toBe(2);
    expect((await cli("--help")).code).toBe(0);
  });

  it("refuses, instead of ignoring, a language it does not speak, an option without its value, and the other command's options", async () => {
    const cases: [string[], string][] = [
      [["inspect", SEED, "--lang", "fr"], 'Ngôn ngữ không hỗ trợ: "fr". Dùng "vi" hoặc "en".'],
      [["inspect", SEED, "--sheet"], 'Tùy chọn "--sheet" cần một giá trị theo sau.'],
      [["inspect", SEED, "--lang"], 'Tùy chọn "--lang" cần một giá trị theo sau.'],
      [["inspect", SEED, "-o", "report.json"], 'Lệnh "inspect" không dùng tùy chọn "-o".'],
      [["apply", SEED, "-o", "out.xlsx", "--json"], 'Lệnh "apply" không dùng tùy chọn "--json".'],
      [["--json", "inspect", SEED, "--output", "x", "--lang", "en"], '"inspect" does not take the option "--output".'],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect({ argv, code: result.code, out: result.out, first: result.err.split("\n")[0] }).toEqual({
        argv,
        code: 2,
        out: "",
        first: message,
      });
    }
    expect((await cli("apply", SEED, "-o", "out.xlsx", "--lang", "fr")).err).toMatch(/^Ngôn ngữ không hỗ trợ: "fr"/);
  });
});

interface Issue {
  readonly severity: string;
}

describe("par-index inspect with several files (batch work)", () => {
  const CLEAN = path.join(__dirname, "..", "fixtures", "gia-nghia-2024.clean.xlsx");
  const MISSING = path.join(__dirname, "no-such-plan.xlsx");

  it("gives one JSON object holding each file's inspect object, as inspecting it alone gives", async () => {
    const both = await cli("inspect", SEED, CLEAN, "--json");
    expect(both.code).toBe(0);
    expect(both.err).toBe("");
    const alone = await Promise.all(
      [SEED, CLEAN].map(async (f) => JSON.parse((await cli("inspect", f, "--json")).out)),
    );
    expect(JSON.parse(both.out)).toEqual({
      files: [
        { file: SEED, inspect: alone[0] },
        { file: CLEAN, inspect: alone[1] },
      ],
    });
  });

  it("goes on past a file it cannot use, says why on stderr, and ends with exit status 2", async () => {
    const json = await cli("inspect", MISSING, SEED, "--json");
    expect(json.code).toBe(2);
    expect(json.err).toBe(`Không tìm thấy tệp "${MISSING}".\n`);
    const { files } = JSON.parse(json.out);
    expect(files[0]).toEqual({ file: MISSING, error: `Không tìm thấy tệp "${MISSING}".` });
    expect(files[1].inspect.sheet).toBe("Phụ lục");
  });

  it("prints each file's report under its name, then one line per file", async () => {
    const { code, out } = await cli("inspect", SEED, MISSING, CLEAN);
    expect(code).toBe(2);
    for (const file of [SEED, CLEAN]) {
      const alone = (await cli("inspect", file)).out;
      expect(out).toContain(`== ${file} ==\n${alone}`);
    }
    const summary = out.slice(out.indexOf("Tổng hợp: 2/3 tệp có bảng Chỉ số CCHC\n"));
    const lines = summary.trim().split("\n").slice(1);
    expect(lines).toHaveLength(3);
    const seed = JSON.parse((await cli("inspect", SEED, "--json")).out) as { sheet: string; issues: Issue[] };
    const count = (severity: string) => seed.issues.filter((i) => i.severity === severity).length;
    const [score, max, lost] = [expected.total.stated.score, expected.total.stated.max, expected.pointsLost].map((n) =>
      formatNumber(n, "vi"),
    );
    expect(lines[0]).toBe(
      `  ${SEED} ("${seed.sheet}"): ${score}/${max} điểm, mất ${lost}; ${count("error")} lỗi, ${count("warning")} cần kiểm tra`,
    );
    expect(lines[1]).toBe(`  ${MISSING}: không dùng được (xem thông báo ở trên)`);
    expect(lines[2]).toBe(lines[0].replace(SEED, CLEAN).replace(seed.sheet, "Chỉ số CCHC 2024"));
  });

  it("refuses several files for apply, which writes one output", async () => {
    const { code, err } = await cli("apply", SEED, CLEAN, "-o", MISSING);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^Lệnh "apply" nhận một tệp đầu vào và một tệp kết quả \(-o\); hãy chạy từng tệp một\.\nCách dùng:/,
    );
  });
});
