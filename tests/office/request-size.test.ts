/**
 * A table edit's estimate (src/office/request-size.ts) against the request the in-memory Excel measures when the edit
 * is queued (src/office/queue-writes.ts): what a longer hyperlink, text or number format adds to the one must be
 * counted in the other, or a batch of such edits passes the estimate and Excel on the web refuses its request. The
 * same for a new sheet's looks (queueDraftLooks) and the state's write (queueStateWrite).
 */
import { EMPTY_STATE, WorkbookState } from "../../src/core/edits/state";
import { CellArea } from "../../src/core/cells";
import { Content, SheetDraft } from "../../src/core/edits/types";
import { createContext, MemoryWorkbook } from "../../src/memory-excel";
import { queueDraftLooks, queueStateWrite, queueTableEdits } from "../../src/office/queue-writes";
import { COMMAND_BYTES, draftLooksBytes, stateWriteBytes, tableEditBytes } from "../../src/office/request-size";
import { ALL_CAPABILITIES } from "./capabilities";

/** The request that writes the content into B2, as the in-memory Excel counts it: its bytes and operations. */
async function sent(content: Content): Promise<{ bytes: number; operations: number }> {
  const context = createContext(new MemoryWorkbook(["Phụ lục"]));
  queueTableEdits(context.excel.workbook.worksheets.getItem("Phụ lục"), [{ row: 2, column: 2, content }], "1900");
  await context.sync();
  return { bytes: context.syncRequestBytes[0], operations: context.syncOperations[0] };
}
const sentBytes = async (content: Content) => (await sent(content)).bytes;

/** How much more the longer content adds to the request, and to the estimate. */
async function added(shorter: Content, longer: Content) {
  return {
    sent: (await sentBytes(longer)) - (await sentBytes(shorter)),
    estimated: tableEditBytes(longer) - tableEditBytes(shorter),
  };
}

const SHORT_LINK = "https://vb.gov.vn/1.pdf";
const LONG_LINK = "https://vanban.example.gov.vn/so-noi-vu/2024/ke-hoach-cai-thien-chi-so-cchc/bao-cao-quy-3.pdf";
const SHORT_TEXT = "Báo cáo";
const LONG_TEXT = "Báo cáo kết quả thực hiện Kế hoạch cải thiện Chỉ số CCHC quý III năm 2024 của Sở Nội vụ";

describe("a table edit's estimate", () => {
  it("counts every byte a longer hyperlink or its longer text adds to the request", async () => {
    // The link goes once (the hyperlink's address), the text twice (the cell's value and the link's text).
    const link = await added(
      { kind: "text", text: SHORT_TEXT, link: SHORT_LINK },
      { kind: "text", text: SHORT_TEXT, link: LONG_LINK },
    );
    expect(link.sent).toBe(LONG_LINK.length - SHORT_LINK.length);
    expect(link.estimated).toBeGreaterThanOrEqual(link.sent);
    const text = await added(
      { kind: "text", text: SHORT_TEXT, link: SHORT_LINK },
      { kind: "text", text: LONG_TEXT, link: SHORT_LINK },
    );
    expect(text.sent).toBeGreaterThan(2 * (LONG_TEXT.length - SHORT_TEXT.length));
    expect(text.estimated).toBeGreaterThanOrEqual(text.sent);
  });

  it("counts one command for a content sent without a hyperlink or number format, not a second one", async () => {
    // Counted a command high, every plain cell of a collect would make its requests smaller and more numerous.
    for (const content of [
      { kind: "text", text: LONG_TEXT },
      { kind: "number", value: 3.5 },
      { kind: "formula", formula: "=SUM(D8:D9)" },
      { kind: "boolean", value: true },
    ] as const) {
      const sent = await sentBytes(content);
      expect(Math.abs(tableEditBytes(content) - sent)).toBeLessThan(COMMAND_BYTES / 4);
    }
  });

  it("counts every byte a longer number format adds to the request, on a number and on a formula", async () => {
    const long = '#,##0.00" điểm";[Red]-#,##0.00" điểm";"không điểm"';
    for (const [shorter, longer] of [
      [
        { kind: "number", value: 45366, format: "0.0" },
        { kind: "number", value: 45366, format: long },
      ],
      [
        { kind: "formula", formula: "=SUM(D8:D9)", format: "0.0" },
        { kind: "formula", formula: "=SUM(D8:D9)", format: long },
      ],
    ] as const) {
      const format = await added(shorter, longer);
      expect(format.sent).toBeGreaterThan(long.length - 3);
      expect(format.estimated).toBeGreaterThanOrEqual(format.sent);
    }
  });

  it("sends a content with its hyperlink or its number format in the two commands it counts, no third", async () => {
    // A linked text's number format sent as [[null]] would change nothing in Excel, and go uncounted.
    for (const content of [
      { kind: "text", text: LONG_TEXT, link: LONG_LINK },
      { kind: "number", value: 45366, format: "dd/mm/yyyy" },
      { kind: "formula", formula: "=DATE(2024,3,15)", format: "dd/mm/yyyy" },
    ] as const) {
      expect((await sent(content)).operations).toBe(2);
    }
  });
});

const area = (top: number, left: number, bottom: number, right: number): CellArea => ({ top, left, bottom, right });

/** A summary sheet with its title rows and nothing else, which each case adds one kind of look to. */
const BARE: SheetDraft = {
  kind: "summary",
  name: "Tổng hợp",
  unit: null,
  cells: [],
  styles: [],
  columnWidths: [],
  titleRows: { first: 1, last: 3 },
  merges: [],
  chart: null,
  validations: [],
  rules: [],
  linkedCells: null,
};

/** The bytes of the request that gives a sheet the draft's looks, as the in-memory Excel counts them. */
async function looksSent(draft: SheetDraft): Promise<number> {
  const context = createContext(new MemoryWorkbook(["Tổng hợp"]));
  queueDraftLooks(context.excel.workbook.worksheets.getItem("Tổng hợp"), draft, ALL_CAPABILITIES);
  await context.sync();
  return context.syncRequestBytes[0];
}

const times = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

describe("a new sheet's looks' estimate", () => {
  // Each part large enough that leaving it out, or counting it negatively, takes more than the estimate's margin
  // (ten commands, about 2 kB) off: an estimate below the request lets Excel on the web refuse it.
  it.each<[string, Partial<SheetDraft>]>([
    ["the title rows and the page", {}],
    ["20 column widths", { columnWidths: times(20, (i) => 8 + i) }],
    [
      "10 validations",
      {
        validations: times(10, (i) => ({
          area: area(5, i + 1, 400, i + 1),
          kind: "list" as const,
          items: ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"],
          title: "Trạng thái",
          message: "Chọn một trong ba trạng thái của danh sách",
        })),
      },
    ],
    [
      "10 conditional formats",
      {
        rules: times(10, (i) => ({
          mark: "overdue" as const,
          area: area(5, i + 1, 400, i + 1),
          formula: '=AND($D5<>"",$D5<TODAY(),$E5<>"Đã hoàn thành")',
        })),
      },
    ],
    [
      "a chart of 8 series",
      {
        chart: {
          title: "Điểm theo lĩnh vực",
          source: area(10, 1, 18, 9),
          categories: area(11, 10, 18, 10),
          anchor: area(20, 1, 40, 8),
        },
      },
    ],
    [
      "20 bordered rows, each styled on its own",
      { styles: times(20, (i) => ({ area: area(5 + i, 1, 5 + i, 12), style: "cell" as const })) },
    ],
    ["dates along one row of 500 columns", { styles: [{ area: area(5, 1, 5, 500), style: "date" }] }],
    [
      "a header, numbers and dates over many cells",
      {
        styles: [
          { area: area(4, 1, 4, 12), style: "header" },
          { area: area(5, 3, 300, 6), style: "number" },
          { area: area(5, 7, 300, 7), style: "date" },
        ],
      },
    ],
  ])("is not below the request for %s", async (_, looks) => {
    const draft = { ...BARE, ...looks };
    expect(draftLooksBytes(draft)).toBeGreaterThanOrEqual(await looksSent(draft));
  });

  it("grows with a style's area by about the number format it writes in each cell", async () => {
    // A percent style writes "0.0%" into every cell, 9 bytes a row of one column (["0.0%"],); its alignment and six
    // borders are set once for the whole range, whatever its size.
    const over = (rows: number) => ({
      ...BARE,
      styles: [{ area: area(5, 2, 4 + rows, 2), style: "percent" as const }],
    });
    const sent = (await looksSent(over(1000))) - (await looksSent(over(10)));
    const estimated = draftLooksBytes(over(1000)) - draftLooksBytes(over(10));
    expect(sent).toBeGreaterThanOrEqual(990 * 9);
    expect(estimated).toBeGreaterThanOrEqual(sent);
    // Counted per cell, what is set once (the alignment, the borders' style) would make it several times larger.
    expect(estimated).toBeLessThan(1.2 * sent);
  });
});

/** A state of one chunk: the rows a longer state held before are what varies. */
const STATE: WorkbookState = { ...EMPTY_STATE, units: { aliases: {}, known: ["Sở Nội vụ", "UBND xã Tân Phú"] } };

/** The bytes of the request that writes the state, blanking `previousRows` rows of a longer one before. */
async function stateSent(previousRows: number, exists: boolean): Promise<number> {
  const context = createContext(new MemoryWorkbook(["Trạng thái"]));
  const sheet = { name: exists ? "Trạng thái" : "Trạng thái mới", exists };
  queueStateWrite(context.excel.workbook.worksheets, sheet, previousRows, STATE);
  await context.sync();
  return context.syncRequestBytes[0];
}

describe("the state's write estimate", () => {
  it.each([
    [0, false],
    [0, true],
    [1, true],
    [2000, true],
  ])("is not below its request with %i rows of a longer state to blank (sheet there: %s)", async (rows, exists) => {
    expect(stateWriteBytes(STATE, rows)).toBeGreaterThanOrEqual(await stateSent(rows, exists));
  });
});
