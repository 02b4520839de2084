/**
 * Does an Excel number format show a date or time? Quoted text, escapes and [colour]/[$-locale]
 * sections are ignored; "General", "@" and plain number formats hold no date part, so are not dates.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "")
    .split(";")[0];
  return /[dmyhs]/i.test(bare);
}
