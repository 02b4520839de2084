/**
 * Minimal real containers for the unreadable-file tests: a store-only zip and an OLE
 * compound file (what a password-protected .xlsx or a legacy .xls is on disk).
 */
import { crc32 } from "zlib";

/** A zip archive holding `files` uncompressed. */
export function storedZip(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

function directoryEntry(name: string, type: 1 | 2 | 5, right: number, child: number): Buffer {
  const entry = Buffer.alloc(128);
  const nameBytes = Buffer.from(`${name}\0`, "utf16le");
  nameBytes.copy(entry, 0);
  entry.writeUInt16LE(nameBytes.length, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black
  entry.writeUInt32LE(NO_STREAM, 68);
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(END_OF_CHAIN, 116); // empty stream
  return entry;
}

/**
 * An OLE compound file (version 3) whose root holds empty streams with these names,
 * chained as right siblings (names must be given shortest first, as the format orders them).
 */
export function oleFile(streamNames: readonly string[]): Buffer {
  if (streamNames.length > 3) throw new Error("one directory sector holds four entries");
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const entries = [directoryEntry("Root Entry", 5, NO_STREAM, streamNames.length > 0 ? 1 : NO_STREAM)];
  streamNames.forEach((name, i) =>
    entries.push(directoryEntry(name, 2, i + 1 < streamNames.length ? i + 2 : NO_STREAM, NO_STREAM)),
  );
  const directory = Buffer.alloc(SECTOR);
  entries.forEach((e, i) => e.copy(directory, i * 128));
  for (let i = entries.length; i < 4; i++) {
    directory.writeUInt32LE(NO_STREAM, i * 128 + 68);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 72);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fat, directory]);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** The root of a worksheet or workbook part with the main and relationship namespaces. */
export const MAIN_NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"`;

/** A worksheet part holding `rows` (`<row>` elements). */
export const worksheetOf = (rows: string) => `<worksheet ${MAIN_NS}><sheetData>${rows}</sheetData></worksheet>`;

/** Row `r` of `columns` numbers, r * 10 + c from column 0. */
export const numberRow = (r: number, columns: number) =>
  `<row r="${r}">${Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r * 10 + c}</v></c>`).join("")}</row>`;

/** A worksheet of `rows` rows of `columns` numbers. */
export const numberSheet = (rows: number, columns: number) =>
  worksheetOf(Array.from({ length: rows }, (_, i) => numberRow(i + 1, columns)).join(""));

/** A small workbook written part by part, for the tests that read or patch a package's XML. */
export interface SmallWorkbook {
  /** Each sheet's worksheet XML by name, in order: sheet i is xl/worksheets/sheet{i}.xml. */
  readonly sheets: Readonly<Record<string, string>>;
  readonly styles?: string;
  readonly sharedStrings?: string;
  /** What follows `<sheets>` in workbook.xml (calcPr, definedNames, ...). */
  readonly workbookTail?: string;
  /** Other parts by name (a sheet's relationships). */
  readonly parts?: Readonly<Record<string, string>>;
}

/**
 * The package's entries: content types, relationships and workbook.xml around the parts given. The first sheet's
 * target is relative to the workbook, the others' absolute: writers use both.
 */
export function smallPackage(wb: SmallWorkbook): { name: string; data: Buffer }[] {
  const names = Object.keys(wb.sheets);
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="${SPREADSHEETML}.${type}+xml"/>`;
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const extras = [
    ...(wb.styles === undefined ? [] : [["styles", "styles.xml"]]),
    ...(wb.sharedStrings === undefined ? [] : [["sharedStrings", "sharedStrings.xml"]]),
  ];
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${override("xl/workbook.xml", "sheet.main")}` +
      names.map((_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, "worksheet")).join("") +
      (wb.styles === undefined ? "" : override("xl/styles.xml", "styles")) +
      (wb.sharedStrings === undefined ? "" : override("xl/sharedStrings.xml", "sharedStrings")) +
      `</Types>`,
    "_rels/.rels": `<Relationships xmlns="${RELS_NS}">${relationship("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml":
      `<workbook ${MAIN_NS}><sheets>` +
      names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${wb.workbookTail ?? ""}</workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${RELS_NS}">` +
      names
        .map((_, i) => relationship(`rId${i + 1}`, "worksheet", `${i === 0 ? "" : "/xl/"}worksheets/sheet${i + 1}.xml`))
        .join("") +
      extras.map(([type, target], i) => relationship(`rId${names.length + i + 1}`, type, target)).join("") +
      `</Relationships>`,
    ...Object.fromEntries(names.map((name, i) => [`xl/worksheets/sheet${i + 1}.xml`, wb.sheets[name]])),
    ...(wb.styles === undefined ? {} : { "xl/styles.xml": wb.styles }),
    ...(wb.sharedStrings === undefined ? {} : { "xl/sharedStrings.xml": wb.sharedStrings }),
    ...wb.parts,
  };
  return Object.entries(parts).map(([name, xml]) => ({ name, data: Buffer.from(xml, "utf8") }));
}
