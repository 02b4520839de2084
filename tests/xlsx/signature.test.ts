/** What a file's first bytes and its name say, before ExcelJS reads it (the command line and the pane alike). */
import { signatureProblem, unreadableReason } from "../../src/xlsx/signature";
import type { XlsxReadReason } from "../../src/xlsx/read-error";
import { oleFile } from "./containers";

const reasonOf = (data: Uint8Array) => signatureProblem(data)?.reason ?? null;

describe("signatureProblem", () => {
  it("hands anything that starts as a zip to the zip reader, even the four bytes of its signature alone", () => {
    expect(reasonOf(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).toBeNull();
    expect(reasonOf(Uint8Array.of(0x50, 0x4b, 0x03))).toBe("not-xlsx");
  });

  it("refuses text whose first letters only partly match a zip's signature", () => {
    expect(reasonOf(new TextEncoder().encode("PAR;Tiêu chí\n1;1.1\n"))).toBe("not-xlsx");
  });

  it("tells a password-protected workbook from a legacy .xls by its EncryptionInfo stream", () => {
    expect(reasonOf(oleFile(["Workbook"]))).toBe("not-xlsx");
    expect(reasonOf(oleFile(["EncryptionInfo", "EncryptedPackage"]))).toBe("encrypted");
  });

  it("finds the stream's name even when the file ends right after it", () => {
    const whole = oleFile(["EncryptionInfo"]);
    // The header and the FAT take two 512-byte sectors; the stream's entry is the directory's second (128 bytes
    // each), its name first: 14 letters in UTF-16LE.
    const nameEnd = 2 * 512 + 128 + 14 * 2;
    expect(reasonOf(whole.subarray(0, nameEnd))).toBe("encrypted");
    expect(reasonOf(whole.subarray(0, nameEnd - 1))).toBe("not-xlsx");
  });
});

describe("unreadableReason", () => {
  it("names each reason in collect's words for a file named .xlsx", () => {
    const said: Record<XlsxReadReason, string> = {
      "not-found": "not-found",
      directory: "not-xlsx",
      "not-a-file": "not-xlsx",
      "not-xlsx": "not-xlsx",
      encrypted: "encrypted",
      unreadable: "damaged",
      "too-large": "too-large",
    };
    for (const [reason, expected] of Object.entries(said))
      expect([reason, unreadableReason(reason as XlsxReadReason, "bao-cao.xlsx")]).toEqual([reason, expected]);
  });

  it("says a file that is no .xlsx is a legacy .xls or a .csv by its last extension, in any case", () => {
    expect(unreadableReason("not-xlsx", "cu.xls")).toBe("legacy-xls");
    expect(unreadableReason("not-xlsx", "THANG-6.XLS")).toBe("legacy-xls");
    expect(unreadableReason("not-xlsx", "ke-hoach.2025.xls")).toBe("legacy-xls");
    expect(unreadableReason("not-xlsx", "bang.csv")).toBe("csv");
    expect(unreadableReason("not-xlsx", "bang.csv.txt")).toBe("not-xlsx");
  });

  it("keeps other reasons whatever the extension, and takes a name without one", () => {
    expect(unreadableReason("not-found", "cu.xls")).toBe("not-found");
    expect(unreadableReason("not-found", "bang.csv")).toBe("not-found");
    expect(unreadableReason("encrypted", "cu.xls")).toBe("encrypted");
    expect(unreadableReason("not-xlsx", "README")).toBe("not-xlsx");
    expect(unreadableReason("not-xlsx", "thu.muc/README")).toBe("not-xlsx");
  });
});
