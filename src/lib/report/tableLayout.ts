/**
 * Column widths of a report table from its content, so that figures and dates never wrap
 * and names wrap at words only (issue 12, "tables that fit"). Widths are estimated from
 * Times New Roman's character widths (em fractions), not measured from a font file: the
 * LibreOffice test (test/lib/report/reportPdf.test.ts) checks the rendered result.
 */

/** A cell is a figure or a date (kept on one line) when it starts with a digit, a sign or "—". */
export function isFigureCell(text: string): boolean {
  return /^[+\-−–—]?\d/.test(text.trim()) || text.trim() === "—";
}

/** Approximate advance width of a character in Times New Roman, in em. */
function charEm(c: string): number {
  if (/[0-9]/.test(c)) return 0.5;
  if (c === " " || c === "\u00a0") return 0.25;
  if (/[.,:;'!|()\-–—·/]/.test(c)) return 0.33;
  if (c === "%") return 0.83;
  if (/[MWmw]/.test(c)) return 0.9;
  if (c !== c.toLowerCase()) return 0.68;
  if (/[ijlrtf]/.test(c)) return 0.3;
  return 0.46;
}

/** Width of `text` in twips at `sizePt` points (bold about 6 % wider). */
export function textTwips(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return Math.ceil(em * sizePt * 20 * (bold ? 1.06 : 1));
}

/** The layout chosen for a table: column widths (twips), type size, and whether the page turns. */
export interface TableLayout {
  widths: number[];
  sizePt: number;
  landscape: boolean;
}

/** Options of {@link layoutTable}. */
export interface TableLayoutOptions {
  /** Text width of a portrait page, twips. */
  portraitWidth: number;
  /** Text width of a landscape page, twips. */
  landscapeWidth: number;
  /** Type sizes to try, largest first (default 12, 11, 10). */
  sizes?: number[];
  /** Left + right cell margins, twips (default 160). */
  cellMargin?: number;
}

/**
 * Lays out a table: each column at least as wide as its widest unbreakable piece (a whole
 * figure or date cell, a short cell or header whole, else the longest word of a text cell or
 * of the header) and, room
 * permitting, as wide as its longest line; the room left goes to the columns that would
 * wrap. When the minimum widths do not fit the portrait width at the largest size, the next
 * smaller size is tried, then the landscape page.
 */
export function layoutTable(head: string[], rows: string[][], options: TableLayoutOptions): TableLayout {
  const sizes = options.sizes ?? [12, 11, 10];
  const margin = options.cellMargin ?? 160;
  const slack = 1.05;
  const shortHeader = 10;
  const shortCell = 18;
  const measure = (sizePt: number) => {
    const min: number[] = [];
    const want: number[] = [];
    head.forEach((h, i) => {
      const cells = rows.map((r) => r[i] ?? "");
      // a short header or cell ("Kế hoạch", "duy trì", "mới ký") is one unbreakable piece: a
      // Vietnamese word is several syllables, and breaking between them reads badly
      const words = (h.length <= shortHeader ? [h] : h.split(/\s+/)).map((w) => textTwips(w, sizePt, true));
      const pieces = cells.map((c) =>
        isFigureCell(c) || c.length <= shortCell
          ? textTwips(c, sizePt)
          : Math.max(0, ...c.split(/\s+/).map((w) => textTwips(w, sizePt))),
      );
      min[i] = Math.ceil(Math.max(...words, ...pieces) * slack) + margin;
      want[i] =
        Math.ceil(Math.max(textTwips(h, sizePt, true), ...cells.map((c) => textTwips(c, sizePt))) * slack) +
        margin;
    });
    return { min, want };
  };
  const fit = (min: number[], want: number[], width: number): number[] => {
    const totalWant = want.reduce((a, b) => a + b, 0);
    if (totalWant <= width) {
      // everything on one line: share the spare room in proportion to the wanted widths
      return want.map((w) => Math.floor((w * width) / totalWant));
    }
    const totalMin = min.reduce((a, b) => a + b, 0);
    const gaps = want.map((w, i) => w - min[i]!);
    const totalGap = gaps.reduce((a, b) => a + b, 0);
    const room = width - totalMin;
    return min.map(
      (m, i) => m + Math.floor(totalGap === 0 ? room / min.length : (room * gaps[i]!) / totalGap),
    );
  };
  for (const landscape of [false, true]) {
    const width = landscape ? options.landscapeWidth : options.portraitWidth;
    for (const sizePt of sizes) {
      const { min, want } = measure(sizePt);
      if (min.reduce((a, b) => a + b, 0) <= width)
        return { widths: fit(min, want, width), sizePt, landscape };
    }
  }
  // wider than a landscape page even at the smallest size: landscape, smallest size, minimum widths scaled down
  const sizePt = sizes.at(-1)!;
  const { min } = measure(sizePt);
  const total = min.reduce((a, b) => a + b, 0);
  return {
    widths: min.map((m) => Math.floor((m * options.landscapeWidth) / total)),
    sizePt,
    landscape: true,
  };
}
