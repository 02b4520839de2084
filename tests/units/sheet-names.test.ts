import { assignSheetNames, isValidSheetName, MAX_SHEET_NAME_LENGTH } from "../../src/core/units";
import expected from "../fixtures/gia-nghia-2024.expected.json";

const SEED_UNITS = Object.keys(expected.units);

function words(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/[^\p{L}\p{M}\p{N}.&]+/u)
    .filter(Boolean);
}

/** Every word of the sheet name is a whole word of the unit name or one of the abbreviations used. */
function cutWords(unit: string, sheet: string): string[] {
  const whole = new Set(words(unit.normalize("NFC")));
  return words(sheet.replace(/ \(\d+\)$/, "")).filter(
    (w) => !whole.has(w) && !/^(P\.|VP|TT|[\p{Lu}Đ&-]{2,}|HĐND-UBND)$/u.test(w),
  );
}

function expectUsable(names: ReadonlyMap<string, string>, taken: readonly string[] = []): void {
  const sheets = [...names.values()];
  for (const sheet of sheets) expect(isValidSheetName(sheet)).toBe(true);
  const keys = [...sheets, ...taken].map((s) => s.toUpperCase());
  expect(new Set(keys).size).toBe(keys.length);
  for (const [unit, sheet] of names) expect(cutWords(unit, sheet)).toEqual([]);
}

describe("isValidSheetName", () => {
  it.each(["P. Nội vụ", "TT VH-TT&TT", "a".repeat(31), "UBND các phường, xã", "It's"])("accepts %j", (name) => {
    expect(isValidSheetName(name)).toBe(true);
  });
  it.each(["", "  ", "a".repeat(32), "a/b", "a\\b", "a?", "a*", "[a]", "a:b", "'a", "a'", "History", "HISTORY"])(
    "refuses %j",
    (name) => {
      expect(isValidSheetName(name)).toBe(false);
    },
  );
  it("counts UTF-16 units, so decomposed text is longer", () => {
    const name = "Văn phòng HĐND và UBND phường";
    expect(isValidSheetName(name)).toBe(true);
    expect(name.normalize("NFD").length).toBeGreaterThan(MAX_SHEET_NAME_LENGTH);
    expect(isValidSheetName(name.normalize("NFD"))).toBe(false);
  });
});

describe("assignSheetNames", () => {
  it("abbreviates the seed's units the way staff do", () => {
    const names = assignSheetNames(SEED_UNITS);
    expect(Object.fromEntries(names)).toEqual({
      "Phòng Nội vụ": "P. Nội vụ",
      "Phòng Tư pháp": "P. Tư pháp",
      "Văn phòng HĐND và UBND thành phố": "VP HĐND-UBND",
      "Phòng Tài chính – Kế hoạch": "P. Tài chính – Kế hoạch",
      "Phòng Văn hóa và Thông tin": "P. Văn hóa và Thông tin",
      "Trung tâm Văn hóa – Thể thao và Truyền thông": "TT VH-TT&TT",
      "UBND các phường, xã": "UBND các phường, xã",
      "Các cơ quan, đơn vị thuộc UBND thành phố": "Các cơ quan, đơn vị thuộc UBND",
    });
    expectUsable(names);
  });

  it("keeps localities that are part of a collective's name", () => {
    const units = ["UBND cấp xã", "UBND các xã, thị trấn", "UBND các huyện, thị xã, thành phố", "Công an thành phố"];
    expect([...assignSheetNames(units).values()]).toEqual([
      "UBND cấp xã",
      "UBND các xã, thị trấn",
      "UBND các huyện, thị xã, TP",
      "Công an",
    ]);
  });

  it("abbreviates field names only when the name is too long", () => {
    const names = assignSheetNames([
      "Phòng Lao động – Thương binh và Xã hội",
      "Phòng Giáo dục và Đào tạo",
      "Sở Nông nghiệp và Phát triển nông thôn",
    ]);
    expect([...names.values()]).toEqual(["P. LĐ-TB&XH", "P. Giáo dục và Đào tạo", "Sở NN&PTNT"]);
    expectUsable(names);
  });

  it("cuts a long unknown name at a word boundary, without a dangling joiner", () => {
    const unit = "Ban Quản lý dự án đầu tư xây dựng và Phát triển quỹ đất thành phố";
    const sheet = assignSheetNames([unit]).get(unit) ?? "";
    expect(sheet).toBe("Ban QLDA đầu tư xây dựng");
    expectUsable(new Map([[unit, sheet]]));
  });

  it("measures decomposed (NFD) names after composing them", () => {
    const unit = "Hội Liên hiệp Phụ nữ Việt Nam".normalize("NFD");
    expect(unit.length).toBeGreaterThan(MAX_SHEET_NAME_LENGTH);
    expect(assignSheetNames([unit]).get(unit)).toBe("Hội Liên hiệp Phụ nữ Việt Nam".normalize("NFC"));
    const long = "Trung tâm Văn hóa – Thể thao và Truyền thông".normalize("NFD");
    expect(assignSheetNames([long]).get(long)).toBe("TT VH-TT&TT");
  });

  it("makes names unique ignoring case, among themselves and the sheets already there", () => {
    const units = [
      "Phòng Nội vụ",
      "PHÒNG NỘI VỤ",
      "phòng nội vụ thành phố",
      "History",
      "Phòng Văn hóa và Thông tin",
      "Phòng VH-TT",
    ];
    const taken = ["p. nội vụ", "Phụ lục"];
    const names = assignSheetNames(units, taken);
    expect([...names.values()]).toEqual([
      "P. Nội vụ (2)",
      "P. NỘI VỤ (3)",
      "phòng nội vụ",
      "History (2)",
      "P. Văn hóa và Thông tin",
      "P. VH-TT",
    ]);
    expectUsable(names, taken);
  });

  it("keeps a suffixed name within the limit by dropping whole words", () => {
    const unit = "Trung tâm Phát triển quỹ đất và Dịch vụ công ích";
    const names = assignSheetNames([unit, unit.toUpperCase()]);
    expect([...names.values()]).toEqual(["TT Phát triển quỹ đất và Dịch", "TT PHÁT TRIỂN QUỸ ĐẤT VÀ (2)"]);
    expectUsable(names);
  });

  it("replaces characters Excel refuses and quotes at the ends", () => {
    const names = assignSheetNames(["Phòng Kinh tế/Hạ tầng", "'Ban [A]: B?*'"]);
    expect([...names.values()]).toEqual(["P. Kinh tế-Hạ tầng", "Ban (A)- B"]);
    expectUsable(names);
  });

  it("names a unit made only of characters Excel refuses, and cuts one word longer than a sheet name", () => {
    const long = "Trungtâmphụcvụhànhchínhcôngthànhphố";
    const names = assignSheetNames(["'''", long]);
    expect([...names.values()]).toEqual(["_", long.slice(0, MAX_SHEET_NAME_LENGTH)]);
    expect([...names.values()].every(isValidSheetName)).toBe(true);
    // Cut between characters, not inside a surrogate pair: 15 of these (2 UTF-16 units each) fit in 31.
    expect(assignSheetNames(["🏛".repeat(20)]).get("🏛".repeat(20))).toBe("🏛".repeat(15));
  });

  it("gives the same unit name one sheet", () => {
    // Named once: the second mention neither renames it nor takes a name from the next unit.
    expect(Object.fromEntries(assignSheetNames(["Phòng Y tế", "Phòng Y tế", "P. Y tế (2)"]))).toEqual({
      "Phòng Y tế": "P. Y tế",
      "P. Y tế (2)": "P. Y tế (2)",
    });
  });

  it("abbreviates a type typed in lower case before a capitalised name, never before a common noun", () => {
    const names = ["phòng Tư pháp", "PHÒNG khám đa khoa", "Phòng khám Đa khoa khu vực"].map((unit) =>
      assignSheetNames([unit]).get(unit),
    );
    expect(names).toEqual(["P. Tư pháp", "PHÒNG khám đa khoa", "Phòng khám Đa khoa khu vực"]);
  });

  it("abbreviates titles and fields whatever their case", () => {
    const units = ["ỦY BAN NHÂN DÂN xã Đắk Nia", "PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI HUYỆN"];
    expect([...assignSheetNames(units).values()]).toEqual(["UBND xã Đắk Nia", "P. LĐ-TB&XH"]);
  });

  it("drops a trailing locality only after a name, not after the type alone, 'các' or a list", () => {
    const units = ["UBND xã", "UBND các xã", "Phòng Nội vụ,LĐTBXH huyện"];
    expect([...assignSheetNames(units).values()]).toEqual(["UBND xã", "UBND các xã", "P. Nội vụ,LĐTBXH"]);
  });

  it("abbreviates no field of a name exactly as long as a sheet name allows", () => {
    const unit = "Phòng Văn hóa, Thể thao và Du lịch";
    const sheet = assignSheetNames([unit]).get(unit) ?? "";
    expect(sheet).toBe("P. Văn hóa, Thể thao và Du lịch");
    expect(sheet.length).toBe(MAX_SHEET_NAME_LENGTH);
  });

  it("keeps a last word that ends exactly at the limit, and drops every joiner the cut leaves", () => {
    const names = assignSheetNames([
      "Ban Quản lý các khu công nghiệp và khu kinh tế",
      "Ban Quản lý dự án Đầu tư Xây dựng, và Phát triển quỹ đất",
    ]);
    expect([...names.values()]).toEqual(["Ban Quản lý các khu công nghiệp", "Ban QLDA Đầu tư Xây dựng"]);
  });

  it("keeps quotes inside a name and drops every quote at its ends; '?' and '*' part words", () => {
    const names = assignSheetNames(["UBND huyện Đắk R'Lấp", "''Ban A", "Hội B''", "Phòng Nội vụ*Tư pháp"]);
    expect([...names.values()]).toEqual(["UBND huyện Đắk R'Lấp", "Ban A", "Hội B", "P. Nội vụ Tư pháp"]);
  });
});
