import { displayWidth } from "./displayWidth.ts";

/** Options of {@link textTable}. */
export interface TextTableOptions {
  /** Columns whose cells are aligned to the right (numbers), by index; default none. */
  right?: (column: number) => boolean;
  /** Draw a `─` line under the first row (the head); default false. */
  rule?: boolean;
}

/**
 * Rows of cells as aligned text columns for a terminal, two spaces apart,
 * without trailing spaces. Widths are display widths ({@link displayWidth}):
 * Vietnamese with combining marks and wide CJK characters line up.
 */
export function textTable(rows: string[][], options: TextTableOptions = {}): string {
  const right = options.right ?? (() => false);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = " ".repeat(widths[i]! - displayWidth(c));
        return right(i) ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd();
  const lines = rows.map(line);
  if (options.rule) lines.splice(1, 0, widths.map((w) => "─".repeat(w)).join("  "));
  return lines.join("\n");
}
