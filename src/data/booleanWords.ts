/**
 * The words a yes/no cell (such as delegations.in_plan) may hold, compared
 * without case after Unicode NFC normalisation: Vietnamese is accepted on
 * purpose, accented or not, since offices type "có"/"không" (or "co"/"khong"
 * on a keyboard without Vietnamese input), and "x" as the tick of a checklist.
 * Anything else is refused by the import, naming the cell; an empty cell is no value.
 */
export const booleanWords = {
  true: ["true", "1", "yes", "có", "co", "đúng", "x"],
  false: ["false", "0", "no", "không", "khong", "sai"],
} as const;

/** The words of {@link booleanWords} as a person reads them, in both languages. */
export const booleanWordsText = {
  vi: `true hoặc false; cũng nhận (không phân biệt hoa thường) ${booleanWords.true.join(", ")} là true và ${booleanWords.false.join(", ")} là false`,
  en: `true or false; also accepted (in any case) ${booleanWords.true.join(", ")} as true and ${booleanWords.false.join(", ")} as false`,
} as const;
