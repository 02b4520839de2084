import type { CliMessages } from "./cli-messages";

export const viCli: CliMessages = {
  cli: {
    usage: [
      "Cách dùng:",
      "  par-index inspect TỆP.xlsx [TỆP.xlsx ...] [--sheet TÊN] [--json] [--lang vi|en]",
      "  par-index apply TỆP.xlsx -o KẾT-QUẢ.xlsx [--sheet TÊN] [--lang vi|en]",
      "  par-index status TỆP.xlsx [--as-of YYYY-MM-DD] [--json] [--lang vi|en]",
      "  par-index split TỆP.xlsx -d THƯ-MỤC [--sheet TÊN] [--lang vi|en]",
      "  par-index collect TỆP.xlsx TỆP-ĐƠN-VỊ.xlsx ... -o KẾT-QUẢ.xlsx [--json] [--lang vi|en]",
    ].join("\n"),
    unknownCommand: (command) =>
      `Lệnh không hợp lệ: "${command}". Dùng "inspect", "apply", "status", "split" hoặc "collect".`,
    unknownOption: (option) => `Tùy chọn không hợp lệ: "${option}".`,
    missingValue: (option) => `Tùy chọn "${option}" cần một giá trị theo sau.`,
    badLanguage: (value) => `Ngôn ngữ không hỗ trợ: "${value}". Dùng "vi" hoặc "en".`,
    optionNotFor: (option, command) => `Lệnh "${command}" không dùng tùy chọn "${option}".`,
    missingFile: "Thiếu tên tệp .xlsx cần đọc.",
    missingOutput: 'Thiếu tệp kết quả: thêm "-o KẾT-QUẢ.xlsx".',
    oneFileToApply: 'Lệnh "apply" nhận một tệp đầu vào và một tệp kết quả (-o); hãy chạy từng tệp một.',
    oneFileToStatus: 'Lệnh "status" đọc một tệp; hãy chạy từng tệp một.',
    badDate: (value) => `Ngày không hợp lệ: "${value}". Viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-09-30.`,
    noAssignmentSheets: (file) =>
      `Tệp "${file}" chưa có trang giao nhiệm vụ nào; hãy tạo bằng "par-index apply" hoặc trong add-in trước.`,
    oneFileToSplit: 'Lệnh "split" nhận một tệp kế hoạch và một thư mục (-d); hãy chạy từng tệp một.',
    missingDir: 'Thiếu thư mục để ghi các tệp gửi đơn vị: thêm "-d THƯ-MỤC".',
    missingUnitFiles: "Thiếu các tệp đơn vị gửi lại: ghi sau tệp kế hoạch.",
    fileNotFound: (file) => `Không tìm thấy tệp "${file}".`,
    notXlsx: (file) => `Tệp "${file}" không phải bảng tính Excel (.xlsx).`,
    encrypted: (file) => `Tệp "${file}" được đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi thử lại.`,
    unreadable: (file) => `Không đọc được tệp "${file}"; tệp có thể bị hỏng.`,
    isDirectory: (file) => `"${file}" là một thư mục, không phải tệp .xlsx.`,
    tooLarge: (file, cells, limit) =>
      `Tệp "${file}" có ${cells.toLocaleString("vi-VN")} ô, quá ${limit.toLocaleString("vi-VN")} ô mà par-index đọc được; hãy chép bảng kế hoạch sang một tệp riêng rồi chạy lại.`,
    notRegularFile: (file) =>
      `"${file}" không phải một tệp thông thường (có thể là FIFO hoặc thiết bị); hãy chỉ ra một tệp .xlsx.`,
    unexpected: (file) =>
      `par-index gặp lỗi ngoài dự kiến khi xử lý "${file}"; tệp không nhất thiết bị hỏng. Đặt PAR_INDEX_DEBUG=1 để xem chi tiết.`,
    sheetNotFound: (sheet, available) => `Không có trang tính "${sheet}". Các trang tính: ${available}.`,
    noTable: (file) => `Không tìm thấy bảng Chỉ số CCHC (có cột STT/tiêu chí và điểm) trong "${file}".`,
    outputIsInput: "Tệp kết quả phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè.",
    cannotWrite: (file) => `Không ghi được tệp "${file}".`,
    written: (file, sheets) => `Đã ghi "${file}" (${sheets} trang tính được tạo).`,
    dropped: (sheet, parts) => `Lưu ý: trang "${sheet}" có ${parts} mà tệp kết quả không giữ được (tệp gốc không đổi).`,
    droppedPart: {
      charts: (n) => `${n} biểu đồ`,
      pivotTables: (n) => `${n} PivotTable`,
      slicers: (n) => `${n} slicer/timeline`,
      threadedComments: (n) => `${n} chú thích dạng hội thoại`,
      controls: (n) => `${n} điều khiển biểu mẫu/ActiveX`,
    },
    droppedUnchecked:
      "Lưu ý: không kiểm tra được tệp gốc có biểu đồ, PivotTable, slicer, chú thích hay điều khiển mà tệp kết quả không giữ được (tệp gốc không đổi).",
  },
  unitFiles: {
    written: (file, unit, lead, support) =>
      `Đã ghi "${file}" (${unit}: ${lead} tiêu chí chủ trì, ${support} tiêu chí phối hợp).`,
    noUnits: "Kế hoạch chưa giao tiêu chí nào cho cơ quan, đơn vị nào: không có tệp nào để gửi.",
    cannotMakeDir: (dir) => `Không tạo được thư mục "${dir}".`,
    collected: (out, cells, files) => `Đã ghi "${out}": lấy ${cells} ô từ ${files} tệp.`,
    taken: (file, unit, cells) => `"${file}" (${unit}): lấy ${cells} ô.`,
    noneTaken: "Không lấy được tệp nào; không ghi tệp kết quả.",
    outputIsUnitFile: (file) => `Tệp kết quả phải khác các tệp đơn vị gửi lại ("${file}").`,
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
    unitLine: (name, sheet, lead, support, atStake) =>
      `${name} [${sheet}]: chủ trì ${lead}, phối hợp ${support}, điểm bị mất thuộc trách nhiệm chủ trì ${atStake}`,
    ledBy: (units) => `đơn vị chủ trì: ${units}`,
    issuesTitle: (errors, warnings, infos) => `Kiểm tra: ${errors} lỗi, ${warnings} cần kiểm tra, ${infos} ghi chú`,
    noIssues: "Không phát hiện vấn đề.",
    row: (row) => `dòng ${row}`,
    unknownYear: "không rõ",
    fileHeading: (file) => `== ${file} ==`,
    batchTitle: (found, files) => `Tổng hợp: ${found}/${files} tệp có bảng Chỉ số CCHC`,
    batchLine: (file, sheet, score, max, lost, errors, warnings) =>
      `${file} ("${sheet}"): ${score}/${max} điểm, mất ${lost}; ${errors} lỗi, ${warnings} cần kiểm tra`,
    batchFailed: (file) => `${file}: không dùng được (xem thông báo ở trên)`,
  },
  status: {
    title: (asOf) => `Tiến độ thực hiện đến ngày ${asOf}`,
    counts: (total, done, inProgress, notStarted, overdue, evidence) =>
      `${total} tiêu chí chủ trì: hoàn thành ${done}, đang thực hiện ${inProgress}, chưa thực hiện ${notStarted}; quá hạn ${overdue}; thiếu tài liệu kiểm chứng ${evidence}`,
    unit: (name, sheet, counts) => `${name} [${sheet}]: ${counts}`,
    total: (counts) => `Cả kế hoạch: ${counts}`,
    overdueTitle: (n) => `Quá hạn (${n}):`,
    overdueLine: (code, unit, deadline, cell) => `${code} – ${unit}, thời hạn ${deadline} (${cell})`,
    missingEvidenceTitle: (n) => `Hoàn thành nhưng thiếu tài liệu kiểm chứng (${n}):`,
    missingEvidenceLine: (code, unit, cell) => `${code} – ${unit} (${cell})`,
    issuesTitle: (n) => `Cần kiểm tra (${n}):`,
  },
};
