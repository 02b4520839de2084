/**
 * A cell style (an `xf` of cellXfs) of one package, added to the styles.xml of another with its number format, font,
 * fill and border: what put-back.ts renumbers a set-aside sheet's cells with. An equal element already there is used
 * as it is; anything else is appended, so that every style the written package had keeps its number.
 */

/** The items of a list element of the written styles.xml (`<fonts count="2">…</fonts>`), and those added. */
interface StyleList {
  readonly items: string[];
  readonly added: string[];
}

const LISTS = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" } as const;
type ListName = keyof typeof LISTS;

const listElement = (list: ListName) =>
  new RegExp(`<${list}\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>([\\s\\S]*?)</${list}>)`);
const itemElement = (item: string) =>
  new RegExp(`<${item}\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</${item}>)`, "g");

function itemsOf(styles: string, list: ListName): string[] {
  const found = listElement(list).exec(styles);
  return found ? [...(found[1] ?? "").matchAll(itemElement(LISTS[list]))].map((m) => m[0]) : [];
}

const numberAttribute = (element: string, name: string): number | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*["'](\\d+)["']`).exec(element);
  return m ? Number(m[1]) : null;
};

/** The first custom number format's id: 0–163 are Excel's own (ECMA-376 Part 1, 18.8.30). */
const FIRST_CUSTOM_FORMAT = 164;

export class StyleMerger {
  private readonly from: Record<ListName, string[]>;
  private readonly into: Record<ListName, StyleList>;
  private readonly xfs = new Map<number, number>();

  constructor(
    original: string,
    private readonly written: string,
  ) {
    const lists = Object.keys(LISTS) as ListName[];
    const each = <T>(make: (list: ListName) => T) =>
      Object.fromEntries(lists.map((l) => [l, make(l)])) as Record<ListName, T>;
    this.from = each((list) => itemsOf(original, list));
    this.into = each((list): StyleList => ({ items: itemsOf(written, list), added: [] }));
  }

  /**
   * The written package's number for the original's cell style `s`. The first is the workbook's default, which a cell
   * without a style has too: it stays the written package's default, as ExcelJS reads and writes such a cell.
   */
  cellStyle(s: number): number {
    if (s === 0) return 0;
    let index = this.xfs.get(s);
    if (index === undefined) {
      const xf = (this.from.cellXfs[s] ?? this.from.cellXfs[0] ?? "<xf/>").replace(
        /\s(numFmtId|fontId|fillId|borderId|xfId)\s*=\s*["'](\d+)["']/g,
        (_, name: string, n: string) => ` ${name}="${this.renumbered(name, Number(n))}"`,
      );
      index = this.placed("cellXfs", xf);
      this.xfs.set(s, index);
    }
    return index;
  }

  private renumbered(attribute: string, n: number): number {
    switch (attribute) {
      case "fontId":
        return this.placed("fonts", this.from.fonts[n]);
      case "fillId":
        return this.placed("fills", this.from.fills[n]);
      case "borderId":
        return this.placed("borders", this.from.borders[n]);
      case "numFmtId":
        return this.numberFormat(n);
      default:
        // The written package's named cell styles are not the original's: the cell keeps its own formatting.
        return 0;
    }
  }

  /** A custom format is found by its code or added under a free id; Excel's own keep theirs. */
  private numberFormat(id: number): number {
    const format = this.from.numFmts.find((f) => numberAttribute(f, "numFmtId") === id);
    if (format === undefined) return id;
    const code = /\sformatCode\s*=\s*("[^"]*"|'[^']*')/.exec(format)?.[1];
    const all = [...this.into.numFmts.items, ...this.into.numFmts.added];
    const same = all.find((f) => /\sformatCode\s*=\s*("[^"]*"|'[^']*')/.exec(f)?.[1] === code);
    if (same !== undefined) return numberAttribute(same, "numFmtId")!;
    const free = Math.max(FIRST_CUSTOM_FORMAT - 1, ...all.map((f) => numberAttribute(f, "numFmtId") ?? 0)) + 1;
    this.into.numFmts.added.push(format.replace(/\snumFmtId\s*=\s*["']\d+["']/, ` numFmtId="${free}"`));
    return free;
  }

  /** The index of `element` in the written list, appended when it is not there; an unknown one is the first. */
  private placed(list: ListName, element: string | undefined): number {
    if (element === undefined) return 0;
    const { items, added } = this.into[list];
    const at = items.indexOf(element);
    if (at >= 0) return at;
    const adding = added.indexOf(element);
    if (adding >= 0) return items.length + adding;
    added.push(element);
    return items.length + added.length - 1;
  }

  /** The written styles.xml with what was added. */
  xml(): string {
    let styles = this.written;
    for (const list of Object.keys(LISTS) as ListName[]) {
      const { items, added } = this.into[list];
      if (added.length === 0) continue;
      const all = [...items, ...added];
      const found = listElement(list).exec(styles);
      // The list's own attributes (fonts' x14ac:knownFonts) stay; its count is the new one.
      const open = (found ? /^<[^>]*>/.exec(found[0])![0] : `<${list}>`)
        .replace(/\s*\/?>$/, "")
        .replace(/\scount\s*=\s*["']\d*["']/, "");
      const element = `${open} count="${all.length}">${all.join("")}</${list}>`;
      if (found) styles = styles.slice(0, found.index) + element + styles.slice(found.index + found[0].length);
      // numFmts, the only list ExcelJS may leave out, comes first in CT_Stylesheet.
      else styles = styles.replace(/<fonts\b/, `${element}<fonts`);
    }
    return styles;
  }
}
