import { indicatorById } from "../../../../src/lib/indicators/index.ts";
import { headlineIndicators, type AgreementRow } from "../../../../src/lib/report/index.ts";
import { emptyResults } from "../../../../src/lib/report/reviewResults.ts";
import type { ReviewInput } from "../../../../src/lib/report/proposals/ProposalRule.ts";

/**
 * A hand-built review of 2030 where every figure is fine: no proposal rule
 * fires. `values` and `previous` override headline figures by indicator id.
 */
export function fineReview(
  values: Record<string, number | null> = {},
  previous: Record<string, number | null> = {},
): ReviewInput {
  const healthy: Record<string, number> = {
    "delegations.in_plan_rate": 0.9,
    "agreements.follow_through": 0.8,
    "agreements.signed": 2,
    "agreements.reported_on_time_rate": 1,
    "agreements.dormant": 0,
    "plan.approval_delay_days": -3,
    "budget.reception_utilisation": 0.95,
    "aid.disbursement_rate": 0.7,
    "investment.registered": 10,
  };
  return {
    year: 2030,
    period: "2030",
    planShare: 1,
    reportDate: "2031-02-25",
    asOf: "2031-02-25",
    province: { vi: "Tỉnh A", en: "A Province" },
    agency: { vi: "Văn phòng UBND tỉnh", en: "Office of the Provincial People's Committee" },
    office: null,
    sample: false,
    headline: headlineIndicators.map(([id, group]) => {
      const def = indicatorById(id)!;
      const value = id in values ? values[id]! : (healthy[id] ?? 5);
      const prev = id in previous ? previous[id]! : value;
      return {
        indicator: id,
        group,
        label: def.label,
        period: "2030",
        unit: def.unit,
        direction: def.direction,
        value,
        previous: prev,
        change: value === null || prev === null ? null : value - prev,
        plan: null,
        planRatio: null,
      };
    }),
    plan: {
      due_on: "2029-12-31",
      submitted_on: null,
      approved_on: "2029-12-28",
      planned_inbound: null,
      planned_outbound: null,
    },
    receptionBudget: { allocatedVnd: 1_000_000_000, spentVnd: 950_000_000 },
    agreements: {
      asOf: "2030-12-31",
      rows: [],
      counts: { keep: 0, reinvigorate: 0, review_for_termination: 0, renew: 0, close: 0 },
      states: { new: 0, active: 0, dormant: 0, expired: 0, terminated: 0 },
    },
    strategy: { coverage: "none", file: null, source: null, planPeriod: null, title: null, targets: [] },
    quality: { asOf: "2031-02-25", errors: 0, warnings: 3, byRule: [] },
    results: structuredClone(emptyResults),
    nextYear: { year: 2031, source: "none", strategy: null, targets: [], milestones: [] },
    notes: null,
  };
}

/** An agreement row of the MOU review, active and fine; override what a test needs. */
export function agreementRow(over: Partial<AgreementRow> & { agreement_id: string }): AgreementRow {
  return {
    title: "t",
    label: { vi: `p (Lào) · MOU 2020 ${over.agreement_id}`, en: `p (Laos) · MOU 2020 ${over.agreement_id}` },
    partner: "p",
    partner_vi: null,
    country: "LA",
    kind: "mou",
    signed_on: "2020-01-01",
    expires_on: null,
    lead_unit: null,
    state: "active",
    expiredOn: null,
    ageMonths: 131,
    activities: 4,
    due: 4,
    doneOfDue: 4,
    overdue: 0,
    followThrough: 1,
    onTimeRate: 1,
    lastActivityOn: "2030-06-01",
    dormant: false,
    score: 80,
    recommendation: "keep",
    reasons: [],
    ...over,
  };
}
