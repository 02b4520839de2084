/**
 * A table edit's estimate (src/office/request-size.ts) against the request the in-memory Excel measures when the edit
 * is queued (src/office/queue-writes.ts): what a longer hyperlink, text or number format adds to the one must be
 * counted in the other, or a batch of such edits passes the estimate and Excel on the web refuses its request.
 */
import { Content } from "../../src/core/edits/types";
import { createContext, MemoryWorkbook } from "../../src/memory-excel";
import { queueTableEdits } from "../../src/office/queue-writes";
import { COMMAND_BYTES, tableEditBytes } from "../../src/office/request-size";

/** The bytes of the request that writes the content into B2, as the in-memory Excel counts them. */
async function sentBytes(content: Content): Promise<number> {
  const context = createContext(new MemoryWorkbook(["Phụ lục"]));
  queueTableEdits(context.excel.workbook.worksheets.getItem("Phụ lục"), [{ row: 2, column: 2, content }], "1900");
  await context.sync();
  return context.syncRequestBytes[0];
}

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
});
