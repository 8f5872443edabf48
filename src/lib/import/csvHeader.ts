/**
 * The cells of a CSV file's first record (RFC 4180: a quoted cell may hold the
 * delimiter, doubled quotes and line breaks), without a leading byte order
 * mark. Header cells are kept as written: an empty cell stays empty.
 */
export function csvHeader(text: string, delimiter: string): string[] {
  const s = text.replace(/^\uFEFF/, "");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (s[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") break;
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}
