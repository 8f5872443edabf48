import { literal } from "../store/sqlTypes.ts";

/**
 * Letters of other scripts that read as a Latin letter or digit, each with the
 * Latin one it reads as (both lower case: the skeleton lowers case first). A
 * subset of Unicode's confusables (UTS #39, confusables.txt) written out by
 * hand — the characters an office id can pick up from a keyboard layout or a
 * copied document:
 *
 * - full-width forms `Ａ-Ｚ ａ-ｚ ０-９ － ＿ ． ／` (what NFKC does to them);
 * - Cyrillic letters that look like Latin ones (`А В Е К М Н О Р С Т У Х І Ј Ѕ`
 *   and their lower case, `ԁ һ ӏ ԛ ԝ ү ҽ`);
 * - Greek capitals that look like Latin ones (`Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ`),
 *   read as the capital: office ids are written in capitals, so `Η` is `H`
 *   (not the `n` its small `η` resembles), `Ν` is `N`, `Μ` is `M`;
 * - the dotless `ı`.
 *
 * Not covered (UTS #39 has them, an id rarely does): multi-letter look-alikes
 * (`rn` for `m`), digits read as letters (`0` for `O`), mathematical
 * alphanumerics and other scripts (Armenian, Cherokee…).
 */
export const confusableLetters: readonly (readonly [string, string])[] = [
  // full width: U+FF01..U+FF5E are U+0021..U+007E shifted, lower case after lower()
  ...Array.from({ length: 0x5e }, (_, i): [string, string] => [
    String.fromCodePoint(0xff01 + i),
    String.fromCodePoint(0x21 + i).toLowerCase(),
  ]),
  // Cyrillic (lower case: lower() has already turned А into а)
  ...pairs("авекмнорстухіјѕԁһӏԛԝүҽ", "abekmhopctyxijsdhlqwye"),
  // Greek (lower case of the capitals above, read as the capital)
  ...pairs("αβεζηικμνορτυχϲϳ", "abezhikmnoptyxcj"),
  ["ı", "i"],
];

function pairs(from: string, to: string): [string, string][] {
  const f = [...from];
  const t = [...to];
  if (f.length !== t.length) throw new Error(`confusable table: ${f.length} letters for ${t.length}`);
  return f.map((ch, i) => [ch, t[i]!]);
}

/** Spaces, invisible and control characters: removed from the skeleton. */
const invisible = String.raw`[\s\x{0000}-\x{001F}\x{007F}-\x{009F}\x{00A0}\x{00AD}\x{034F}\x{061C}\x{115F}\x{1160}\x{1680}\x{180E}\x{2000}-\x{200F}\x{2028}-\x{202F}\x{205F}-\x{206F}\x{3000}\x{3164}\x{FE00}-\x{FE0F}\x{FEFF}\x{FFA0}]`;
/** Printable ASCII only. */
const printableAscii = String.raw`[\x{20}-\x{7E}]*`;
/** The blocks {@link confusableLetters} come from: Greek, Cyrillic, full-width forms, and ı. */
const confusableRanges = String.raw`[\x{0370}-\x{052F}\x{FF00}-\x{FFEF}\x{0131}]`;
/** Every dash (non-breaking hyphen, en dash, minus sign…): read as "-". */
const dashes = String.raw`[\x{2010}-\x{2015}\x{2212}\x{FE58}\x{FE63}]`;

/**
 * SQL: the skeleton of an id — what a reader sees, after the UTS #39 skeleton
 * idea: Unicode NFC, spaces and invisible characters (zero-width space and
 * joiners, BOM, soft hyphen, bidirectional marks, NUL…) removed, every dash as
 * "-", lower case, then each letter of {@link confusableLetters} (full-width,
 * Cyrillic and Greek look-alikes) as the Latin one it reads as. Two ids with
 * one skeleton look the same: `P-AU-EMB`, `p-au-emb`, `Р-АU-ЕМВ` (Cyrillic)
 * and `Ｐ-ＡＵ-ＥＭＢ` (full width). The import refuses such an id beside a
 * stored one ({@link lookAlikeIdProblems}) and `doingoai check` reports
 * stored pairs (ids.look_alike); both fold with this one function.
 */
export function idSkeletonSql(column: string): string {
  const from = confusableLetters.map(([f]) => f).join("");
  const to = confusableLetters.map(([, t]) => t).join("");
  const cleaned = `regexp_replace(regexp_replace(nfc_normalize(${column}), ${literal(invisible)}, '', 'g'), ${literal(dashes)}, '-', 'g')`;
  // printable ASCII (most ids) is already NFC and has no look-alike to fold: only case and spaces;
  // and translate (3 s for 100.000 ids) runs only on ids holding a letter of the table
  return `CASE WHEN regexp_full_match(${column}, ${literal(printableAscii)}) THEN lower(replace(${column}, ' ', ''))
    WHEN regexp_matches(${column}, ${literal(confusableRanges)}) THEN translate(lower(${cleaned}), ${literal(from)}, ${literal(to)})
    ELSE lower(${cleaned}) END`;
}

/** An id with every character outside printable ASCII shown as ⟨U+0420⟩, so two look-alikes read apart. */
export function visibleId(id: string): string {
  return [...id]
    .map((ch) =>
      /^[\x21-\x7e\p{Script=Latin}\p{M}]$/u.test(ch)
        ? ch
        : ch === " "
          ? "⟨space⟩"
          : `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`,
    )
    .join("");
}
