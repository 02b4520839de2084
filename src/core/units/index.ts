/** Units (cơ quan, đơn vị): canonical names, cells naming several units, sheet names. */
export { createUnitResolver, type UnitOptions, type UnitResolver } from "./resolver";
export { assignSheetNames, isValidSheetName, MAX_SHEET_NAME_LENGTH } from "./sheet-names";
