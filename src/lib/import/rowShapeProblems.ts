import type { Store } from "../store/openStore.ts";
import { problemsListedPerKind as listed, type ImportProblem } from "./ImportProblem.ts";
import type { CsvTable } from "./SourceTable.ts";

/**
 * Rows DuckDB's reader set aside (its `store_rejects` table) as import
 * problems: a row with more or fewer fields than the header, or a quote that
 * does not close where RFC 4180 says it must. `line` in that table counts CSV
 * records (a quoted line break does not start a row), header = 1: the row
 * number the office sees in a spreadsheet.
 */
export async function rowShapeProblems(
  store: Store,
  table: CsvTable,
  header: string[],
  rejects: string,
): Promise<ImportProblem[]> {
  const rows = await store.all<{
    line: bigint;
    error_type: string;
    column_idx: bigint | null;
    csv_line: string | null;
    error_message: string;
    n: bigint;
  }>(
    `SELECT line, error_type, column_idx, csv_line, error_message, count(*) OVER () AS n
     FROM temp.${rejects} ORDER BY line LIMIT ${listed}`,
  );
  const width = header.length;
  const out = rows.map((r): ImportProblem => {
    const row = Number(r.line);
    const value = (r.csv_line ?? "").replace(/^[\r\n]+/, "").slice(0, 120);
    if (r.error_type === "TOO MANY COLUMNS") {
      return {
        source: table.source,
        row,
        column: String(width + 1),
        value,
        code: "extra_fields",
        text: {
          vi: `dòng có nhiều ô hơn tiêu đề; cần đúng ${width} ô như dòng tiêu đề (ô thừa không có tên cột, nên không biết lưu vào đâu)`,
          en: `the row has more fields than the header; expected exactly ${width} fields, as in the header (an extra field has no column name, so it has nowhere to go)`,
        },
      };
    }
    if (r.error_type === "MISSING COLUMNS") {
      const k = Number(r.column_idx ?? width - 1);
      return {
        source: table.source,
        row,
        column: header[k] ?? String(k + 1),
        value,
        code: "missing_fields",
        text: {
          vi: `dòng có ít ô hơn tiêu đề; cần đúng ${width} ô như dòng tiêu đề (ô trống vẫn phải có dấu phân cách)`,
          en: `the row has fewer fields than the header; expected exactly ${width} fields, as in the header (an empty cell still needs its separator)`,
        },
      };
    }
    const k = r.column_idx === null ? undefined : Number(r.column_idx);
    return {
      source: table.source,
      row,
      ...(k === undefined ? {} : { column: header[k] ?? String(k + 1) }),
      value,
      code: "csv_syntax",
      text: {
        vi: `dòng không đúng cú pháp CSV (RFC 4180: ô có dấu ngoặc kép phải bắt đầu và kết thúc bằng ", dấu " bên trong viết thành ""): ${r.error_message}`,
        en: `the row is not valid CSV (RFC 4180: a quoted cell starts and ends with ", and a " inside it is written ""): ${r.error_message}`,
      },
    };
  });
  const n = Number(rows[0]?.n ?? 0);
  if (n > listed) {
    out.push({
      source: table.source,
      code: "too_many",
      text: {
        vi: `và ${(n - listed).toLocaleString("vi-VN")} dòng khác có số ô không khớp tiêu đề`,
        en: `and ${(n - listed).toLocaleString("en-US")} more rows whose fields do not match the header`,
      },
    });
  }
  return out;
}
