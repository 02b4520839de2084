import { SheetCells } from "../cells";

/**
 * A plan's identity, so that a unit file can be told from one of another plan. It is made once, on the first run,
 * from the table as it then stands, and kept in the state from then on: editing the table later does not change
 * it, a copy of the workbook keeps it, and two plans (another commune's on the same template) differ in their
 * cells, so in their identity. Deterministic, so that running twice on the same input gives the same workbook.
 */
export function planFingerprint(table: SheetCells): string {
  // Two 32-bit hashes, FNV-1a and FNV-1 (multiply, then mix), from different offsets: 64 bits in all.
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b, 0x01000193) ^ ch;
    }
  };
  feed(table.name);
  table.values.forEach((line, r) =>
    line.forEach((value, c) => value !== null && feed(`${r + table.top}:${c + table.left}=${JSON.stringify(value)};`)),
  );
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}
