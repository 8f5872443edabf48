import { describe, expect, it } from "vitest";
import { indicatorById } from "../../../src/lib/indicators/index.ts";
import { headlineIndicators, proposeActions, type ReviewData } from "../../../src/lib/report/index.ts";

type Base = Omit<ReviewData, "proposals">;

/** A review of 2030 where every figure is fine: no rule fires. */
function fine(
  values: Record<string, number | null> = {},
  previous: Record<string, number | null> = {},
): Base {
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
    strategy: { coverage: "none", file: null, planPeriod: null, title: null, targets: [] },
    quality: { asOf: "2031-02-25", errors: 0, warnings: 3, byRule: [] },
  };
}

const ids = (data: Base) => proposeActions(data).map((p) => p.id);

describe("proposeActions", () => {
  it("proposes nothing when no figure crosses a rule", () => {
    expect(ids(fine())).toEqual([]);
  });

  it("a plan approved on its due date is not late; one day after is, and the proposal names the next plan's deadline", () => {
    expect(ids(fine({ "plan.approval_delay_days": 0 }))).toEqual([]);
    const data = fine({ "plan.approval_delay_days": 1 });
    data.plan = { ...data.plan!, approved_on: "2030-01-01" };
    const [p] = proposeActions(data);
    expect(p).toMatchObject({ id: "plan_late", value: 1, threshold: 0 });
    expect(p!.finding.vi).toBe(
      "Kế hoạch đối ngoại năm 2030 được phê duyệt ngày 01/01/2030, chậm 1 ngày so với hạn 31/12/2029.",
    );
    expect(p!.proposal.vi).toContain("kế hoạch năm 2032 trước ngày 31/12/2031");
  });

  it("reception budget used exactly 100% proposes nothing; 124% proposes raising it or moving it to the lead agency named in the data", () => {
    expect(ids(fine({ "budget.reception_utilisation": 1 }))).toEqual([]);
    const data = fine({ "budget.reception_utilisation": 1.24 });
    data.receptionBudget = { allocatedVnd: 1_000_000_000, spentVnd: 1_240_000_000 };
    const [p] = proposeActions(data);
    expect(p).toMatchObject({ id: "reception_overspent", value: 1.24, threshold: 1 });
    expect(p!.finding.vi).toContain(
      "đã sử dụng 124,0% dự toán được giao (chi 1.240.000.000 ₫, được giao 1.000.000.000 ₫)",
    );
    expect(p!.proposal.vi).toContain("dự toán của Văn phòng UBND tỉnh");
    expect(p!.proposal.en).toContain("budget of the Office of the Provincial People's Committee");
  });

  it("follow-through of exactly 50% is not below the threshold; 49% proposes a programme per MOU", () => {
    expect(ids(fine({ "agreements.follow_through": 0.5 }))).toEqual([]);
    expect(proposeActions(fine({ "agreements.follow_through": 0.49 }))[0]).toMatchObject({
      id: "follow_through_low",
      value: 0.49,
      threshold: 0.5,
    });
  });

  it("follow-through with no activity due (no data) fires no rule", () => {
    expect(ids(fine({ "agreements.follow_through": null }))).toEqual([]);
  });

  it("K dormant agreements give the reinvigorate and termination lists from the portfolio review", () => {
    const data = fine({ "agreements.dormant": 2 });
    const row = {
      title: "t",
      partner: "p",
      country: "LA",
      label: { vi: "p (Lào) · MOU 2020", en: "p (Laos) · MOU 2020" },
      partner_vi: null,
      kind: "mou",
      expires_on: null,
      lead_unit: null,
      expiredOn: null,
      signed_on: "2020-01-01",
      ageMonths: 131,
      activities: 4,
      due: 4,
      doneOfDue: 1,
      overdue: 3,
      followThrough: 0.25,
      onTimeRate: 1,
      lastActivityOn: "2021-01-01",
      score: 20,
      reasons: [],
    };
    data.agreements.rows = [
      {
        ...row,
        agreement_id: "A1",
        state: "dormant" as const,
        dormant: true,
        recommendation: "review_for_termination",
      },
      {
        ...row,
        agreement_id: "A2",
        state: "dormant" as const,
        dormant: true,
        recommendation: "reinvigorate",
      },
      {
        ...row,
        agreement_id: "A3",
        state: "active" as const,
        dormant: false,
        recommendation: "reinvigorate",
      },
      { ...row, agreement_id: "A4", state: "active" as const, dormant: false, recommendation: "keep" },
    ];
    const [p] = proposeActions(data);
    expect(p).toMatchObject({ id: "agreements_dormant", value: 2 });
    expect(p!.finding.en).toContain(": A1, A2.");
    expect(p!.proposal.en).toBe(
      "Approve a list of agreements to reinvigorate (A2, A3), each with a lead unit and concrete activities, and a list to review for termination (A1).",
    );
  });

  it("an agreement 12 months old with no activity at all needs a programme; 11 months old does not yet", () => {
    const data = fine();
    const row = {
      title: "t",
      partner: "p",
      country: "LA",
      label: { vi: "p (Lào) · MOU 2020", en: "p (Laos) · MOU 2020" },
      partner_vi: null,
      kind: "mou",
      expires_on: null,
      lead_unit: null,
      expiredOn: null,
      state: "active" as const,
      signed_on: "2029-12-31",
      activities: 0,
      due: 0,
      doneOfDue: 0,
      overdue: 0,
      followThrough: null,
      onTimeRate: null,
      lastActivityOn: null,
      dormant: false,
      score: 50,
      recommendation: "keep" as const,
      reasons: [],
    };
    data.agreements.rows = [{ ...row, agreement_id: "B1", ageMonths: 11 }];
    expect(ids(data)).toEqual([]);
    data.agreements.rows = [{ ...row, agreement_id: "B1", ageMonths: 12 }];
    expect(proposeActions(data)[0]).toMatchObject({ id: "agreements_without_programme", value: 1 });
  });

  it("inbound and outbound below 90% of the plan make one proposal with both figures", () => {
    const data = fine();
    for (const [id, value, plan] of [
      ["delegations.inbound", 8, 10],
      ["delegations.outbound", 4, 5],
    ] as const) {
      const h = data.headline.find((x) => x.indicator === id)!;
      Object.assign(h, { value, plan, planRatio: value / plan });
    }
    const proposals = proposeActions(data);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ id: "delegations_below_plan", value: 0.8, threshold: 0.9 });
    expect(proposals[0]!.finding.vi).toBe(
      "Năm 2030, đoàn vào đạt 80,0% kế hoạch (8/10); đoàn ra đạt 80,0% kế hoạch (4/5).",
    );
  });

  it("registrations falling, low disbursement, late reports and data errors each fire their rule", () => {
    const data = fine(
      { "investment.registered": 7, "aid.disbursement_rate": 0.3, "agreements.reported_on_time_rate": 0.5 },
      { "investment.registered": 9 },
    );
    data.quality.errors = 4;
    expect(proposeActions(data).map((p) => [p.id, p.value, p.threshold])).toEqual([
      ["agreements_reported_late", 0.5, 1],
      ["investment_registrations_fell", 7, 9],
      ["aid_disbursement_low", 0.3, 0.5],
      ["data_quality", 4, 0],
    ]);
  });
});
