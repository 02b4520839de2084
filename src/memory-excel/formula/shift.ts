/**
 * A formula as Excel uses it for another cell than the one it was written for (a conditional format's
 * rule is written for the top-left cell of its range): relative edges move, "$" edges stay.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import type { Anchors } from "./formula-tokens";
import type { Node } from "./parse";

/** The syntax tree with every relative reference moved by `rows` and `columns`; a reference pushed off the sheet becomes #REF!. */
export function shiftReferences(node: Node, rows: number, columns: number): Node {
  if (rows === 0 && columns === 0) return node;
  const shift = (n: Node): Node => {
    switch (n.k) {
      case "ref": {
        const rect = movedReference(n.rect, n.anchors, rows, columns);
        return rect ? { ...n, rect } : { k: "err", v: "#REF!" };
      }
      case "call":
        return { ...n, args: n.args.map((a) => (a === null ? null : shift(a))) };
      case "bin":
        return { ...n, a: shift(n.a), b: shift(n.b) };
      case "neg":
      case "pct":
        return { ...n, a: shift(n.a) };
      default:
        return n;
    }
  };
  return shift(node);
}

/** A reference's rectangle moved by `rows` and `columns` but for its "$" edges; null when it leaves the sheet. */
export function movedReference(rect: Rect, anchors: Anchors, rows: number, columns: number): Rect | null {
  // An anchored end may now come before the moved one: Excel reads the rectangle between them.
  const [top, bottom] = ordered(
    anchors.top ? rect.top : rect.top + rows,
    anchors.bottom ? rect.bottom : rect.bottom + rows,
  );
  const [left, right] = ordered(
    anchors.left ? rect.left : rect.left + columns,
    anchors.right ? rect.right : rect.right + columns,
  );
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return null;
  return { top, left, bottom, right };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}
