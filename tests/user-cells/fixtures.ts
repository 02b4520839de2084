/** The user tables the tests build in code, one per class of input (see tables.ts for running them). */
import { HEADER, UserCell, UserTable } from "./tables";

/**
 * As Word tables paste: a domain's title merged across the name and point columns, a leaf's points over its two
 * rows, a group's maximum over its child's row, the total's label over the point columns, and an empty merge where
 * the legend would go.
 */
export const MERGED: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", "Công tác chỉ đạo, điều hành", null, null, null, null, null, null],
    ["1.1", "Kế hoạch CCHC", 4, 3, 4, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["1.2", "Báo cáo CCHC", 2, 2, 2, "Báo cáo đúng hạn", "Phòng Nội vụ", ""],
    ["2", "Cải cách thể chế", 10, 7, 9, null, null, null],
    ["2.1", "Văn bản quy phạm pháp luật", 4, 3, 4, "Rà soát văn bản", "Phòng Tư pháp", ""],
    [null, null, null, null, null, "Kiểm tra việc thi hành", null, null],
    ["2.2", "Kiểm tra văn bản", 6, 4, 5, null, null, null],
    ["2.2.1", "Tự kiểm tra", null, 4, 5, "Tự kiểm tra định kỳ", "Phòng Tư pháp", ""],
    [null, "Tổng cộng", null, null, null, null, null, null],
  ],
  merges: [
    "B2:E2", // the domain's title over its point cells
    "C6:C7", // a leaf's points over its two rows
    "D6:D7",
    "E6:E7",
    "C8:C9", // a group's maximum over its child's row
    "B10:E10", // the total's label over the point columns
    "J3:K4", // an empty merge where the legend would go
  ],
};

/** A sub-criterion whose score reads its own domain (=D2/2). */
export const CIRCULAR: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", "Công tác chỉ đạo, điều hành", 10, 8, 10, null, null, null],
    ["1.1", "Kế hoạch CCHC", 5, 4, 5, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["1.2", "Kiểm tra CCHC", 5, 4, 5, null, null, null],
    ["1.2.1", "Tự kiểm tra", 5, { formula: "=D2/2", result: 4 }, 5, "Tự kiểm tra", "Phòng Nội vụ", ""],
    ["2", "Cải cách thể chế", 6, 5, 6, null, null, null],
    ["2.1", "Văn bản quy phạm pháp luật", 6, 5, 6, "Rà soát văn bản", "Phòng Tư pháp", ""],
    ["Tổng cộng", null, 16, 13, 16, null, null, null],
  ],
  merges: [],
};

export const DOMAIN = "Công tác chỉ đạo\u000Bđiều hành\u0007 _x0001_";
/** Control characters and typed escapes in the user's cells, a domain's name among them. */
export const CONTROL_TEXT: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", DOMAIN, 6, 5, 6, null, null, null],
    [
      "1.1",
      "Kế hoạch _x0007_ CCHC",
      3,
      2,
      3,
      "Ban hành\r\nkế hoạch\u0007",
      "Văn phòng HĐND\u000Bvà UBND",
      "Phòng Nội vụ\u000BPhòng Tư pháp",
    ],
    ["1.2", "Báo cáo\u0001 CCHC", 3, 3, 3, "- Báo cáo_x000D_ đúng hạn\u007F", "Phòng Nội vụ", ""],
    ["Tổng cộng", null, 6, 5, 6, null, null, null],
  ],
  merges: [],
};

const LEAD = "Phòng Nội vụ";
/** Words of 9 letters and a space: 40,000 characters over two rows. */
const WORDS = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => `nhiệm${String(from + i).padStart(4, "0")}`).join(" ");
export const TASK_ROW = WORDS(2_000, 0);
export const TASK_NEXT = WORDS(2_000, 2_000);
export const HUGE = "1" + "0".repeat(400);

/** Domain `code` with `n` criteria, each with one sub-criterion, so that the domain's SUM reads every other row. */
function domain(code: string, n: number): UserCell[][] {
  const rows: UserCell[][] = [[code, `Lĩnh vực ${code}`, 2 * n, n, 2 * n, null, null, null]];
  for (let k = 1; k <= n; k++) {
    rows.push([`${code}.${k}`, `Tiêu chí ${code}.${k}`, 2, 1, 2, null, null, null]);
    rows.push([`${code}.${k}.1`, `Thành phần ${code}.${k}.1`, 2, 1, 2, `Việc ${code}.${k}`, LEAD, ""]);
  }
  return rows;
}

const ONE = domain("1", 1_600);
// The first sub-criterion: its task continues on a row of its own, past what a cell holds once joined.
ONE[2] = ["1.1.1", "Thành phần 1.1.1", 2, 1, 2, TASK_ROW, LEAD, ""];
ONE.splice(3, 0, [null, null, null, null, null, TASK_NEXT, null, null]);
const TWO = domain("2", 300);
TWO[2] = ["2.1.1", "Thành phần 2.1.1", HUGE, 1, 2, "Việc 2.1", LEAD, ""];
/**
 * Past Excel's limits: domain 1's SUM would pass 8,192 characters, domain 2's 255 arguments; a task joined with its
 * continuation row passes 32,767 characters; a maximum of 400 digits.
 */
export const LIMITS: UserTable = { sheet: "Phụ lục", rows: [HEADER, ...ONE, ...TWO], merges: [] };
export const TWO_ROW = 2 + ONE.length;
export const TOTAL_TASK = TASK_ROW.length + 1 + TASK_NEXT.length;

/**
 * Notes in every other column of row 2, from the column after the table's to XFD: no column beside the table has
 * room for the legend (an empty column in rows 1 to 4 with an empty column either side).
 */
export const NO_LEGEND_ROOM: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    [
      ...["1", "Công tác chỉ đạo, điều hành", 10, 8, 10, null, null, null],
      ...Array.from({ length: 16_384 - 8 }, (_, i) => ((9 + i) % 2 === 0 ? `ghi chú ${9 + i}` : null)),
    ],
    ["1.1", "Kế hoạch CCHC", 5, 4, 5, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["1.2", "Kiểm tra CCHC", 5, 4, 5, "Tự kiểm tra", "Phòng Nội vụ", ""],
    ["Tổng cộng", null, 10, 8, 10, null, null, null],
  ],
  merges: [],
};
