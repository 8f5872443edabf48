import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/**
 * published_figures — aggregate statistics published by others where no
 * record list exists (e.g. the provincial FDI stock). A figure has a period or
 * an as-of date (at least one); it is identified by indicator, period, date and source.
 */
export const publishedFigureSchema = z.object({
  indicator: col.id({
    vi: "chỉ tiêu",
    label: { vi: "Chỉ tiêu", en: "Indicator" },
    description: {
      vi: "Mã chỉ tiêu, ví dụ fdi.active_projects",
      en: "Indicator id, e.g. fdi.active_projects",
    },
  }),
  period: optional(
    col.period({
      vi: "kỳ",
      label: { vi: "Kỳ", en: "Period" },
      description: { vi: "Kỳ số liệu: 2019, 2019Q1, 2019-03", en: "Period: 2019, 2019Q1, 2019-03" },
    }),
  ),
  as_of: optional(
    col.date({
      vi: "tính đến ngày",
      label: { vi: "Tính đến ngày", en: "As of" },
      description: { vi: "Số liệu tính đến ngày", en: "Figure as of this date" },
    }),
  ),
  value: col.decimal({
    vi: "giá trị",
    label: { vi: "Giá trị", en: "Value" },
    description: { vi: "Giá trị công bố", en: "Published value" },
  }),
  unit: col.text({
    vi: "đơn vị",
    label: { vi: "Đơn vị", en: "Unit" },
    description: { vi: "Đơn vị tính (projects, USD…)", en: "Unit (projects, USD…)" },
  }),
  source: col.text({
    vi: "nguồn",
    label: { vi: "Nguồn", en: "Source" },
    description: { vi: "Nguồn công bố", en: "Where it was published" },
  }),
});

/** One row of published_figures (inferred from {@link publishedFigureSchema}). */
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** The published_figures entity (official figures such as the FDI stock, with their source): schema, columns, key and labels. */
export const publishedFigures = defineEntity({
  name: "published_figures",
  label: { vi: "Số liệu công bố", en: "Published figures" },
  schema: publishedFigureSchema,
  key: ["indicator", "period", "as_of", "source"],
  oneOf: [["period", "as_of"]],
});
