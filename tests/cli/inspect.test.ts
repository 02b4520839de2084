import * as path from "path";
import { run } from "../../src/cli/main";

const SEED = path.join(__dirname, "..", "fixtures", "gia-nghia-2024.pasted.xlsx");

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {} });
  return { code, out, err };
}

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
    const en = await cli("inspect", SEED, "--lang", "en");
    expect(en.out).toContain("Total: 83.26/100 (16.739 points lost)");
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
});
