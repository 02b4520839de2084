/** Collect's report and the unit-files view, in Vietnamese (see unit-files-messages.ts). */
import type { UnitFilesMessages } from "./unit-files-messages";

export const viUnitFiles: UnitFilesMessages = {
  report: {
    skipped: (file, reason) => `Bỏ qua "${file}": ${reason}.`,
    reasons: {
      otherPlan: "tệp của một kế hoạch khác",
      unitNotInPlan: (unit) => `kế hoạch không còn giao tiêu chí nào cho "${unit}"`,
      noUnitSheet: (unit) => `tệp kế hoạch chưa có trang giao nhiệm vụ của "${unit}" (hãy chạy apply trước)`,
      sheetMissing: (unit, sheet) => `trong tệp không còn trang giao nhiệm vụ "${sheet}" của ${unit}`,
      unrecognised: "không phải tệp gửi đơn vị, và không có trang giao nhiệm vụ nào của kế hoạch",
      notFound: "không tìm thấy tệp",
      legacyXls: "tệp .xls (Excel 97-2003); hãy mở trong Excel, lưu lại dạng .xlsx rồi thử lại",
      csv: "tệp .csv không giữ được trang giao nhiệm vụ; hãy gửi lại tệp .xlsx đã nhận",
      notXlsx: "không phải bảng tính Excel (.xlsx)",
      encrypted: "tệp được đặt mật khẩu; hãy mở trong Excel, bỏ mật khẩu rồi thử lại",
      damaged: "không đọc được tệp; tệp có thể bị hỏng",
      tooLarge: "tệp quá lớn (quá nhiều ô) để par-index đọc",
      isMaster: "đây là chính tệp kế hoạch, không phải tệp đơn vị gửi lại",
      superseded: (unit, by) => `"${by}" của cùng ${unit} được đưa sau, lấy tệp đó thay cho tệp này`,
    },
    conflict: (unit, code, column, kept, theirs) =>
      `Khác nhau: ${unit}, tiêu chí ${code}, cột "${column}": giữ "${kept}" của tệp kế hoạch; tệp đơn vị ghi "${theirs}".`,
    outside: (file, cell, code) =>
      `Không lấy ô ${cell} của "${file}"${code === null ? "" : ` (tiêu chí ${code})`}: nằm ngoài các cột tiến độ.`,
    strayCode: (file, code, inPlan) =>
      `Không lấy tiêu chí ${code} của "${file}": ${inPlan ? "không còn giao cho đơn vị này" : "không còn trong kế hoạch"}.`,
    empty: "(trống)",
  },
  pane: {
    intro:
      "Gửi mỗi cơ quan, đơn vị một tệp chỉ có trang giao nhiệm vụ của mình; khi đơn vị gửi lại, nhận tệp để đưa những gì đơn vị đã điền vào trang giao nhiệm vụ của đơn vị đó.",
    send: {
      title: "Gửi đơn vị",
      make: "Tạo tệp gửi đơn vị",
      making: "Đang tạo tệp…",
      why: "Tải về một tệp .zip chứa mỗi đơn vị một tệp .xlsx, đặt tên theo trang giao nhiệm vụ: một lần tải, và Windows mở được tệp .zip không cần phần mềm khác (nhấp chuột phải, chọn Extract All).",
      open: "Mở từng tệp trong Excel",
      opened: (n) => `Đã mở ${n} tệp trong Excel: lưu từng tệp rồi gửi cho đơn vị.`,
      downloaded: (file, n) => `Đã tải về "${file}" (${n} tệp).`,
      noOpen:
        "Phiên bản Excel này không mở được tệp mới từ phần bổ trợ (cần Excel 2021, Microsoft 365 hoặc Excel trên web). Nếu không tải được tệp về, lưu bảng tính rồi dùng lệnh: par-index split TỆP-KẾ-HOẠCH.xlsx -d THƯ-MỤC",
      zipName: (plan) => `Tệp gửi đơn vị - ${plan}.zip`,
    },
    receive: {
      title: "Nhận tệp từ đơn vị",
      choose: "Chọn các tệp đơn vị gửi lại (.xlsx)",
      reading: "Đang đọc các tệp…",
      taken: (file, unit, cells) => `"${file}" (${unit}): sẽ lấy ${cells} ô.`,
      cell: (sheet, cell, value) => `${sheet}!${cell}: ${value}`,
      none: "Không có ô nào để lấy.",
      notTakenTitle: (n) => `Không lấy (${n}):`,
      apply: (cells) => `Ghi ${cells} ô vào các trang giao nhiệm vụ`,
      applied: (cells) => `Đã ghi ${cells} ô vào các trang giao nhiệm vụ.`,
      restore: "Khôi phục",
      restoreHint: "Đưa các ô đã nhận từ tệp đơn vị về như trước khi nhận.",
      restored: "Đã khôi phục các ô đã nhận từ tệp đơn vị.",
    },
    needsAssignments: "Chưa có trang giao nhiệm vụ nào: tạo trong thẻ Thao tác trước.",
    failed: "Không thực hiện được; bảng tính không thay đổi. Hãy thử lại.",
  },
};
