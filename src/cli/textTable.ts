/**
 * Rows of cells as aligned text columns for a terminal. Widths count
 * characters, not UTF-16 units, so Vietnamese diacritics line up.
 */
export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c + " ".repeat(widths[i]! - [...c].length))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
