import { createUnitResolver } from "../../src/core/units";

/** Resolves each cell on its own, in a table whose cells are `table` plus the cell. */
function resolveAll(cells: readonly string[], table: readonly string[] = []): (readonly string[])[] {
  const resolver = createUnitResolver([...table, ...cells]);
  return cells.map((cell) => resolver.resolve(cell));
}

// A city table: most cells name the locality "thành phố".
const CITY = ["Phòng Nội vụ thành phố", "Phòng Tư pháp thành phố", "Văn phòng HĐND và UBND thành phố"];

describe("one canonical name per unit", () => {
  it.each([
    [
      "Phòng Nội vụ",
      [
        "Phòng Nội vụ",
        "Phòng Nội vụ thành phố",
        "phòng Nội vụ",
        "PHÒNG NỘI VỤ",
        "Phòng Nội vụ".normalize("NFD"),
        "P. Nội vụ",
      ],
    ],
    [
      "Văn phòng HĐND và UBND thành phố",
      [
        "Văn phòng HĐND và UBND",
        "Văn phòng HĐND & UBND huyện",
        "Văn phòng HĐND-UBND",
        "Văn phòng HĐND và UBND thành phố",
        "VP HĐND-UBND",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố",
        "Văn phòng HĐND, và UBND",
      ],
    ],
    [
      "Phòng Tài chính – Kế hoạch",
      [
        "Phòng Tài chính – Kế hoạch",
        "Phòng Tài Chính - Kế hoạch",
        "Phòng TC-KH",
        "Phòng Tài chính-Kế hoạch thành phố",
        "Phòng Tài chính Kế hoạch",
      ],
    ],
    [
      "Phòng Văn hóa và Thông tin",
      [
        "Phòng Văn hóa - Thông tin",
        "Phòng Văn hóa và Thông tin",
        "Phòng Văn hoá – Thông tin",
        "Phòng VH-TT",
        "Phòng Văn hoá và Thông tin thành phố",
      ],
    ],
    [
      "Trung tâm Văn hóa – Thể thao và Truyền thông",
      [
        "Trung tâm Văn hóa - Thể thao và Truyền thông",
        "Trung tâm Văn hoá, Thể thao và Truyền thông thành phố",
        "TT VH-TT&TT",
        "Trung tâm Văn hóa, Thể thao, và Truyền thông",
      ],
    ],
    [
      "UBND các phường, xã",
      ["UBND các phường, xã", "Uỷ ban nhân dân các phường, xã", "Ủy ban nhân dân các phường, xã".normalize("NFD")],
    ],
  ])("%s", (canonical, variants) => {
    expect(resolveAll(variants, CITY)).toEqual(variants.map(() => [canonical]));
  });

  it("gives units that exist at every level the locality most cells name", () => {
    const district = ["Phòng Nội vụ huyện", "Phòng Tư pháp huyện", "Văn phòng HĐND-UBND"];
    expect(createUnitResolver(district).resolve("Văn phòng HĐND-UBND")).toEqual(["Văn phòng HĐND và UBND huyện"]);
    const commune = ["Văn phòng HĐND & UBND xã", "Trung tâm Phục vụ hành chính công xã", "Phòng Văn hoá - Xã hội"];
    expect(commune.map((cell) => createUnitResolver(commune).resolve(cell))).toEqual([
      ["Văn phòng HĐND và UBND xã"],
      ["Trung tâm Phục vụ hành chính công xã"],
      ["Phòng Văn hóa - Xã hội"],
    ]);
  });

  it("gives units that exist at every level the locality most cells name, even where most cells name other units", () => {
    // Two units outside the dictionary (in one cell, so not learned) and one naming "huyện": the first two name none.
    const table = ["Đội Kiểm tra trật tự đô thị; Hội Chữ thập đỏ", "Phòng Nội vụ huyện", "Văn phòng HĐND và UBND"];
    expect(createUnitResolver(table).resolve("Văn phòng HĐND và UBND")).toEqual(["Văn phòng HĐND và UBND huyện"]);
  });

  it("does not take the table's locality from the place written after lower units' names", () => {
    // In a province's plan, the communes' district says where they are, not whose plan it is.
    const table = ["UBND các phường, xã huyện Đắk Mil", "Văn phòng HĐND và UBND"];
    expect(createUnitResolver(table).resolve(table[0])).toEqual(["UBND các phường, xã"]);
    expect(createUnitResolver(table).resolve("Văn phòng HĐND và UBND")).toEqual(["Văn phòng HĐND và UBND"]);
  });

  it("leaves the locality off when no cell names one", () => {
    expect(createUnitResolver([]).resolve("Văn phòng HĐND và UBND")).toEqual(["Văn phòng HĐND và UBND"]);
  });

  it("drops a place name after the locality", () => {
    expect(resolveAll(["Phòng Nội vụ thành phố Gia Nghĩa, Phòng Tư pháp"])).toEqual([
      ["Phòng Nội vụ", "Phòng Tư pháp"],
    ]);
  });

  it("gives blank cells no unit", () => {
    expect(resolveAll(["", "   ", "\n", " - "])).toEqual([[], [], [], []]);
  });
});

describe("units outside the dictionary", () => {
  it("learns a unit named alone in a cell, 'và' and commas included", () => {
    const table = ["Ban Quản lý dự án và Phát triển quỹ đất", "Hội Liên hiệp Phụ nữ, Đoàn Thanh niên"];
    const resolver = createUnitResolver(table);
    expect(resolver.resolve("Ban Quản lý dự án và Phát triển quỹ đất")).toEqual([
      "Ban Quản lý dự án và Phát triển quỹ đất",
    ]);
    expect(resolver.resolve("Phòng Nội vụ; ban quản lý dự án và phát triển quỹ đất thành phố")).toEqual([
      "Phòng Nội vụ",
      "Ban Quản lý dự án và Phát triển quỹ đất",
    ]);
    // Two units after a comma: each starts with a unit's head word.
    expect(resolver.resolve("Hội Liên hiệp Phụ nữ, Đoàn Thanh niên")).toEqual([
      "Hội Liên hiệp Phụ nữ",
      "Đoàn Thanh niên",
    ]);
  });

  it("tells a learned unit from a known one run on before it, and learns nothing from a cell naming two units", () => {
    // "Tổ" is no head word: only the unit learned from the first cell ends "Phòng Nội vụ" there.
    const table = ["Tổ công tác", "Phòng Nội vụ Tổ công tác; Phòng Tư pháp"];
    expect(createUnitResolver(table).resolve(table[1])).toEqual(["Phòng Nội vụ", "Tổ công tác", "Phòng Tư pháp"]);
    expect(createUnitResolver(table.slice(1)).resolve(table[1])).toEqual(["Phòng Nội vụ Tổ công tác", "Phòng Tư pháp"]);
  });

  it("shows an unknown unit in its most used spelling, cleaned", () => {
    const table = [
      "Đội  Kiểm tra trật tự đô thị",
      "đội kiểm tra trật tự đô thị",
      "Đội Kiểm tra trật tự đô thị",
      "Phòng Nội vụ, đội kiểm tra trật tự đô thị",
    ];
    const resolver = createUnitResolver(table);
    expect(table.map((cell) => resolver.resolve(cell))).toEqual([
      ["Đội Kiểm tra trật tự đô thị"],
      ["Đội Kiểm tra trật tự đô thị"],
      ["Đội Kiểm tra trật tự đô thị"],
      ["Phòng Nội vụ", "Đội Kiểm tra trật tự đô thị"],
    ]);
  });

  it("does not take a known name out of a longer unknown one", () => {
    expect(resolveAll(["Thanh tra giao thông", "Phòng Nội vụ, Thanh tra thành phố"])).toEqual([
      ["Thanh tra giao thông"],
      ["Phòng Nội vụ", "Thanh tra thành phố"],
    ]);
  });

  it("keeps title words with the unit they qualify", () => {
    expect(resolveAll(["Chủ tịch UBND thành phố"])).toEqual([["Chủ tịch UBND thành phố"]]);
  });
});

describe("user dictionary", () => {
  it("adds known units, which then hold together in any cell", () => {
    const resolver = createUnitResolver([], { known: ["Ban Tiếp công dân và Xử lý đơn thư"] });
    expect(resolver.resolve("Phòng Tư pháp và Ban tiếp công dân và xử lý đơn thư")).toEqual([
      "Phòng Tư pháp",
      "Ban Tiếp công dân và Xử lý đơn thư",
    ]);
  });

  it("lets aliases merge spellings and rename built-in units", () => {
    const resolver = createUnitResolver(["Phòng Nội vụ"], {
      aliases: { BQLDA: "Ban Quản lý dự án", "Phòng Văn hóa và Thông tin": "Phòng Văn hóa, Khoa học và Thông tin" },
    });
    expect(resolver.resolve("BQLDA, Phòng Văn hoá - Thông tin")).toEqual([
      "Ban Quản lý dự án",
      "Phòng Văn hóa, Khoa học và Thông tin",
    ]);
    expect(resolver.resolve("Ban quản lý dự án; Phòng VH-TT")).toEqual([
      "Ban Quản lý dự án",
      "Phòng Văn hóa, Khoa học và Thông tin",
    ]);
  });

  it("renames a unit named with the table's locality, by its name with or without that locality", () => {
    // "TTYT" is a built-in spelling of "Trung tâm Y tế", named "Trung tâm Y tế thành phố" in a city table.
    for (const variant of ["Trung tâm Y tế", "Trung tâm Y tế thành phố"]) {
      const resolver = createUnitResolver(CITY, { aliases: { [variant]: "Trung tâm Y tế Gia Nghĩa" } });
      expect([resolver.resolve("TTYT"), resolver.resolve("Trung tâm Y tế")]).toEqual([
        ["Trung tâm Y tế Gia Nghĩa"],
        ["Trung tâm Y tế Gia Nghĩa"],
      ]);
    }
  });

  it("lets an alias win over a built-in spelling", () => {
    const resolver = createUnitResolver([], { aliases: { "Phòng Nội vụ thành phố": "Phòng Nội vụ TP" } });
    expect(resolver.resolve("Phòng Nội vụ thành phố")).toEqual(["Phòng Nội vụ TP"]);
  });
});
