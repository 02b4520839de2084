/** Cell formatting as Excel stores it, with Excel's defaults for a new workbook. */

export interface Border {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface Style {
  readonly numberFormat: string;
  /** Fill colour, or null for no fill. */
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  readonly wrapText: boolean;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly borderTop: Border;
  readonly borderBottom: Border;
  readonly borderLeft: Border;
  readonly borderRight: Border;
  readonly borderDiagonalDown: Border;
  readonly borderDiagonalUp: Border;
}

export type StyleKey = keyof Style;
export type StylePatch = Partial<Style>;

export const NO_BORDER: Border = { style: "None", color: "#000000", weight: "Thin" };

export const DEFAULT_STYLE: Style = {
  numberFormat: "General",
  fill: null,
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  borderTop: NO_BORDER,
  borderBottom: NO_BORDER,
  borderLeft: NO_BORDER,
  borderRight: NO_BORDER,
  borderDiagonalDown: NO_BORDER,
  borderDiagonalUp: NO_BORDER,
};

/** Default column width and row height, in points (8.43 characters of Calibri 11; 20 px). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  pink: "#FFC0CB",
  purple: "#800080",
};

/** "#abc", "#aabbcc" or an HTML colour name -> "#AABBCC"; null when Excel would reject it. */
export function normalizeColor(input: string): string | null {
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join("")}`.toUpperCase();
  return null;
}
