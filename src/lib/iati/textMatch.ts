/**
 * Text for comparing names across languages and spellings: Unicode
 * decomposed and stripped of diacritics (đ → d), lower case, every run of
 * characters other than letters and digits as one space. "Võ Nhai" and
 * "Vo Nhai" give the same text.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, " ")
    .trim();
}

/**
 * True when two organisation names name the same organisation by the rule of
 * docs/iati.md: equal once folded, or one contains the other as whole words
 * when the shorter has at least two words ("Plan International" in "Plan
 * International UK").
 */
export function sameOrganisation(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (x === "" || y === "") return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(" ").length >= 2 && ` ${long} `.includes(` ${short} `);
}

/**
 * Similarity of two titles, 0 to 1: the Jaccard index of their sets of folded
 * words (words of one letter dropped). "Clean water for ethnic minority
 * communes in Vo Nhai district" and "Clean Water for Ethnic Minority Communes
 * in Võ Nhai District" give 1.
 */
export function titleSimilarity(a: string, b: string): number {
  const words = (s: string) =>
    new Set(
      foldText(s)
        .split(" ")
        .filter((w) => w.length > 1),
    );
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}
