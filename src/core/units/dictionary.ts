/**
 * Units every plan may name, with their official display names and the abbreviations
 * and spellings staff use. Matching ignores diacritics, case, and which joiner stands
 * between words ("-", "–", "&", ",", "và" or none), and reads "Ủy ban nhân dân" as
 * "UBND", "VP" as "Văn phòng", "P." as "Phòng": variants list only what differs beyond that.
 */

/**
 * What a locality word after the name ("... thành phố") does:
 * - drop: departments; the locality is implied ("Phòng Nội vụ thành phố" is "Phòng Nội vụ").
 * - table: units that exist at every level and are named with it; the display name takes
 *   the locality most used in the table ("Văn phòng HĐND và UBND thành phố").
 * - none: the name already ends with its own place words ("UBND các phường, xã").
 */
export type LocalityPolicy = "drop" | "table" | "none";

export interface UnitEntry {
  readonly name: string;
  readonly variants?: readonly string[];
  readonly locality?: LocalityPolicy;
}

const PROVINCE_DEPARTMENTS: readonly UnitEntry[] = [
  { name: "Sở Nội vụ", variants: ["Sở NV"] },
  { name: "Sở Tư pháp" },
  { name: "Sở Tài chính", variants: ["Sở TC"] },
  { name: "Sở Kế hoạch và Đầu tư", variants: ["Sở KH-ĐT", "Sở KHĐT"] },
  { name: "Sở Xây dựng", variants: ["Sở XD"] },
  { name: "Sở Giao thông vận tải", variants: ["Sở GTVT"] },
  { name: "Sở Công Thương", variants: ["Sở CT"] },
  { name: "Sở Nông nghiệp và Môi trường", variants: ["Sở NN-MT", "Sở NNMT"] },
  { name: "Sở Nông nghiệp và Phát triển nông thôn", variants: ["Sở NN-PTNT", "Sở NNPTNT"] },
  { name: "Sở Tài nguyên và Môi trường", variants: ["Sở TN-MT", "Sở TNMT"] },
  { name: "Sở Khoa học và Công nghệ", variants: ["Sở KH-CN", "Sở KHCN"] },
  { name: "Sở Thông tin và Truyền thông", variants: ["Sở TT-TT", "Sở TTTT"] },
  { name: "Sở Văn hóa, Thể thao và Du lịch", variants: ["Sở VH-TT-DL", "Sở VHTTDL"] },
  { name: "Sở Văn hóa và Thể thao", variants: ["Sở VH-TT", "Sở VHTT"] },
  { name: "Sở Du lịch" },
  { name: "Sở Giáo dục và Đào tạo", variants: ["Sở GD-ĐT", "Sở GDĐT"] },
  { name: "Sở Y tế" },
  { name: "Sở Lao động – Thương binh và Xã hội", variants: ["Sở LĐ-TB-XH", "Sở LĐTBXH"] },
  { name: "Sở Dân tộc và Tôn giáo", variants: ["Sở DT-TG"] },
  { name: "Sở Ngoại vụ" },
  { name: "Ban Dân tộc" },
  { name: "Văn phòng UBND", locality: "table" },
  { name: "Văn phòng Đoàn ĐBQH và HĐND", locality: "table" },
];

// District and city departments until 2025; several live on in communes and wards.
const DISTRICT_DEPARTMENTS: readonly UnitEntry[] = [
  { name: "Phòng Nội vụ", variants: ["Phòng NV"] },
  { name: "Phòng Tư pháp" },
  { name: "Phòng Tài chính – Kế hoạch", variants: ["Phòng TC-KH", "Phòng TCKH"] },
  { name: "Phòng Tài nguyên và Môi trường", variants: ["Phòng TN-MT", "Phòng TNMT"] },
  { name: "Phòng Lao động – Thương binh và Xã hội", variants: ["Phòng LĐ-TB-XH", "Phòng LĐTBXH"] },
  { name: "Phòng Văn hóa và Thông tin", variants: ["Phòng VH-TT", "Phòng VHTT"] },
  { name: "Phòng Văn hóa, Khoa học và Thông tin", variants: ["Phòng VH-KH-TT", "Phòng VHKHTT"] },
  { name: "Phòng Giáo dục và Đào tạo", variants: ["Phòng GD-ĐT", "Phòng GDĐT"] },
  { name: "Phòng Y tế" },
  { name: "Phòng Kinh tế", variants: ["Phòng KT"] },
  { name: "Phòng Kinh tế và Hạ tầng", variants: ["Phòng KT-HT", "Phòng KTHT"] },
  { name: "Phòng Quản lý đô thị", variants: ["Phòng QLĐT"] },
  { name: "Phòng Nông nghiệp và Phát triển nông thôn", variants: ["Phòng NN-PTNT", "Phòng NNPTNT"] },
  { name: "Phòng Nông nghiệp và Môi trường", variants: ["Phòng NN-MT", "Phòng NNMT"] },
  { name: "Phòng Dân tộc" },
  { name: "Văn phòng HĐND và UBND", locality: "table" },
  { name: "Thanh tra", locality: "table" },
  { name: "Công an", locality: "table" },
  { name: "Ban Chỉ huy Quân sự", variants: ["BCH Quân sự", "Ban CHQS", "BCHQS"], locality: "table" },
  { name: "Trung tâm Y tế", variants: ["TTYT"], locality: "table" },
  {
    name: "Trung tâm Văn hóa – Thể thao và Truyền thông",
    variants: ["Trung tâm VH-TT-TT", "TT VH-TT-TT", "TTVH-TT-TT", "Trung tâm VHTTTT", "TTVHTTTT"],
  },
  { name: "Bộ phận Tiếp nhận và Trả kết quả", variants: ["Bộ phận một cửa", "Bộ phận TN-TKQ"] },
];

// Communes and wards after the 2025 reorganisation.
const COMMUNE_DEPARTMENTS: readonly UnitEntry[] = [
  { name: "Phòng Kinh tế, Hạ tầng và Đô thị", variants: ["Phòng KT-HT-ĐT", "Phòng KTHTĐT"] },
  { name: "Phòng Văn hóa - Xã hội", variants: ["Phòng VH-XH", "Phòng VHXH"] },
  {
    name: "Trung tâm Phục vụ hành chính công",
    variants: ["Trung tâm PVHCC", "TT PVHCC", "TTPVHCC"],
    locality: "table",
  },
];

// Groups of units; someone coordinates them, so each is a unit of its own.
const COLLECTIVES: readonly UnitEntry[] = [
  {
    name: "Các cơ quan, đơn vị thuộc UBND",
    variants: ["Các cơ quan, đơn vị trực thuộc UBND", "Cơ quan, đơn vị thuộc UBND"],
    locality: "table",
  },
  { name: "Các cơ quan chuyên môn thuộc UBND", locality: "table" },
  { name: "Các phòng, ban chuyên môn thuộc UBND", locality: "table" },
  { name: "Các phòng, ban chuyên môn", variants: ["Các phòng ban chuyên môn"], locality: "none" },
  {
    name: "Các cơ quan, đơn vị liên quan",
    variants: [
      "Các cơ quan, đơn vị có liên quan",
      "Cơ quan, đơn vị liên quan",
      "Các đơn vị liên quan",
      "Các đơn vị có liên quan",
      "Các cơ quan liên quan",
      "Các cơ quan có liên quan",
    ],
    locality: "none",
  },
  { name: "Các sở, ban, ngành", variants: ["Các sở, ngành"] },
  { name: "UBND các phường, xã", variants: ["UBND các xã, phường", "UBND phường, xã"], locality: "none" },
  { name: "UBND các xã, thị trấn", variants: ["UBND các thị trấn, xã", "UBND xã, thị trấn"], locality: "none" },
  { name: "UBND các xã, phường, thị trấn", variants: ["UBND các phường, xã, thị trấn"], locality: "none" },
  { name: "UBND các xã", locality: "none" },
  { name: "UBND các phường", locality: "none" },
  { name: "UBND cấp xã", locality: "none" },
  { name: "UBND các huyện, thị xã, thành phố", locality: "none" },
  { name: "UBND các huyện, thành phố", locality: "none" },
];

export const BUILT_IN_UNITS: readonly UnitEntry[] = [
  ...PROVINCE_DEPARTMENTS,
  ...DISTRICT_DEPARTMENTS,
  ...COMMUNE_DEPARTMENTS,
  ...COLLECTIVES,
];
