import { entityByName } from "../../data/entities.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { JsonNumber } from "./parseJsonNumbersAsWritten.ts";
import { matchHeader } from "./matchHeader.ts";
import { writtenNumberText } from "./writtenNumberText.ts";

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/**
 * The cell a JSON field gives, for a table of `entity` with this header:
 * strings and booleans as they are, numbers as their written digits (an id
 * `12345678901234567890` keeps every digit, `1e-25` is not rounded to 0), and
 * an array of strings or numbers in a list column (`areas`) joined with `;`.
 * An object, or an array anywhere else (or holding objects, or an item with a
 * `;`), is not what the cell's column holds: it goes to `problems` naming the
 * file, the record (row) and the field (column), and the cell is left empty,
 * never stored as "[object Object]" or as items run together.
 */
export function jsonCell(
  entity: string,
  header: readonly string[],
  source: string,
  problems: ImportProblem[],
): (value: unknown, row: number, k: number) => unknown {
  const columns = entityByName(entity)?.columns;
  const kinds = header.map((h) => (columns === undefined ? undefined : matchHeader(columns, h)?.kind));
  return (value, row, k) => {
    if (value instanceof JsonNumber) return writtenNumberText(value.written);
    if (value === null || typeof value !== "object") return value;
    const list = kinds[k] === "list";
    if (Array.isArray(value) && list) {
      const items = value.map((v) => (v instanceof JsonNumber ? writtenNumberText(v.written) : v));
      if (items.every((v) => typeof v === "string" && !v.includes(";"))) return items.join(";");
    }
    problems.push({
      source,
      row,
      column: header[k]!,
      value: shown(value),
      code: "not_scalar",
      text: list
        ? {
            vi: "ô JSON của cột danh sách phải là một chuỗi (các giá trị cách nhau bằng ;) hoặc một mảng các chuỗi không chứa dấu ;",
            en: 'a JSON field of a list column must be a string (values separated by ";") or an array of strings without ";"',
          }
        : {
            vi: "ô JSON là một đối tượng hoặc mảng, còn cột này cần một giá trị đơn (chuỗi, số hoặc true/false)",
            en: "the JSON field is an object or an array, where this column holds a single value (a string, a number or true/false)",
          },
    });
    return null;
  };
}
