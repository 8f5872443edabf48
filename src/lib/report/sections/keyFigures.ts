import { formatChange, formatDate } from "../../../data/format.ts";
import { parsePeriod } from "../../../data/periods.ts";
import { periodColumn, periodPhrase, previousColumn } from "../reviewPeriod.ts";
import type { ReportBlock } from "../reportDocument.ts";
import type { HeadlineGroup } from "../ReviewData.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** The titles of the groups of headline figures, one table each. */
export const groupTitles: Record<HeadlineGroup, { vi: string; en: string }> = {
  delegations: { vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  investment: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
  aid: { vi: "Viện trợ phi chính phủ nước ngoài", en: "Foreign NGO aid" },
  agreements: { vi: "Thỏa thuận quốc tế", en: "International agreements" },
  plan_budget: { vi: "Kế hoạch và kinh phí", en: "Plan and budget" },
  consular: { vi: "Công tác lãnh sự", en: "Consular work" },
};

/** Part I heading and I.1: the key figures in a paragraph, against the plan, and one table per group. */
export function keyFigures({ data, lang, t, fig, get, val }: SectionContext): ReportBlock[] {
  const pv = periodPhrase(data.period, "vi");
  const pe = periodPhrase(data.period, "en");
  const end = formatDate(parsePeriod(data.period).end);
  const half = data.planShare !== 1;
  const blocks: ReportBlock[] = [
    block.h1(
      t(
        `I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI ${pv.toLocaleUpperCase("vi-VN")}`,
        `I. RESULTS OF EXTERNAL AFFAIRS IN ${pe.toUpperCase()}`,
      ),
    ),
    block.h2(t("1. Các số liệu chính", "1. Key figures")),
  ];
  const inbound = get("delegations.inbound");
  const outbound = get("delegations.outbound");
  blocks.push(
    block.para(
      t(
        `${pv.charAt(0).toLocaleUpperCase("vi-VN")}${pv.slice(1)}, tỉnh đón ${val("delegations.inbound")} đoàn vào và cử ${val("delegations.outbound")} đoàn ra (${val("delegations.person_trips")} lượt người); tổ chức ${val("investment.promotion_trips")} đoàn xúc tiến đầu tư ra nước ngoài, tiếp xúc ${val("investment.contacts")} nhà đầu tư, trong đó ${val("investment.registered")} nhà đầu tư được cấp chứng nhận đăng ký đầu tư với tổng vốn ${val("investment.registered_capital_usd")}; cấp phép cho ${val("aid.ngos_licensed")} tổ chức phi chính phủ nước ngoài với ${val("aid.projects_approved")} dự án, tổng giá trị cam kết ${val("aid.committed_usd")}; giải ngân ${val("aid.disbursed_usd")}. Ký ${val("agreements.signed")} thỏa thuận quốc tế; ${val("agreements.active")} thỏa thuận còn hiệu lực tại ${end}. Tiếp nhận ${val("consular.cases")} vụ việc lãnh sự.`,
        `In ${pe} the province received ${val("delegations.inbound")} inbound delegations and sent ${val("delegations.outbound")} outbound (${val("delegations.person_trips")} person-trips); it organised ${val("investment.promotion_trips")} investment-promotion trips abroad and met ${val("investment.contacts")} investors, of whom ${val("investment.registered")} registered projects with ${val("investment.registered_capital_usd")} of capital; it licensed ${val("aid.ngos_licensed")} foreign NGOs for ${val("aid.projects_approved")} aid projects committing ${val("aid.committed_usd")}, and ${val("aid.disbursed_usd")} was disbursed. ${val("agreements.signed")} international agreement(s) were signed; ${val("agreements.active")} were in force at ${end}. ${val("consular.cases")} consular cases were opened.`,
      ),
    ),
  );
  if (inbound?.plan != null || outbound?.plan != null) {
    blocks.push(
      block.para(
        t(
          `So với kế hoạch ${half ? "năm (tính 50% cho 6 tháng)" : "năm"}: đoàn vào đạt ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")}/${fig(inbound?.plan ?? null, "count")}), đoàn ra đạt ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")}/${fig(outbound?.plan ?? null, "count")}); ${val("delegations.in_plan_rate")} số đoàn nằm trong kế hoạch được phê duyệt.`,
          `Against the annual plan${half ? " (50% of it for the half-year)" : ""}: inbound delegations reached ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")} of ${fig(inbound?.plan ?? null, "count")}), outbound ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")} of ${fig(outbound?.plan ?? null, "count")}); ${val("delegations.in_plan_rate")} of the delegations were in the approved plan.`,
        ),
      ),
    );
  }
  // a half-year is held to half the year's plan, and the column says so
  const head = [
    t("Chỉ số", "Indicator"),
    periodColumn(data.period, lang),
    previousColumn(data.period, lang),
    t("Tăng/giảm", "Change"),
    half ? t("Kế hoạch (50% năm)", "Plan (50% of year)") : t("Kế hoạch", "Plan"),
    t("So với kế hoạch", "Against plan"),
  ];
  const cellFig = (value: number | null, unit: string) => fig(value, unit === "USD" ? "count" : unit);
  for (const group of Object.keys(groupTitles) as HeadlineGroup[]) {
    const rows = data.headline
      .filter((h) => h.group === group)
      .map((h) => [
        h.label[lang],
        cellFig(h.value, h.unit),
        cellFig(h.previous, h.unit),
        // the label says "(USD)": the cells carry the number only
        formatChange(h.change, h.unit === "USD" ? "count" : h.unit, lang),
        h.plan === null ? "—" : cellFig(h.plan, h.unit),
        h.planRatio === null ? "—" : fig(h.planRatio, "percent"),
      ]);
    if (rows.length === 0) continue;
    blocks.push({
      kind: "table",
      head: [groupTitles[group][lang], ...head.slice(1)],
      rows,
      align: ["left", "right", "right", "right", "right", "right"],
      widths: [30, 14, 14, 16, 11, 15],
    });
  }
  return blocks;
}
