import { defineIndicator } from "../defineIndicator.ts";
import { agreementsAtPeriodEnd } from "../scans.ts";

/** agreements.active — Agreements and MOUs active at the period end. */
export const agreementsActive = defineIndicator({
  id: "agreements.active",
  label: { vi: "Thỏa thuận quốc tế còn hiệu lực", en: "Active agreements" },
  definition: {
    vi: "Số thỏa thuận quốc tế, biên bản ghi nhớ còn hiệu lực tại cuối kỳ",
    en: "Agreements and MOUs active at the period end",
  },
  periodRule: {
    vi: "Tại ngày cuối kỳ (hoặc ngày asOf nếu sớm hơn): đã ký, chưa hết hạn (expires_on trống hoặc ≥ ngày đó), trạng thái không phải draft/terminated (thỏa thuận chấm dứt không có ngày chấm dứt nên không tính ở kỳ nào)",
    en: "At the period's last day (or asOf when earlier): signed, not expired (expires_on empty or ≥ that day), status not draft/terminated (a terminated agreement has no termination date, so it counts in no period)",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "kind"],
  additive: true,
  scan: agreementsAtPeriodEnd,
  value: () => "count(*)",
});
