/**
 * Code points a terminal draws two columns wide (Unicode East Asian Width W
 * and F): Hangul, CJK, kana, fullwidth forms and the common emoji blocks.
 * A short table, not the whole Unicode database: partner and place names in
 * Chinese, Japanese and Korean are what our tables meet.
 */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of wideRanges) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Columns a text takes in a terminal: one per grapheme (a letter with its
 * combining marks, as Vietnamese written in NFD has them, is one), two for a
 * wide East Asian character, none for a zero-width one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const first = segment.codePointAt(0)!;
    if (/^[\p{Mn}\p{Me}\p{Cf}]+$/u.test(segment)) continue;
    width += isWide(first) ? 2 : 1;
  }
  return width;
}
