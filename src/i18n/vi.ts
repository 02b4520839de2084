import type { Messages } from "./messages";

const LEVELS = ["Lĩnh vực", "Tiêu chí", "Tiêu chí thành phần"];

export const vi: Messages = {
  decimalSeparator: ",",
  levelName: (level) => LEVELS[Math.min(level, LEVELS.length) - 1],
  fieldName: (field, year) =>
    ({ max: "điểm tối đa", score: year ? `điểm năm ${year}` : "điểm đạt", target: year ? `mục tiêu năm ${year}` : "mục tiêu" })[
      field
    ],
  totalRow: "Dòng Tổng",
  severity: { error: "Lỗi", warning: "Cần xem", info: "Thông tin" },
  issues: {
    "subtotal-mismatch": (c) =>
      `${c.where}: ${c.field} ghi ${c.num(c.params.stated)} nhưng tổng các tiêu chí là ${c.num(c.params.computed)}`,
    "subtotal-rounding": (c) =>
      `${c.where}: ${c.field} ghi ${c.num(c.params.stated)}, tổng các tiêu chí là ${c.num(c.params.computed)} (chỉ do làm tròn)`,
    "total-mismatch": (c) =>
      `${c.where}: ${c.field} ghi ${c.num(c.params.stated)} nhưng tổng các tiêu chí là ${c.num(c.params.computed)}`,
    "total-rounding": (c) =>
      `${c.where}: ${c.field} ghi ${c.num(c.params.stated)}, tổng các tiêu chí là ${c.num(c.params.computed)} (chỉ do làm tròn)`,
    "score-above-max": (c) =>
      `${c.where}: ${c.field} là ${c.num(c.params.value)}, cao hơn điểm tối đa ${c.num(c.params.max)}`,
    "target-above-max": (c) =>
      `${c.where}: ${c.field} là ${c.num(c.params.value)}, cao hơn điểm tối đa ${c.num(c.params.max)}`,
    "target-below-score": (c) =>
      `${c.where}: ${c.field} (${c.num(c.params.value)}) thấp hơn điểm đã đạt (${c.num(c.params.score)})`,
    "duplicate-code": (c) => `${c.where}: số thứ tự ${c.params.code} trùng với dòng ${c.params.firstRow}`,
    "orphan": (c) => `${c.where}: không tìm thấy mục cha ${c.params.parent} trong bảng`,
    "missing-lead": (c) => `${c.where}: chưa có cơ quan, đơn vị chủ trì`,
    "date-as-score": (c) =>
      `${c.where}: ô ${c.field} là một ngày tháng (Excel đã đổi số khi dán); hãy nhập lại số điểm`,
    "unreadable-number": (c) => `${c.where}: không đọc được ${c.field} "${c.params.text}"`,
    "missing-value": (c) => `${c.where}: chưa có ${c.field}`,
    "guessed-number": (c) => `${c.where}: ${c.field} "${c.params.text}" được hiểu là ${c.num(c.params.value)}; hãy kiểm tra`,
    "missing-total": () => "Bảng không có dòng Tổng; tổng điểm được tính từ các tiêu chí",
    "hidden-row": (c) => `${c.where}: dòng ${c.params.row} đang bị ẩn`,
  },
  cli: {
    usage: [
      "Cách dùng:",
      "  par-index inspect TỆP.xlsx [--sheet TÊN] [--json] [--lang vi|en]",
      "  par-index apply TỆP.xlsx -o KẾT-QUẢ.xlsx [--sheet TÊN] [--lang vi|en]",
    ].join("\n"),
    unknownCommand: (command) => `Lệnh không hợp lệ: "${command}". Dùng "inspect" hoặc "apply".`,
    missingFile: "Thiếu tên tệp .xlsx cần đọc.",
    missingOutput: 'Thiếu tệp kết quả: thêm "-o KẾT-QUẢ.xlsx".',
    fileNotFound: (file) => `Không tìm thấy tệp "${file}".`,
    notXlsx: (file) => `Tệp "${file}" không phải bảng tính Excel (.xlsx).`,
    encrypted: (file) => `Tệp "${file}" được đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi thử lại.`,
    unreadable: (file) => `Không đọc được tệp "${file}"; tệp có thể bị hỏng.`,
    sheetNotFound: (sheet, available) => `Không có trang tính "${sheet}". Các trang tính: ${available}.`,
    noTable: (file) => `Không tìm thấy bảng Chỉ số CCHC (có cột STT/tiêu chí và điểm) trong "${file}".`,
    outputIsInput: "Tệp kết quả phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè.",
    cannotWrite: (file) => `Không ghi được tệp "${file}".`,
    written: (file, sheets) => `Đã ghi "${file}" (${sheets} trang tính được tạo).`,
  },
  sheets: {
    legendTitle: "Chú thích (PAR-index)",
    legendZero: "0 điểm",
    legendPartial: "Chưa đạt điểm tối đa",
    legendTarget: "Mục tiêu vượt điểm tối đa hoặc thấp hơn điểm đã đạt",
    assignmentTitle: (unit) => `NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: ${unit.toUpperCase()}`,
    assignmentSubtitle: (sheet, year) => `Theo bảng "${sheet}", mục tiêu năm ${year}`,
    leadSection: "I. CÁC TIÊU CHÍ CHỦ TRÌ",
    supportSection: "II. CÁC TIÊU CHÍ PHỐI HỢP",
    noCriteria: "(không có)",
    columns: {
      number: "STT",
      code: "Tiêu chí số",
      criterion: "Tên tiêu chí",
      max: "Điểm tối đa",
      score: (year) => `Điểm năm ${year}`,
      lost: "Điểm bị mất",
      target: (year) => `Mục tiêu năm ${year}`,
      tasks: "Nhiệm vụ, giải pháp",
      support: "Đơn vị phối hợp",
      lead: "Đơn vị chủ trì",
      deadline: "Thời hạn",
      progress: "Tiến độ",
      result: "Kết quả",
      percent: "Tỷ lệ đạt",
      domain: "Lĩnh vực",
      unit: "Cơ quan, đơn vị",
      leadCount: "Số tiêu chí chủ trì",
      supportCount: "Số tiêu chí phối hợp",
      atStake: "Điểm cần cải thiện",
      rank: "Thứ tự",
    },
    summaryName: "Tổng hợp",
    summaryTitle: (year) => `TỔNG HỢP CHỈ SỐ CCHC VÀ MỤC TIÊU NĂM ${year}`,
    domainsSection: "I. THEO LĨNH VỰC",
    unitsSection: "II. THEO CƠ QUAN, ĐƠN VỊ CHỦ TRÌ",
    rankingSection: "III. TIÊU CHÍ BỊ MẤT ĐIỂM (NHIỀU NHẤT TRƯỚC)",
    total: "Tổng",
    chartTitle: "Điểm đạt so với điểm tối đa theo lĩnh vực",
    unknownYear: "…",
  },
  report: {
    title: (sheet) => `Bảng Chỉ số CCHC trên trang tính "${sheet}"`,
    header: (headerRow, firstRow, lastRow) => `Dòng tiêu đề: ${headerRow}; nội dung: dòng ${firstRow}–${lastRow}`,
    years: (score, target) => `Điểm năm: ${score}; mục tiêu năm: ${target}`,
    counts: (domains, criteria, units) => `${domains} lĩnh vực, ${criteria} tiêu chí, ${units} cơ quan, đơn vị`,
    total: (score, max, lost) => `Tổng điểm: ${score}/${max} (mất ${lost} điểm)`,
    domainsTitle: "Theo lĩnh vực:",
    belowMaxTitle: (n) => `Tiêu chí chưa đạt điểm tối đa (${n}):`,
    lost: (points) => `mất ${points}`,
    unitsTitle: "Cơ quan, đơn vị:",
    unitLine: (name, sheet, lead, support) => `${name} [${sheet}]: chủ trì ${lead}, phối hợp ${support}`,
    issuesTitle: (errors, warnings, infos) => `Kiểm tra: ${errors} lỗi, ${warnings} cần xem, ${infos} thông tin`,
    noIssues: "Không phát hiện vấn đề.",
    row: (row) => `dòng ${row}`,
    unknownYear: "không rõ",
  },
};
