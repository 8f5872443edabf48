import { describe, expect, it } from "vitest";
import { proposeActions, reportDocument } from "../../../src/lib/report/index.ts";
import type { ReviewData } from "../../../src/lib/report/ReviewData.ts";
import { directions } from "../../../src/lib/report/sections/directions.ts";
import { planAndBudget } from "../../../src/lib/report/sections/planAndBudget.ts";
import { resultsAid } from "../../../src/lib/report/sections/resultsAid.ts";
import { resultsDelegations } from "../../../src/lib/report/sections/resultsDelegations.ts";
import { resultsInvestment } from "../../../src/lib/report/sections/resultsInvestment.ts";
import { requests } from "../../../src/lib/report/sections/requests.ts";
import { shortcomings } from "../../../src/lib/report/sections/shortcomings.ts";
import { sectionContext } from "../../../src/lib/report/sections/SectionContext.ts";
import type { ReportBlock } from "../../../src/lib/report/reportDocument.ts";
import { agreementRow, fineReview } from "./proposals/reviewFixture.ts";

function review(values: Record<string, number | null> = {}): ReviewData {
  const base = fineReview(values);
  return { ...base, proposals: proposeActions(base) };
}
const text = (blocks: ReportBlock[]) =>
  blocks
    .map((b) =>
      b.kind === "table"
        ? [...b.head, ...b.rows.flat()].join(" | ")
        : b.kind === "list"
          ? b.items.join("\n")
          : b.text,
    )
    .join("\n");

describe("the sections of the review, on hand-built data", () => {
  it("a year without a plan says so, and no plan rule fires", () => {
    const data = review();
    data.plan = null;
    expect(text(planAndBudget(sectionContext(data, "vi")))).toContain(
      "Không có kế hoạch đối ngoại năm 2030 trong dữ liệu.",
    );
    expect(proposeActions(data).map((p) => p.id)).not.toContain("plan_late");
  });

  it("a plan approved 6 days early reads 'sớm 6 ngày' / '6 days early', in the text and the table", () => {
    const data = review({ "plan.approval_delay_days": -6 });
    data.plan = { ...data.plan!, approved_on: "2029-12-25" };
    expect(text(planAndBudget(sectionContext(data, "vi")))).toContain("sớm 6 ngày");
    expect(text(planAndBudget(sectionContext(data, "en")))).toContain("6 days early");
    expect(text(planAndBudget(sectionContext(data, "vi")))).not.toContain("-6");
  });

  it("the key visits are named by partner (Vietnamese name in Vietnamese), country, direction and dates", () => {
    const data = review();
    const visit = (start: string, end: string, direction: "inbound" | "outbound") => ({
      direction,
      partner: { vi: "Tỉnh Luông Pha Băng", en: "Luang Prabang Province" },
      country: "LA",
      level: "provincial_leadership",
      purpose: "cooperation",
      start_on: start,
      end_on: end,
      members: 8,
    });
    data.results.delegations.keyVisits = [
      visit("2030-03-12", "2030-03-14", "inbound"),
      visit("2030-09-16", "2030-09-20", "outbound"),
      visit("2030-11-05", "2030-11-05", "inbound"),
    ];
    expect(text(resultsDelegations(sectionContext(data, "vi")))).toContain(
      "Tỉnh Luông Pha Băng (Lào): 3 đoàn — 12/03–14/03/2030 đoàn vào, hợp tác; 16/09–20/09/2030 đoàn ra, hợp tác; 05/11/2030 đoàn vào, hợp tác.",
    );
    expect(text(resultsDelegations(sectionContext(data, "en")))).toContain(
      "Luang Prabang Province (Laos): 3 visits — 12/03–14/03/2030 inbound, cooperation;",
    );
  });

  it("cost per registration is the promotion trips' cost over the investors registered", () => {
    const data = review({ "investment.registered": 4 });
    data.results.investment.promotionCostVnd = 1_000_000_000;
    expect(text(resultsInvestment(sectionContext(data, "vi")))).toContain(
      "Chi phí các đoàn xúc tiến đầu tư 1.000.000.000 ₫, bình quân 250.000.000 ₫ cho mỗi nhà đầu tư được cấp chứng nhận.",
    );
  });

  it("the aid disbursement rate is labelled cumulative, and aid is split by donor country and sector names", () => {
    const data = review();
    data.results.aid = {
      byCountry: [{ key: "JP", projects: 2, committedUsd: 500_000 }],
      bySector: [{ key: "121", projects: 1, committedUsd: 300_000 }],
      byPlace: [],
      activeCommittedUsd: 2_000_000,
      activeDisbursedToDateUsd: 1_400_000,
    };
    const vi = text(resultsAid(sectionContext(data, "vi")));
    expect(vi).toContain(
      "tỷ lệ giải ngân lũy kế 70,0% (tính từ khi dự án bắt đầu, không chỉ riêng năm 2030)",
    );
    expect(vi).toContain("Theo nước của nhà tài trợ: Nhật Bản 500.000 USD (2 dự án).");
    expect(vi).toContain("Theo lĩnh vực: Y tế tổng quát 300.000 USD (1 dự án).");
    expect(vi).not.toContain("Theo địa bàn");
  });

  it("an overspent reception budget gives its cause: the unplanned inbound delegations and their cost", () => {
    const base = fineReview({ "budget.reception_utilisation": 1.3 });
    base.results.delegations = {
      ...base.results.delegations,
      total: 20,
      outsidePlan: 8,
      unplannedInbound: 5,
      unplannedInboundCostVnd: 300_000_000,
    };
    const data = { ...base, proposals: proposeActions(base) };
    expect(text(shortcomings(sectionContext(data, "vi")))).toContain(
      "Nguyên nhân: 5 đoàn vào ngoài kế hoạch với chi phí 300.000.000 ₫ phải đón tiếp bằng kinh phí đã được giao cho các đoàn trong kế hoạch.",
    );
  });

  it("a new MOU and an expired one get their actions with the lead unit where the data has one", () => {
    const data = review();
    data.agreements.rows = [
      agreementRow({
        agreement_id: "N1",
        state: "new",
        recommendation: "keep",
        label: { vi: "Gunma (Nhật Bản) · MOU 2030", en: "Gunma (Japan) · MOU 2030" },
      }),
      agreementRow({
        agreement_id: "E1",
        state: "expired",
        expiredOn: "2031-01-14",
        recommendation: "renew",
        lead_unit: "Phòng Hợp tác quốc tế",
        label: { vi: "Centre-Val de Loire (Pháp) · MOU 2015", en: "Centre-Val de Loire (France) · MOU 2015" },
      }),
    ];
    const vi = text(directions(sectionContext(data, "vi")));
    expect(vi).toContain(
      "Centre-Val de Loire (Pháp) · MOU 2015: gia hạn; đơn vị chủ trì: Phòng Hợp tác quốc tế.",
    );
    expect(vi).not.toContain("Gunma");
  });

  it("next year's targets say whether they come from the strategy or from the forecast", () => {
    const data = review();
    data.nextYear = {
      year: 2031,
      source: "forecast",
      strategy: null,
      targets: [
        {
          indicator: "delegations.inbound",
          label: { vi: "Đoàn vào", en: "Inbound delegations" },
          unit: "count",
          where: {},
          value: 96.4,
          lower: 81,
          upper: 111.2,
          method: "naive",
        },
      ],
      milestones: [
        {
          id: "M1",
          title: { vi: "Rà soát giữa kỳ", en: "Mid-term review" },
          owner: "Sở Ngoại vụ",
          due: "2031-06-30",
        },
      ],
    };
    const vi = text(directions(sectionContext(data, "vi")));
    expect(vi).toContain("Không có chiến lược nào bao trùm năm 2031: các mức dưới đây là dự báo");
    expect(vi).toContain("Đoàn vào: 96 (81–111).");
    expect(vi).toContain("30/06/2031: Rà soát giữa kỳ (chủ trì: Sở Ngoại vụ).");
    data.nextYear = {
      ...data.nextYear,
      source: "strategy",
      strategy: { title: { vi: "Chiến lược 2031–2035", en: "Strategy 2031–2035" }, planPeriod: "2031-2035" },
    };
    expect(text(directions(sectionContext(data, "en")))).toContain(
      "Targets for 2031 on the path of Strategy 2031–2035 (2031-2035):",
    );
  });

  it("requests go to the province and, where a rule has one, to the central ministries, each with its figure", () => {
    const data = review({ "agreements.reported_on_time_rate": 0.5 });
    const vi = text(requests(sectionContext(data, "vi")));
    expect(vi).toContain("1. Đối với Ủy ban nhân dân tỉnh");
    expect(vi).toContain("2. Đối với các bộ, ngành trung ương");
    expect(vi).toContain("50,0% thỏa thuận được báo cáo đúng hạn");
  });

  it("no document says undefined, NaN, null, '(—)', a rule id or a command, in either language", () => {
    const data = review({
      "agreements.dormant": 1,
      "plan.approval_delay_days": 3,
      "aid.disbursement_rate": 0.2,
    });
    data.quality.byRule = [
      {
        rule: "activities.overdue",
        title: { vi: "Hoạt động quá hạn chưa cập nhật", en: "Activity past due and not updated" },
        severity: "warning",
        count: 3,
      },
    ];
    for (const lang of ["vi", "en"] as const) {
      const doc = reportDocument(data, lang);
      const all = `${text(doc.blocks)}\n${doc.recipientsLabel}`;
      for (const bad of ["undefined", "NaN", "null", "(—)", "activities.overdue", "doingoai"])
        expect(all).not.toContain(bad);
    }
    expect(reportDocument(data, "en").recipientsLabel).toBe("Recipients:");
  });
});
