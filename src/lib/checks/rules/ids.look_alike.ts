import { entities } from "../../../data/entities.ts";
import { idSkeletonSql, visibleId as visible } from "../../import/idSkeleton.ts";
import { ident, literal } from "../../store/sqlTypes.ts";
import { defineRule } from "../CheckRule.ts";
import { text } from "../messageText.ts";

/** Tables keyed by one id column of the office's own (partners, agreements, delegations…). */
const tables = entities
  .filter((e) => e.key.length === 1 && e.columns.find((c) => c.name === e.key[0])!.kind === "id")
  .map((e) => [e.name, e.key[0]!] as const);

/** ids.look_alike — two ids of one table that differ only by case, spacing, invisible characters or Unicode form. */
export const idsLookAlike = defineRule({
  id: "ids.look_alike",
  title: {
    vi: "Hai mã trông như một: chỉ khác chữ hoa/thường, khoảng trắng, ký tự ẩn hoặc chữ trông giống nhau",
    en: "Two ids that look the same: they differ only by case, spacing, invisible characters or look-alike letters",
  },
  explanation: {
    vi: `Hai bản ghi cùng bảng có mã khác nhau nhưng giống hệt nhau khi đọc: sau khi đưa về dạng chuẩn Unicode NFC, chữ thường, bỏ mọi khoảng trắng (cả khoảng trắng không ngắt dòng), ký tự ẩn (dấu cách độ rộng 0, BOM, NUL, dấu gạch mềm…) coi mọi loại gạch ngang (gạch không ngắt dòng, dấu trừ…) là "-", và coi chữ Kirin, Hy Lạp, chữ toàn độ rộng trông như chữ Latinh (Р, А, Ｐ…) là chữ Latinh đó, hai mã trùng nhau. Thường là một bản ghi được nhập hai lần từ hai tệp, một lần với ký tự ẩn do sao chép từ Word hay web, làm các chỉ số đếm trùng (ví dụ viện trợ tính hai lần). Bảng được kiểm tra: ${tables.map((t) => t[0]).join(", ")}.`,
    en: `Two records of one table whose ids differ but read the same: once put in Unicode NFC, lower case, without any space (non-breaking ones included) or invisible character (zero-width space, BOM, NUL, soft hyphen…), with every dash (non-breaking hyphen, minus sign…) as "-", and with Cyrillic, Greek and full-width letters that read as Latin ones (Р, А, Ｐ…) as those, the two ids are equal. Usually one record imported twice from two files, once with an invisible character copied from Word or the web, which double-counts it in indicators (aid counted twice, for instance). Tables checked: ${tables.map((t) => t[0]).join(", ")}.`,
  },
  severity: "warning",
  entities: tables.map((t) => t[0]),
  sql: () => `WITH n AS (
${tables
  .map(
    ([table, id]) =>
      `  SELECT ${literal(table)} AS entity, ${literal(id)} AS id_column, ${ident(id)} AS id, ${idSkeletonSql(ident(id))} AS folded FROM ${ident(table)}`,
  )
  .join("\n  UNION ALL\n")}
)
SELECT a.entity, a.id_column || '=' || a.id AS record_key, a.id,
  CAST(to_json(list(b.id ORDER BY b.id)) AS VARCHAR) AS look_alike_ids
FROM n a JOIN n b ON b.entity = a.entity AND b.folded = a.folded AND b.id <> a.id
GROUP BY a.entity, a.id_column, a.id
ORDER BY a.entity, a.id`,
  message: (row) => {
    // a JSON array: exact even for an id holding a NUL, which a list value would cut short
    const others = JSON.parse(text(row["look_alike_ids"]) || "[]") as string[];
    const id = text(row["id"]);
    const list = others.map((o) => `«${visible(o)}»`).join(", ");
    return {
      vi: `Mã «${visible(id)}» trông như ${list}: chỉ khác chữ hoa/thường, khoảng trắng, ký tự ẩn hoặc dạng Unicode. Nếu là cùng một bản ghi, hãy giữ một mã, chuyển các bản ghi tham chiếu sang mã đó và xóa bản kia (doingoai delete); nếu khác nhau, hãy đặt mã phân biệt rõ.`,
      en: `Id «${visible(id)}» looks the same as ${list}: they differ only by case, spacing, invisible characters or Unicode form. If they are one record, keep one id, point the records that refer to the other at it and delete the other (doingoai delete); if not, give them clearly different ids.`,
    };
  },
});
