import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of budgets.line: reception, outbound, promotion, conference, other. */
export const budgetLines = ["reception", "outbound", "promotion", "conference", "other"] as const;

/** budgets — yearly allocation and spending by line. */
export const budgetSchema = z.object({
  year: col.integer({
    vi: "năm",
    min: 1990,
    label: { vi: "Năm", en: "Year" },
    description: { vi: "Năm ngân sách", en: "Budget year" },
  }),
  line: col.enum(budgetLines, {
    vi: "khoản mục",
    label: { vi: "Khoản mục", en: "Line" },
    description: {
      vi: "Đón tiếp, đoàn ra, xúc tiến, hội nghị, khác",
      en: "Reception, outbound, promotion, conference, other",
    },
  }),
  allocated: col.decimal({
    vi: "dự toán",
    min: 0,
    label: { vi: "Dự toán", en: "Allocated" },
    description: { vi: "Kinh phí được giao", en: "Amount allocated" },
  }),
  spent: optional(
    col.decimal({
      vi: "đã chi",
      min: 0,
      label: { vi: "Đã chi", en: "Spent" },
      description: { vi: "Kinh phí đã chi", en: "Amount spent" },
    }),
  ),
  currency: optional(
    col.currency({
      vi: "loại tiền",
      default: "VND",
      label: { vi: "Loại tiền", en: "Currency" },
      description: { vi: "Mã tiền tệ (mặc định VND)", en: "Currency (default VND)" },
    }),
  ),
});

/** One row of budgets (inferred from {@link budgetSchema}). */
export type Budget = z.infer<typeof budgetSchema>;

/** Budgets convert at the rate of the year's last day. */
const yearEnd = "make_date(year, 12, 31)";

/** The budgets entity (allocation and spending by year and line; converted at the rate of 31/12): schema, columns, key and labels. */
export const budgets = defineEntity({
  name: "budgets",
  label: { vi: "Kinh phí", en: "Budgets" },
  schema: budgetSchema,
  key: ["year", "line"],
  money: [
    { amount: "allocated", currency: "currency", dateSql: yearEnd },
    { amount: "spent", currency: "currency", dateSql: yearEnd },
  ],
});
