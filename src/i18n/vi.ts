import type { Messages } from "./messages";

const LEVELS = ["Lĩnh vực", "Tiêu chí", "Tiêu chí thành phần"];

export const vi: Messages = {
  decimalSeparator: ",",
  levelName: (level) => LEVELS[Math.min(level, LEVELS.length) - 1],
  fieldName: (field, year) =>
    ({
      max: "điểm tối đa",
      score: year ? `điểm năm ${year}` : "điểm năm trước",
      target: year ? `mục tiêu năm ${year}` : "mục tiêu",
    })[field],
  totalRow: "Dòng Tổng cộng",
  severity: { error: "Lỗi", warning: "Cần kiểm tra", info: "Ghi chú" },
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
    orphan: (c) => `${c.where}: không tìm thấy mục cha ${c.params.parent} trong bảng`,
    "missing-lead": (c) => `${c.where}: chưa có cơ quan, đơn vị chủ trì`,
    "date-as-score": (c) =>
      `${c.where}: ô ${c.field} là một ngày tháng (Excel đã đổi số khi dán); hãy nhập lại số điểm`,
    "unreadable-number": (c) => `${c.where}: không đọc được ${c.field} "${c.params.text}"`,
    "missing-value": (c) => `${c.where}: chưa có ${c.field}`,
    "guessed-number": (c) =>
      `${c.where}: ${c.field} "${c.params.text}" được hiểu là ${c.num(c.params.value)}; hãy kiểm tra`,
    "missing-total": () => "Bảng không có dòng Tổng cộng; tổng điểm được tính từ các tiêu chí",
    "hidden-row": (c) => `${c.where}: dòng ${c.params.row} đang bị ẩn`,
  },
  notices: {
    cell: (what, cell) => (what ? `${what} (ô ${cell})` : `Ô ${cell}`),
    onSheet: (sheet, cell) => `Trang "${sheet}", ô ${cell}`,
    merged: (where, area) =>
      `${where}: không ghi công thức tổng vì vướng vùng ô gộp ${area} (Excel chỉ giữ ô đầu tiên của vùng gộp); ô giữ nguyên. Muốn có công thức tổng ở đây thì bỏ gộp ô rồi chạy lại`,
    circular: (where, cell, formula) =>
      `${where}: không ghi công thức tổng vì ô ${cell} (${formula}) lấy lại chính tổng điểm này, công thức sẽ thành tham chiếu vòng; ô giữ nguyên`,
    formulaTooLong: (where, length, limit) =>
      `${where}: không ghi công thức tổng vì công thức dài ${length} ký tự, quá ${limit} ký tự Excel cho phép; ô giữ nguyên`,
    notANumber: (where) => `${where}: không ghi vì giá trị không phải là số Excel lưu được; ô giữ nguyên`,
    noLegendRoom: (top, bottom) =>
      `Không tô màu các ô bị mất điểm: không còn cột nào cạnh bảng để ghi chú thích (cần một cột trống từ dòng ${top} đến dòng ${bottom}, và cột hai bên nó cũng trống); hãy để trống một cột như vậy rồi chạy lại`,
    textCut: (where, criterion, length, limit) =>
      `${where}: nội dung${criterion ? ` của ${criterion}` : ""} dài ${length} ký tự, quá ${limit} ký tự một ô Excel chứa được; đã cắt ở cuối một từ và thêm "…"`,
  },
  sheets: {
    legendTitle: "Chú thích",
    legendZero: "0 điểm",
    legendPartial: "Chưa đạt điểm tối đa",
    legendTarget: "Mục tiêu vượt điểm tối đa hoặc thấp hơn điểm đã đạt",
    assignmentTitle: (unit) => `NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: ${unit.toUpperCase()}`,
    assignmentSubtitle: (sheet, year) => `Theo bảng "${sheet}", mục tiêu năm ${year}`,
    unitFileSubtitle: (plan, year, columns) =>
      `Kế hoạch "${plan}", mục tiêu năm ${year}: ghi vào các cột ${columns}, rồi gửi lại tệp này`,
    leadSection: "I. CÁC TIÊU CHÍ CHỦ TRÌ",
    supportSection: "II. CÁC TIÊU CHÍ PHỐI HỢP",
    noCriteria: "(không có)",
    columns: {
      number: "STT",
      code: "Tiêu chí",
      criterion: "Tên tiêu chí",
      max: "Điểm tối đa",
      score: (year) => `Điểm năm ${year}`,
      lost: "Điểm bị mất",
      target: (year) => `Mục tiêu năm ${year}`,
      tasks: "Nhiệm vụ, giải pháp",
      support: "Đơn vị phối hợp",
      lead: "Đơn vị chủ trì",
      deadline: "Thời hạn",
      status: "Trạng thái",
      result: "Kết quả thực hiện",
      evidence: "Tài liệu kiểm chứng",
      percent: "Tỷ lệ đạt",
      domain: "Lĩnh vực",
      unit: "Cơ quan, đơn vị",
      leadCount: "Số tiêu chí chủ trì",
      supportCount: "Số tiêu chí phối hợp",
      atStake: "Điểm bị mất thuộc trách nhiệm chủ trì",
      overdue: "Quá hạn",
      missingEvidence: "Thiếu tài liệu kiểm chứng",
    },
    statuses: { notStarted: "Chưa thực hiện", inProgress: "Đang thực hiện", done: "Hoàn thành" },
    deadlineInvalid: "Nhập thời hạn là một ngày, ví dụ 30/06/2025.",
    statusInvalid: "Chọn trạng thái trong danh sách: Chưa thực hiện, Đang thực hiện, Hoàn thành.",
    summaryName: "Tổng hợp",
    summaryTitle: (year) => `TỔNG HỢP CHỈ SỐ CCHC VÀ MỤC TIÊU NĂM ${year}`,
    summarySubtitle: (sheet) => `Theo bảng "${sheet}"`,
    domainsSection: "I. THEO LĨNH VỰC",
    unitsSection: "II. THEO CƠ QUAN, ĐƠN VỊ CHỦ TRÌ",
    rankingSection: "III. TIÊU CHÍ BỊ MẤT ĐIỂM (NHIỀU NHẤT TRƯỚC)",
    progressSection: "IV. TIẾN ĐỘ THỰC HIỆN",
    total: "Tổng",
    chartTitle: (year) => `Điểm năm ${year} so với điểm tối đa theo lĩnh vực`,
    unknownYear: "…",
  },
  progress: {
    unknownStatus: (cell, text) =>
      `${cell}: trạng thái "${text}" không có trong danh sách (Chưa thực hiện, Đang thực hiện, Hoàn thành); tính là chưa thực hiện.`,
    textDeadline: (cell, text) =>
      `${cell}: thời hạn "${text}" là chữ, không phải ngày, nên chưa xét quá hạn; hãy nhập ngày, ví dụ 30/06/2025.`,
    missingSheet: (unit, sheet) => `Không còn trang giao nhiệm vụ "${sheet}" của ${unit} (trang đã bị xóa).`,
    overdueItem: (code, deadline) => `${code} (thời hạn ${deadline})`,
    reminder: (unit, overdue, missing, asOf) =>
      [
        `Đề nghị ${unit}`,
        [
          overdue && `cập nhật tiến độ thực hiện các tiêu chí ${overdue} đã quá hạn`,
          missing && `bổ sung tài liệu kiểm chứng cho các tiêu chí ${missing} đã hoàn thành`,
        ]
          .filter(Boolean)
          .join("; "),
        `(tình hình đến ngày ${asOf}).`,
      ].join(" "),
  },
  playground: {
    title: "Sân thử: Kế hoạch cải thiện Chỉ số CCHC",
    workbook: "Sổ làm việc mẫu",
    sheets: "Trang tính",
    sample: "Sổ làm việc mẫu trong trình duyệt (bảng phụ lục Kế hoạch 52/KH-UBND, dán từ Word), không phải Excel.",
    numbers: (example) => `Số hiển thị theo cài đặt vùng Việt Nam của Windows, như trong Excel: ${example}.`,
    editing:
      "Sửa ô như trong Excel: bấm đúp vào ô, hoặc chọn ô rồi nhấn F2, Enter hay gõ luôn; Enter để ghi, Esc để bỏ, Delete để xóa.",
    grid: (sheet) => `Các ô của trang tính "${sheet}"`,
    cell: (address) => `Ô ${address}`,
    formulaHint: "Số viết như 1,5 hoặc 1.234,5. Công thức dùng dấu phẩy giữa các đối số, như =SUM(C9,C13).",
    protectedSheet: (sheet) => `Trang tính "${sheet}" đang được bảo vệ: không sửa được ô.`,
  },
  ui: {
    title: "Kế hoạch cải thiện Chỉ số CCHC",
    language: "Ngôn ngữ",
    languageNames: { vi: "Tiếng Việt", en: "English" },
    reading: "Đang đọc bảng tính…",
    detect: {
      region: "Bảng đã nhận",
      table: (sheet, firstRow, lastRow) => `Bảng trên trang "${sheet}", dòng ${firstRow}–${lastRow}`,
      selection: (sheet, range) => `Bảng trong vùng ${range} của trang "${sheet}"`,
      change: "Thay đổi",
      headerRow: (headerRow) => `Dòng tiêu đề: ${headerRow}`,
      years: (score, target) => `Điểm năm ${score}, mục tiêu năm ${target}`,
      unknownYear: "không rõ",
      counts: (domains, criteria, units) => `${domains} lĩnh vực, ${criteria} tiêu chí, ${units} cơ quan, đơn vị`,
      sheet: "Trang tính",
      useSelection: "Dùng vùng đang chọn",
      reread: "Đọc lại bảng",
      followed: "Đã đọc lại bảng sau khi bảng thay đổi",
      chooseColumns: "Chọn lại cột",
    },
    columns: {
      title: "Chọn dòng tiêu đề và các cột",
      headerRow: "Dòng tiêu đề (số dòng)",
      roles: {
        code: "Số thứ tự (STT)",
        name: "Lĩnh vực, tiêu chí",
        max: "Điểm tối đa",
        score: "Điểm năm trước",
        target: "Mục tiêu",
        tasks: "Nhiệm vụ, giải pháp",
        lead: "Đơn vị chủ trì",
        support: "Đơn vị phối hợp",
      },
      none: "(không có)",
      column: (letters, header) => (header ? `Cột ${letters}: ${header}` : `Cột ${letters}`),
      save: "Lưu và phân tích lại",
      automatic: "Nhận dạng tự động",
      cancel: "Hủy",
      needNumbering: "Hãy chọn cột số thứ tự hoặc cột tên tiêu chí.",
    },
    tabs: {
      overview: "Tổng quan",
      problems: "Kiểm tra",
      units: "Đơn vị",
      actions: "Thao tác",
      followUp: "Theo dõi",
      unitFiles: "Tệp đơn vị",
    },
    followUp: {
      asOf: "Tình hình đến ngày",
      reread: "Đọc lại các trang giao nhiệm vụ",
      none: "Chưa có trang giao nhiệm vụ nào: tạo trong thẻ Thao tác trước.",
      summary: (done, inProgress, notStarted) =>
        `Hoàn thành ${done} · Đang thực hiện ${inProgress} · Chưa thực hiện ${notStarted}`,
      bar: (unit, done, total) => `${unit}: hoàn thành ${done} trên ${total} tiêu chí chủ trì`,
      overdue: (n) => `Quá hạn (${n}):`,
      missingEvidence: (n) => `Hoàn thành nhưng thiếu tài liệu kiểm chứng (${n}):`,
      reminder: "Nội dung nhắc việc",
      copy: "Sao chép",
      copied: "Đã sao chép",
      check: (n) => `Cần kiểm tra (${n})`,
    },
    overview: {
      stated: "Tổng điểm ghi trong bảng",
      computed: "Tổng tính lại từ các tiêu chí",
      lost: "Điểm bị mất",
      outOf: (score, max) => `${score} / ${max}`,
      domains: "Theo lĩnh vực",
      meter: (domain, score, max) => `${domain}: ${score} trên ${max} điểm`,
      domainComputed: (sum) => `Tính lại từ các tiêu chí: ${sum}`,
      wrong: "Tổng ghi sai",
      rounded: "Làm tròn",
    },
    problems: {
      group: (severity, count) => `${severity} (${count})`,
      none: "Không phát hiện vấn đề nào trong bảng.",
      hint: "Bấm vào một vấn đề (hoặc nhấn Enter) để chọn ô đó trong bảng.",
      row: (row) => `Dòng ${row}`,
      wholeTable: "Cả bảng",
    },
    units: {
      none: "Bảng chưa ghi cơ quan, đơn vị nào.",
      sheet: (name) => `Trang giao nhiệm vụ: ${name}`,
      leads: (codes) => `Chủ trì các tiêu chí: ${codes}`,
      supports: (codes) => `Phối hợp các tiêu chí: ${codes}`,
      nothing: "không có",
      atStake: (points) => `Điểm bị mất thuộc trách nhiệm chủ trì: ${points}`,
      mergeTitle: "Gộp hai đơn vị là một",
      mergeSource: "Gộp đơn vị",
      mergeTarget: "vào đơn vị",
      choose: "(chọn đơn vị)",
      merge: "Gộp…",
      mergeWill: (source, target, leads, supports) =>
        `"${source}" sẽ được đọc là "${target}": ${leads} tiêu chí chủ trì và ${supports} tiêu chí phối hợp chuyển sang "${target}". Bảng không bị sửa; có thể hoàn tác.`,
      confirmMerge: "Gộp",
      merged: (source, target) => `Đã gộp "${source}" vào "${target}".`,
      renameTitle: "Đổi tên đơn vị",
      renameUnit: "Đơn vị",
      newName: "Tên mới",
      rename: "Đổi tên",
      renamed: (from, to) => `Đã đổi tên "${from}" thành "${to}".`,
      undo: "Hoàn tác",
      undone: "Đã hoàn tác.",
      cancel: "Hủy",
    },
    actions: {
      operations: {
        subtotals: "Công thức tổng",
        highlights: "Tô màu các ô bị mất điểm",
        assignments: "Trang giao nhiệm vụ cho từng đơn vị",
        summary: "Trang Tổng hợp",
      },
      subtotals: (cells, groups, withTotal) =>
        `Ghi công thức SUM vào ${cells} ô tổng điểm của ${groups} lĩnh vực, tiêu chí${withTotal ? " và dòng Tổng cộng" : ""}`,
      converted: (cells) => `${cells} số đang lưu dạng văn bản được chuyển thành số`,
      sumMisreads: (cells) =>
        `lưu ý: ${cells} ô điểm đang là ngày tháng hoặc chữ không đọc được thành số; tổng sẽ sai cho đến khi sửa các ô đó (xem Kiểm tra)`,
      leftAsIs: (cells) => `${cells} ô tổng điểm sẽ giữ nguyên, lý do hiện sau khi ghi`,
      noSubtotals: "Bảng không có lĩnh vực, tiêu chí nào cần ghi công thức tổng",
      highlights: (cells, legendColumn) =>
        `Tô màu ${cells} ô bị mất điểm hoặc có mục tiêu bất thường; chú thích ở cột ${legendColumn}`,
      noHighlights: "Không tô màu được: bảng thiếu cột điểm tối đa hoặc cột điểm",
      assignments: (sheets, replaced) =>
        `Tạo ${sheets} trang giao nhiệm vụ${replaced ? ` (thay ${replaced} trang cũ)` : ""}`,
      summary: (name, replaces) => `Tạo trang "${name}"${replaces ? " (thay trang cũ)" : ""}`,
      noUnits: "Không có đơn vị chủ trì nào để giao nhiệm vụ",
      apply: "Ghi vào sổ làm việc",
      applying: "Đang ghi vào sổ làm việc…",
      chooseOne: "Hãy chọn ít nhất một việc.",
      done: "Đã ghi vào sổ làm việc",
      doneFormulas: (cells) => `Đã ghi ${cells} công thức tổng.`,
      doneConverted: (cells) => `Đã chuyển ${cells} số đang lưu dạng văn bản thành số.`,
      doneHighlights: (cells) => `Đã tô màu ${cells} ô bị mất điểm hoặc có mục tiêu bất thường.`,
      doneAssignments: (sheets) => `Đã tạo ${sheets} trang giao nhiệm vụ.`,
      doneSummary: (name) => `Đã tạo trang "${name}".`,
      doneNothing: "Không có gì cần thay đổi: sổ làm việc đã đúng như vậy.",
      created: "Các trang đã tạo (bấm để mở):",
      restore: "Khôi phục",
      restoreHint: "Khôi phục: đưa bảng về như trước lần ghi đầu tiên và bỏ tô màu; các trang đã tạo vẫn giữ.",
      clearHighlights: "Bỏ tô màu",
      clearHint: "Bỏ tô màu: bỏ tô màu và chú thích; công thức tổng vẫn giữ.",
      restored: "Đã khôi phục bảng như trước khi ghi.",
      cleared: "Đã bỏ tô màu.",
      notPutBack: (cell, area) =>
        `Ô ${cell} chưa được đưa về như trước vì nằm trong vùng ô gộp ${area} (Excel chỉ giữ ô đầu tiên của vùng gộp); nội dung cũ vẫn được lưu: bỏ gộp ô rồi bấm Khôi phục để đưa về.`,
      notPutBackChanged: (cell) =>
        `Ô ${cell} được giữ nguyên: ô không còn chứa nội dung PAR-index đã ghi (đã chèn hoặc xóa hàng, cột, hoặc ô đã được nhập lại), nên đưa nội dung cũ vào có thể ghi đè dữ liệu của bạn.`,
      stateNotice: (notice) =>
        notice.kind === "state-unreadable"
          ? "Dữ liệu PAR-index lưu trong tệp bị hỏng hoặc chép từ tệp khác nên không dùng được: các trang do PAR-index tạo được nhận lại theo tiêu đề; Khôi phục không đưa lại được các ô đã sửa trước lần này."
          : `Trang ${notice.sheets.map((s) => `"${s}"`).join(", ")} không do PAR-index tạo (tiêu đề đã khác) nên được giữ nguyên; trang mới mang tên khác.`,
    },
    errors: {
      "sheet-missing": {
        title: "Không thấy trang tính",
        body: "Trang tính chứa bảng đã bị xóa hoặc đổi tên. Bấm Thử lại để đọc lại sổ làm việc.",
      },
      "no-table": {
        title: "Không còn thấy bảng",
        body: 'Bảng trên trang tính đã thay đổi nên không nhận ra nữa. Bấm Thử lại, hoặc bấm "Chọn lại cột".',
      },
      stale: {
        title: "Sổ làm việc vừa thay đổi",
        body: "Các trang do tiện ích tạo đã bị thay đổi từ nơi khác. Bấm Thử lại để đọc lại rồi chạy lại.",
      },
      protected: {
        title: "Trang tính đang được bảo vệ",
        body: "Excel không cho sửa một trang tính được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. Không có gì bị thay đổi.",
      },
      excel: {
        title: "Excel từ chối thao tác",
        body: "Sổ làm việc đã được đưa về như cũ. Hãy thoát chế độ sửa ô (nhấn Esc), đóng các hộp thoại của Excel rồi thử lại.",
      },
      "rollback-failed": {
        title: "Chưa đưa được sổ làm việc về như cũ",
        body: "Excel từ chối thao tác và việc hoàn tác cũng không xong. Đừng lưu tệp: hãy đóng tệp mà không lưu rồi mở lại.",
      },
      unexpected: {
        title: "Có lỗi không lường trước",
        body: "Bấm Thử lại. Nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tiện ích.",
      },
      noTable: {
        title: "Không tìm thấy bảng Chỉ số CCHC",
        body: 'Cần một bảng có cột số thứ tự (STT), tên tiêu chí và điểm. Hãy chọn trang tính khác, chọn vùng bảng rồi bấm "Dùng vùng đang chọn", hoặc bấm "Chọn lại cột".',
      },
      "several-areas": {
        title: "Cần chọn một vùng",
        body: 'Vùng đang chọn gồm nhiều vùng rời nhau. Hãy chọn một vùng liền chứa bảng (cả dòng tiêu đề), không giữ Ctrl, rồi bấm lại "Dùng vùng đang chọn".',
      },
      "no-cells-selected": {
        title: "Chưa chọn ô nào",
        body: 'Đang chọn một đối tượng (biểu đồ, hình vẽ), không phải các ô. Hãy bấm vào một ô rồi chọn các ô của bảng (cả dòng tiêu đề), rồi bấm lại "Dùng vùng đang chọn".',
      },
      "not-one-cell-area": {
        title: "Cần chọn một vùng ô",
        body: 'Excel không đọc được vùng đang chọn: đó là nhiều vùng rời nhau, hoặc không phải là ô (biểu đồ, hình vẽ). Hãy chọn một vùng ô liền chứa bảng (cả dòng tiêu đề), không giữ Ctrl, rồi bấm lại "Dùng vùng đang chọn".',
      },
      noSelection: {
        title: "Chưa chọn vùng",
        body: 'Hãy chọn các ô của bảng (cả dòng tiêu đề) trên trang tính rồi bấm lại "Dùng vùng đang chọn".',
      },
      crash: {
        title: "Ngăn tiện ích gặp lỗi",
        body: "Sổ làm việc không bị ảnh hưởng. Hãy đóng rồi mở lại ngăn tiện ích.",
      },
      notInExcel: {
        title: "Cần mở trong Excel",
        body: "Không tải được Office. Hãy mở tiện ích từ Excel 2021, Excel LTSC 2024, Microsoft 365 hoặc Excel trên web, và kiểm tra kết nối mạng.",
      },
    },
    retry: "Thử lại",
    dismiss: "Đóng",
  },
};
