import { createUnitResolver } from "../../src/core/units";

// A city table, so that "Văn phòng HĐND và UBND" takes "thành phố".
const resolver = createUnitResolver(["Phòng Nội vụ thành phố", "Văn phòng HĐND và UBND thành phố"]);

describe("cells naming several units", () => {
  it.each([
    [
      "Trung tâm Văn hóa - Thể thao và Truyền thông; phòng Văn hóa - Thông tin thành phố",
      ["Trung tâm Văn hóa – Thể thao và Truyền thông", "Phòng Văn hóa và Thông tin"],
    ],
    [
      "- Phòng Nội vụ Văn phòng HĐND và UBND thành phố UBND các phường, xã",
      ["Phòng Nội vụ", "Văn phòng HĐND và UBND thành phố", "UBND các phường, xã"],
    ],
    [
      "Các cơ quan, đơn vị thuộc UBND thành phố, UBND các phường, xã",
      ["Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"],
    ],
    ["Văn phòng HĐND và UBND", ["Văn phòng HĐND và UBND thành phố"]],
    [
      "Phòng Văn hóa – Thông tin thành phố, Văn phòng HĐND và UBND thành phố.",
      ["Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND thành phố"],
    ],
    [
      "Phòng Văn hóa – Thông tin thành phố và UBND các phường, xã",
      ["Phòng Văn hóa và Thông tin", "UBND các phường, xã"],
    ],
    ["- Phòng Nội vụ\n- Phòng Tư pháp\n+ Phòng Y tế", ["Phòng Nội vụ", "Phòng Tư pháp", "Phòng Y tế"]],
    [
      "• Phòng Tài nguyên và Môi trường; • Phòng Giáo dục và Đào tạo.",
      ["Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo"],
    ],
    [
      "Phòng Lao động – Thương binh và Xã hội và các cơ quan, đơn vị liên quan",
      ["Phòng Lao động – Thương binh và Xã hội", "Các cơ quan, đơn vị liên quan"],
    ],
    ["UBND các xã, thị trấn; Các phòng, ban chuyên môn", ["UBND các xã, thị trấn", "Các phòng, ban chuyên môn"]],
    ["Phòng Nội vụ, Phòng Nội vụ thành phố", ["Phòng Nội vụ"]],
    ["Phòng Tư pháp Phòng Nội vụ", ["Phòng Tư pháp", "Phòng Nội vụ"]],
    // A name with its own place words takes no locality, but one written after it still belongs to it.
    ["Các phòng, ban chuyên môn thành phố", ["Các phòng, ban chuyên môn"]],
    ["UBND các phường, xã thành phố Gia Nghĩa; Phòng Nội vụ", ["UBND các phường, xã", "Phòng Nội vụ"]],
  ])("%j", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });

  it.each([
    ["Phòng Nội vụ (chủ trì)", ["Phòng Nội vụ"]],
    ["Phòng Tư pháp (phối hợp), Phòng Nội vụ", ["Phòng Tư pháp", "Phòng Nội vụ"]],
    ["UBND các xã (Đắk R'Moan, Quảng Thành)", ["UBND các xã"]],
    ["Phòng Nội vụ [đầu mối]", ["Phòng Nội vụ"]],
    ["Phòng Y tế (chủ trì\nPhòng Tư pháp", ["Phòng Y tế", "Phòng Tư pháp"]],
    ["Các phòng chuyên môn (Phòng Nội vụ, Phòng Tư pháp)", ["Các phòng chuyên môn", "Phòng Nội vụ", "Phòng Tư pháp"]],
    ["(Ban Chỉ huy Quân sự)", ["Ban Chỉ huy Quân sự thành phố"]],
  ])("leaves out a remark in brackets after a unit: %j", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });

  it("reads text typed decomposed (NFD) as composed", () => {
    const cell = "- Phòng Nội vụ Văn phòng HĐND và UBND thành phố UBND các phường, xã";
    expect(resolver.resolve(cell.normalize("NFD"))).toEqual(resolver.resolve(cell));
  });
});

describe("where a unit's name starts (its head word)", () => {
  it.each([
    // Two-word heads after a ",": the comma separates only when a whole head follows it.
    ["Tổ công tác, Trung tâm Dịch vụ việc làm", ["Tổ công tác", "Trung tâm Dịch vụ việc làm"]],
    ["Tổ công tác, Văn phòng Đăng ký đất đai", ["Tổ công tác", "Văn phòng Đăng ký đất đai"]],
    // A capitalised head right after other words starts the next unit, known or not.
    ["Ban Quản lý chợ Phòng Nội vụ", ["Ban Quản lý chợ", "Phòng Nội vụ"]],
    ["Tổ công tác Phòng chống dịch", ["Tổ công tác", "Phòng chống dịch"]],
    // The cell ends on the first word of a two-word head ("huyện ủy", "thành ủy").
    ["Hội Nông dân huyện", ["Hội Nông dân huyện"]],
    ["Hội Cựu chiến binh Thành", ["Hội Cựu chiến binh Thành"]],
    // After a comma any head starts a unit, lower-case too; a line break ends one, after "TP" too.
    ["Hội Nông dân, hội Phụ nữ", ["Hội Nông dân", "Hội Phụ nữ"]],
    ["Ban Quản lý chợ TP\nTổ công tác", ["Ban Quản lý chợ TP", "Tổ công tác"]],
  ])("%j", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });
});
