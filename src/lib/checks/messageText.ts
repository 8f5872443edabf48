// How rule messages quote values: dates dd/mm/yyyy, numbers and money in the
// message's language (1.234.567,89 in Vietnamese, 1,234,567.89 in English).
import type { Lang } from "../../data/Bilingual.ts";
import { entityByName } from "../../data/entities.ts";
import { formatDate, formatMoney, formatNumber } from "../../data/format.ts";
import type { FindingValue } from "./Finding.ts";

/** A date value (ISO text) as dd/mm/yyyy; a missing one as "không có dữ liệu"/"no data". */
export function dateText(value: FindingValue | undefined, lang: Lang): string {
  return formatDate(typeof value === "string" ? value : null, { lang });
}

/** A number in the language's format; at most 2 decimals. */
export function numberText(value: FindingValue | undefined, lang: Lang): string {
  return formatNumber(typeof value === "number" ? value : null, { lang });
}

/** An amount with its currency (`12.345,67 USD`, `1.234.567 ₫`); a missing currency is written as "?". */
export function moneyText(
  value: FindingValue | undefined,
  currency: FindingValue | undefined,
  lang: Lang,
): string {
  const amount = typeof value === "number" ? value : null;
  if (typeof currency !== "string" || !/^[A-Za-z]{3}$/.test(currency))
    return `${formatNumber(amount, { lang })} ?`;
  return formatMoney(amount, currency, { lang });
}

/**
 * The label of a column of an entity with its name: `Ngày kết thúc (end_on)`;
 * `midSentence` lower-cases the first letter (`ngày kết thúc (end_on)`).
 */
export function columnText(entityName: string, column: string, lang: Lang, midSentence = false): string {
  const label = entityByName(entityName)?.columns.find((c) => c.name === column)?.label[lang];
  if (!label) return column;
  return `${midSentence ? label.charAt(0).toLowerCase() + label.slice(1) : label} (${column})`;
}

/** The label of an entity ("Đoàn ra, đoàn vào" / "Delegations"), or its name. */
export function entityText(entityName: string, lang: Lang): string {
  return entityByName(entityName)?.label[lang] ?? entityName;
}

/** Text of a value that should be a string. */
export function text(value: FindingValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}
