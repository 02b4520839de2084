/** A1 addresses as Excel reads and writes them. */
import { parseAddress, qualifiedAddress, quoteSheetName, rectToA1 } from "../../src/memory-excel/address";

describe("addresses", () => {
  it.each([
    ["A1", "A1"],
    ["$B$2:c3", "B2:C3"],
    ["C3:B2", "B2:C3"],
    ["A:C", "A:C"],
    ["$2:$4", "2:4"],
    ["XFD1048576", "XFD1048576"],
  ])("parses %s and writes it back as %s", (input, output) => {
    expect(rectToA1(parseAddress(input).rect)).toBe(output);
  });

  it.each(["", "A0", "XFE1", "A1048577", "A1:B", "1A", "A1:B2:C3"])("refuses %j with InvalidArgument", (input) => {
    expect(() => parseAddress(input)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  it("reads a sheet prefix, quoted or not", () => {
    expect(parseAddress("'It''s here'!A1").sheet).toBe("It's here");
    expect(parseAddress("Data!B2").sheet).toBe("Data");
  });

  it.each([
    ["Sheet1", "Sheet1"],
    ["Điểm", "Điểm"],
    ["Kế hoạch", "'Kế hoạch'"],
    ["2024", "'2024'"],
    ["AB12", "'AB12'"],
    ["R1C1", "'R1C1'"],
    ["It's", "'It''s'"],
    ["a-b", "'a-b'"],
  ])("quotes sheet name %s as %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it("writes whole-sheet addresses as row ranges", () => {
    expect(qualifiedAddress("S", parseAddress("1:1048576").rect)).toBe("S!1:1048576");
  });
});
