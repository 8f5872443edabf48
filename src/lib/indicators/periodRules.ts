import type { Bilingual } from "../../data/Bilingual.ts";

/**
 * How a record falls in a period, in words, for the indicators that share a
 * scan: one text per rule, so indicators over the same dates say it alike.
 */
export const periodRules = {
  /** delegations by start_on (the scans delegationsByStart and delegationCostByStart). */
  delegationStart: {
    vi: "Theo ngày bắt đầu (start_on): đoàn kéo dài qua hai kỳ tính vào kỳ bắt đầu",
    en: "By start_on: a delegation spanning two periods counts in the period it starts",
  },
  approval: { vi: "Theo ngày phê duyệt (approved_on)", en: "By approved_on" },
  registration: { vi: "Theo ngày đăng ký (registered_on)", en: "By registered_on" },
  signing: { vi: "Theo ngày ký (signed_on)", en: "By signed_on" },
} as const satisfies Record<string, Bilingual>;
