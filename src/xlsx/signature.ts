/**
 * What the first bytes of a file say it is, before ExcelJS is asked to read it: an .xlsx is a zip; a
 * password-protected .xlsx and a legacy .xls are OLE compound documents. Browser-safe (bytes only), for the command
 * line and the pane alike.
 */
import type { UnreadableReason } from "../core/unit-files";
import type { XlsxReadReason } from "./read-error";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML package keeps its key data in a stream of this name (UTF-16LE in the directory). */
const ENCRYPTION_STREAM = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

function includes(data: Uint8Array, bytes: readonly number[]): boolean {
  outer: for (
    let i = data.indexOf(bytes[0]);
    i >= 0 && i <= data.length - bytes.length;
    i = data.indexOf(bytes[0], i + 1)
  ) {
    for (let j = 1; j < bytes.length; j++) if (data[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}

/** Why the bytes cannot be an .xlsx package, with a detail for the message; null when they start as one. */
export function signatureProblem(data: Uint8Array): { reason: XlsxReadReason; detail: string } | null {
  if (startsWith(data, OLE_MAGIC))
    return includes(data, ENCRYPTION_STREAM)
      ? { reason: "encrypted", detail: "password-protected workbook" }
      : { reason: "not-xlsx", detail: "an OLE document (legacy .xls?), not an .xlsx package" };
  return startsWith(data, ZIP_MAGIC) ? null : { reason: "not-xlsx", detail: "not a zip package" };
}

/** Why collect skips a returned file that could not be read, told apart by its name's extension where that helps. */
export function unreadableReason(reason: XlsxReadReason, fileName: string): UnreadableReason {
  const extension = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase();
  if (reason === "not-xlsx" && extension === ".xls") return "legacy-xls";
  if (reason === "not-xlsx" && extension === ".csv") return "csv";
  const reasons: Record<XlsxReadReason, UnreadableReason> = {
    "not-found": "not-found",
    directory: "not-xlsx",
    "not-a-file": "not-xlsx",
    "not-xlsx": "not-xlsx",
    encrypted: "encrypted",
    unreadable: "damaged",
    "too-large": "too-large",
  };
  return reasons[reason];
}
