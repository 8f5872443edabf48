/**
 * The characters an id or code may hold, after Unicode NFC and trimming ASCII
 * spaces: letters (any script, so `ĐOÀN-1` is fine), decimal digits and
 * `- _ . /`. Anything else — a zero-width space, a byte order mark, a NUL, a
 * non-breaking hyphen or space, an inner space — makes a look-alike of another
 * id and would count one record twice, so the cell is refused.
 */
export const idCharacterClass = "[\\p{L}\\p{Nd}_./-]+";

/** The id characters as people read them, in both languages. */
export const idCharacterText = {
  vi: "chữ cái, chữ số và - _ . / (không dấu cách, không ký tự ẩn)",
  en: "letters, digits and - _ . / (no spaces, no invisible characters)",
} as const;

/**
 * SQL: the cleaned id cell — ASCII spaces trimmed (only those: a non-breaking
 * space is a look-alike, not padding), Unicode NFC, empty as NULL. Ids are
 * stored in this form.
 */
export function idCleanSql(column: string): string {
  return `NULLIF(nfc_normalize(trim(${column}, ' ')), '')`;
}

/** SQL: the problem code of a cleaned, non-empty id cell `v`, or NULL when every character is in the class. */
export function idProblemSql(v: string): string {
  return `CASE WHEN NOT regexp_full_match(${v}, '${idCharacterClass}') THEN 'id_chars' END`;
}
