import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** exchange_rates — VND per unit of a currency, from a dated rate. */
export const exchangeRateSchema = z.object({
  on: col.date({
    vi: "ngày",
    label: { vi: "Ngày", en: "Date" },
    description: { vi: "Ngày áp dụng tỷ giá", en: "Date of the rate" },
  }),
  currency: col.currency({
    vi: "loại tiền",
    label: { vi: "Loại tiền", en: "Currency" },
    description: { vi: "Mã tiền tệ ISO 4217", en: "ISO 4217 currency" },
  }),
  vnd_per_unit: col.decimal({
    vi: "vnd mỗi đơn vị",
    min: 0,
    label: { vi: "VND/đơn vị", en: "VND per unit" },
    description: { vi: "Số đồng Việt Nam cho một đơn vị ngoại tệ", en: "Vietnamese dong per unit" },
  }),
  source: optional(
    col.text({
      vi: "nguồn",
      label: { vi: "Nguồn", en: "Source" },
      description: { vi: "Nguồn tỷ giá (ví dụ NHNN)", en: "Source of the rate (e.g. State Bank)" },
    }),
  ),
});

/** One row of exchange_rates (inferred from {@link exchangeRateSchema}). */
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

/** The exchange_rates entity (VND per unit of a currency from a date on): schema, columns, key and labels. */
export const exchangeRates = defineEntity({
  name: "exchange_rates",
  label: { vi: "Tỷ giá", en: "Exchange rates" },
  schema: exchangeRateSchema,
  key: ["on", "currency"],
});
