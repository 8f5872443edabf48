import { defineIndicator } from "../defineIndicator.ts";
import { contactsByFirstContact } from "../scans.ts";

/** investment.conversion_rate — Of the investors first met in the period, the share registered on or before asOf (default today). */
export const investmentConversionRate = defineIndicator({
  id: "investment.conversion_rate",
  label: { vi: "Tỷ lệ chuyển đổi nhà đầu tư", en: "Investor conversion rate" },
  definition: {
    vi: "Trong các nhà đầu tư tiếp xúc lần đầu trong kỳ, tỷ lệ đã đăng ký đầu tư đến ngày tính (asOf, mặc định hôm nay)",
    en: "Of the investors first met in the period, the share registered on or before asOf (default today)",
  },
  periodRule: {
    vi: "Theo ngày tiếp xúc đầu tiên (first_contact_on); đăng ký tính đến ngày asOf",
    en: "By first_contact_on; registrations counted up to asOf",
  },
  unit: "percent",
  direction: "up",
  dimensions: ["country", "sector", "channel"],
  additive: false,
  scan: contactsByFirstContact,
  value: ({ asOf }) => `count(*) FILTER (WHERE t.registered_on <= ${asOf}) / nullif(count(*), 0)`,
});
