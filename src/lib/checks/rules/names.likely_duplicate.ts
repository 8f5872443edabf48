import { defineRule } from "../CheckRule.ts";
import { normalisedNameSql } from "../checkSql.ts";
import { text } from "../messageText.ts";

const tables = [
  ["partners", "partner_id"],
  ["ngos", "ngo_id"],
] as const;

/** names.likely_duplicate — two partners (or two NGOs) with the same name and country under different ids. */
export const namesLikelyDuplicate = defineRule({
  id: "names.likely_duplicate",
  title: { vi: "Có thể trùng: cùng tên, khác mã", en: "Likely duplicate: same name, different id" },
  explanation: {
    vi: "Hai đối tác (hoặc hai tổ chức phi chính phủ) cùng quốc gia có tên giống nhau khi bỏ dấu, chữ hoa/thường, dấu câu và khoảng trắng thừa, nhưng khác mã: thường là một tổ chức được nhập hai lần từ hai tệp với hai mã khác nhau, làm các chỉ số đếm trùng. Trùng mã thì không thể xảy ra trong cơ sở dữ liệu: trong một lần nhập, mã trùng bị từ chối; giữa các lần nhập, dòng cùng mã cập nhật dòng cũ (nhập lại không tạo bản trùng), và nhật ký nhập (import_log) chỉ giữ tên tệp và số dòng nên không thể đối chiếu mã theo tệp. Vì vậy quy tắc này tìm bản trùng dưới mã khác.",
    en: "Two partners (or two NGOs) in the same country whose names match once accents, case, punctuation and extra spaces are ignored, under different ids: usually one organisation entered twice from two files under two ids, which double-counts it in indicators. A duplicated id cannot exist in the database: inside one import duplicate keys are rejected, and across imports a row with the same id updates the stored one (re-importing never duplicates), while import_log keeps only file names and row counts, so ids cannot be traced to files. This rule therefore looks for duplicates under different ids.",
  },
  severity: "warning",
  entities: tables.map((t) => t[0]),
  sql: () => `WITH n AS (
${tables
  .map(
    ([table, id]) =>
      `  SELECT '${table}' AS entity, '${id}' AS id_column, ${id} AS id, name, country, ${normalisedNameSql("name")} AS norm FROM ${table}`,
  )
  .join("\n  UNION ALL\n")}
)
SELECT a.entity, a.id_column || '=' || a.id AS record_key, a.name, a.country,
  string_agg(b.id || ' (' || b.name || ')', ', ' ORDER BY b.id) AS same_name_as
FROM n a JOIN n b ON b.entity = a.entity AND b.norm = a.norm AND b.country = a.country AND b.id <> a.id
WHERE a.norm <> ''
GROUP BY a.entity, a.id_column, a.id, a.name, a.country
ORDER BY a.entity, a.id`,
  message: (row) => ({
    vi: `Tên "${text(row["name"])}" (${text(row["country"])}) trùng với ${text(row["same_name_as"])}. Nếu là cùng một tổ chức, hãy dùng một mã duy nhất và sửa các bảng tham chiếu tới mã kia; nếu khác nhau, hãy phân biệt tên.`,
    en: `Name "${text(row["name"])}" (${text(row["country"])}) matches ${text(row["same_name_as"])}. If they are the same organisation, keep one id and repoint the records that use the other; if not, make the names distinct.`,
  }),
});
