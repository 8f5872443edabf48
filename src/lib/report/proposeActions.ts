import type { Bilingual } from "../../data/Bilingual.ts";
import { formatDate } from "../../data/format.ts";
import { formatFigure } from "../../data/format.ts";
import type { HeadlineFigure, Proposal, ReviewData } from "./ReviewData.ts";

/** The thresholds of the proposal rules; each rule fires when its figure crosses one. */
export interface ProposalThresholds {
  /** agreements.follow_through below this (default 0.5) proposes an activity programme per MOU. */
  followThroughBelow: number;
  /** delegations.in_plan_rate below this (default 0.8) proposes putting delegations in the plan. */
  inPlanRateBelow: number;
  /** Inbound or outbound delegations below this share of the plan (default 0.9) propose reviewing the plan. */
  planShareBelow: number;
  /** aid.disbursement_rate below this (default 0.5) proposes following disbursement up. */
  disbursementRateBelow: number;
  /** agreements.reported_on_time_rate below this (default 1: any late report) proposes reporting within 15 days. */
  reportedOnTimeBelow: number;
  /** An active agreement at least this many months old with no activity at all (default 12) needs a programme. */
  programmeAfterMonths: number;
}

/** The default thresholds (documented on {@link ProposalThresholds}). */
export const defaultProposalThresholds: ProposalThresholds = {
  followThroughBelow: 0.5,
  inPlanRateBelow: 0.8,
  planShareBelow: 0.9,
  disbursementRateBelow: 0.5,
  reportedOnTimeBelow: 1,
  programmeAfterMonths: 12,
};

const ids = (list: string[]) => (list.length === 0 ? "—" : list.join(", "));

/**
 * Proposals drawn from the data, rule by rule, each with the figure that
 * triggers it (in the order the report lists them):
 *
 * - plan_late: plan.approval_delay_days > 0 → approve the annual plan by 31/12 of the year before;
 * - reception_overspent: budget.reception_utilisation > 100% → raise the reception allocation or
 *   place it in the lead agency's budget;
 * - delegations_off_plan: delegations.in_plan_rate below `inPlanRateBelow`;
 * - delegations_below_plan: inbound or outbound delegations below `planShareBelow` of the plan (one
 *   proposal for both; its value is the lower share);
 * - agreements_dormant: agreements.dormant > 0 → lists to reinvigorate and to review for termination
 *   (from the MOU portfolio review);
 * - agreements_without_programme: active agreements `programmeAfterMonths` old or more with no activity;
 * - follow_through_low: agreements.follow_through below `followThroughBelow` → a programme per MOU;
 * - agreements_reported_late: agreements.reported_on_time_rate below `reportedOnTimeBelow`;
 * - investment_registrations_fell: investment.registered below last year;
 * - aid_disbursement_low: aid.disbursement_rate below `disbursementRateBelow`;
 * - targets_off_track: strategy targets off track in the year;
 * - data_quality: data-quality findings of severity error.
 */
export function proposeActions(
  data: Omit<ReviewData, "proposals">,
  thresholds: ProposalThresholds = defaultProposalThresholds,
): Proposal[] {
  const out: Proposal[] = [];
  const y = data.year;
  const fig = (id: string): HeadlineFigure | undefined => data.headline.find((h) => h.indicator === id);
  const v = (id: string) => fig(id)?.value ?? null;
  const both = (f: (lang: "vi" | "en") => string): Bilingual => ({ vi: f("vi"), en: f("en") });
  const add = (
    id: Proposal["id"],
    indicator: string,
    value: number,
    threshold: number,
    finding: Bilingual,
    proposal: Bilingual,
  ) => out.push({ id, indicator, value, threshold, finding, proposal });

  const delay = v("plan.approval_delay_days");
  if (delay !== null && delay > 0 && data.plan) {
    const approved = formatDate(data.plan.approved_on);
    const due = formatDate(data.plan.due_on);
    add(
      "plan_late",
      "plan.approval_delay_days",
      delay,
      0,
      {
        vi: `Kế hoạch đối ngoại năm ${y} được phê duyệt ngày ${approved}, chậm ${delay} ngày so với hạn ${due}.`,
        en: `The ${y} external-affairs plan was approved on ${approved}, ${delay} days after its due date of ${due}.`,
      },
      {
        vi: `Phê duyệt kế hoạch đối ngoại hằng năm trước ngày 31/12 của năm trước (kế hoạch năm ${y + 2} trước ngày 31/12/${y + 1}); cơ quan chủ trì tổng hợp đề xuất của các sở, ngành từ quý III.`,
        en: `Approve each year's external-affairs plan by 31/12 of the year before (the ${y + 2} plan by 31/12/${y + 1}); the lead agency collects departments' proposals from the third quarter.`,
      },
    );
  }

  const use = v("budget.reception_utilisation");
  if (use !== null && use > 1) {
    const b = data.receptionBudget;
    const amounts = (lang: "vi" | "en") =>
      b && b.spentVnd !== null && b.allocatedVnd !== null
        ? lang === "vi"
          ? ` (chi ${formatFigure(b.spentVnd, "VND", lang)}, được giao ${formatFigure(b.allocatedVnd, "VND", lang)})`
          : ` (spent ${formatFigure(b.spentVnd, "VND", lang)}, allocated ${formatFigure(b.allocatedVnd, "VND", lang)})`
        : "";
    add(
      "reception_overspent",
      "budget.reception_utilisation",
      use,
      1,
      both((lang) =>
        lang === "vi"
          ? `Kinh phí đón tiếp khách nước ngoài năm ${y} đã sử dụng ${formatFigure(use, "percent", lang)} dự toán được giao${amounts(lang)}.`
          : `The ${y} foreign-guest reception budget was used at ${formatFigure(use, "percent", lang)} of its allocation${amounts(lang)}.`,
      ),
      {
        vi: `Nâng dự toán kinh phí đón tiếp khách nước ngoài ít nhất bằng mức đã chi năm ${y}, hoặc giao khoản kinh phí này vào dự toán của ${data.agency.vi} để chủ động đón tiếp.`,
        en: `Raise the foreign-guest reception allocation to at least what was spent in ${y}, or place this line in the budget of the ${data.agency.en} so that it can plan receptions itself.`,
      },
    );
  }

  const inPlan = v("delegations.in_plan_rate");
  if (inPlan !== null && inPlan < thresholds.inPlanRateBelow) {
    add(
      "delegations_off_plan",
      "delegations.in_plan_rate",
      inPlan,
      thresholds.inPlanRateBelow,
      both((lang) =>
        lang === "vi"
          ? `Chỉ ${formatFigure(inPlan, "percent", lang)} số đoàn ra, đoàn vào năm ${y} nằm trong kế hoạch được phê duyệt (ngưỡng ${formatFigure(thresholds.inPlanRateBelow, "percent", lang)}).`
          : `Only ${formatFigure(inPlan, "percent", lang)} of the ${y} delegations were in the approved plan (threshold ${formatFigure(thresholds.inPlanRateBelow, "percent", lang)}).`,
      ),
      {
        vi: "Các sở, ngành, địa phương đăng ký đoàn ra, đoàn vào dự kiến khi xây dựng kế hoạch năm; đoàn phát sinh được trình bổ sung kế hoạch trước khi thực hiện.",
        en: "Departments and localities list their expected delegations when the annual plan is drafted; delegations that arise later are added to the plan before they travel.",
      },
    );
  }

  const below = ["delegations.inbound", "delegations.outbound"]
    .map((id) => fig(id))
    .filter(
      (f): f is HeadlineFigure & { value: number; plan: number; planRatio: number } =>
        f !== undefined &&
        f.value !== null &&
        f.plan !== null &&
        f.planRatio !== null &&
        f.planRatio < thresholds.planShareBelow,
    );
  if (below.length > 0) {
    const parts = (lang: "vi" | "en") =>
      below
        .map((f) =>
          lang === "vi"
            ? `${f.label.vi.toLowerCase()} đạt ${formatFigure(f.planRatio, "percent", lang)} kế hoạch (${formatFigure(f.value, "count", lang)}/${formatFigure(f.plan, "count", lang)})`
            : `${f.label.en.toLowerCase()} reached ${formatFigure(f.planRatio, "percent", lang)} of the plan (${formatFigure(f.value, "count", lang)} of ${formatFigure(f.plan, "count", lang)})`,
        )
        .join(lang === "vi" ? "; " : "; ");
    add(
      "delegations_below_plan",
      below[0]!.indicator,
      Math.min(...below.map((f) => f.planRatio)),
      thresholds.planShareBelow,
      both((lang) => (lang === "vi" ? `Năm ${y}, ${parts(lang)}.` : `In ${y}, ${parts(lang)}.`)),
      {
        vi: "Rà soát nguyên nhân các đoàn trong kế hoạch chưa thực hiện và xây dựng kế hoạch năm sau sát với khả năng thực hiện.",
        en: "Review why planned delegations did not take place, and draft next year's plan closer to what can be done.",
      },
    );
  }

  const dormant = v("agreements.dormant");
  if (dormant !== null && dormant > 0) {
    const rows = data.agreements.rows;
    const dormantIds = rows.filter((r) => r.dormant).map((r) => r.agreement_id);
    // dormant agreements not proposed for termination are to be reinvigorated, with those the review says so of
    const terminate = rows
      .filter((r) => r.recommendation === "review_for_termination")
      .map((r) => r.agreement_id);
    const reinvigorate = rows
      .filter((r) => r.recommendation === "reinvigorate" || (r.dormant && r.recommendation === "keep"))
      .map((r) => r.agreement_id);
    const at = formatDate(data.agreements.asOf);
    add(
      "agreements_dormant",
      "agreements.dormant",
      dormant,
      0,
      {
        vi: `${dormant} thỏa thuận còn hiệu lực không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng tính đến ${at}: ${ids(dormantIds)}.`,
        en: `${dormant} agreement(s) in force had no activity done and no delegation in the 12 months to ${at}: ${ids(dormantIds)}.`,
      },
      {
        vi: `Phê duyệt danh sách thỏa thuận cần thúc đẩy lại (${ids(reinvigorate)}), giao đơn vị đầu mối và hoạt động cụ thể cho từng thỏa thuận${terminate.length > 0 ? `; và danh sách thỏa thuận xem xét chấm dứt (${ids(terminate)})` : ""}.`,
        en: `Approve a list of agreements to reinvigorate (${ids(reinvigorate)}), each with a lead unit and concrete activities${terminate.length > 0 ? `, and a list to review for termination (${ids(terminate)})` : ""}.`,
      },
    );
  }

  const noProgramme = data.agreements.rows.filter(
    (r) => r.activities === 0 && r.ageMonths >= thresholds.programmeAfterMonths,
  );
  if (noProgramme.length > 0) {
    const list = ids(noProgramme.map((r) => r.agreement_id));
    add(
      "agreements_without_programme",
      "agreement_activities",
      noProgramme.length,
      0,
      {
        vi: `${noProgramme.length} thỏa thuận đã ký từ ${thresholds.programmeAfterMonths} tháng trở lên chưa có hoạt động cụ thể nào: ${list}.`,
        en: `${noProgramme.length} agreement(s) signed ${thresholds.programmeAfterMonths} months ago or more have no concrete activity: ${list}.`,
      },
      {
        vi: `Xây dựng chương trình hoạt động cho các thỏa thuận ${list}: hoạt động, thời hạn, đơn vị chủ trì.`,
        en: `Draw up a programme of activities for agreements ${list}: activities, due dates, lead units.`,
      },
    );
  }

  const follow = v("agreements.follow_through");
  if (follow !== null && follow < thresholds.followThroughBelow) {
    add(
      "follow_through_low",
      "agreements.follow_through",
      follow,
      thresholds.followThroughBelow,
      both((lang) =>
        lang === "vi"
          ? `Chỉ ${formatFigure(follow, "percent", lang)} hoạt động đến hạn năm ${y} theo các thỏa thuận quốc tế được thực hiện (ngưỡng ${formatFigure(thresholds.followThroughBelow, "percent", lang)}).`
          : `Only ${formatFigure(follow, "percent", lang)} of the agreement activities due in ${y} were done (threshold ${formatFigure(thresholds.followThroughBelow, "percent", lang)}).`,
      ),
      {
        vi: "Mỗi thỏa thuận có chương trình hoạt động hằng năm với hoạt động, thời hạn và đơn vị chủ trì cụ thể; cơ quan chủ trì theo dõi và báo cáo kết quả hằng quý.",
        en: "Give each agreement a yearly programme with concrete activities, due dates and lead units; the lead agency follows it up and reports every quarter.",
      },
    );
  }

  const signed = v("agreements.signed");
  const reported = v("agreements.reported_on_time_rate");
  if (signed !== null && signed > 0 && reported !== null && reported < thresholds.reportedOnTimeBelow) {
    add(
      "agreements_reported_late",
      "agreements.reported_on_time_rate",
      reported,
      thresholds.reportedOnTimeBelow,
      both((lang) =>
        lang === "vi"
          ? `Trong ${formatFigure(signed, "count", lang)} thỏa thuận ký năm ${y}, ${formatFigure(reported, "percent", lang)} được báo cáo trong 15 ngày kể từ ngày ký.`
          : `Of the ${formatFigure(signed, "count", lang)} agreement(s) signed in ${y}, ${formatFigure(reported, "percent", lang)} were reported within 15 days of signing.`,
      ),
      {
        vi: "Báo cáo việc ký kết mỗi thỏa thuận quốc tế trong 15 ngày kể từ ngày ký; cơ quan chủ trì theo dõi hạn báo cáo.",
        en: "Report every international agreement within 15 days of its signing; the lead agency tracks the deadline.",
      },
    );
  }

  const registered = fig("investment.registered");
  if (
    registered &&
    registered.value !== null &&
    registered.previous !== null &&
    registered.value < registered.previous
  ) {
    const { value, previous } = registered;
    add(
      "investment_registrations_fell",
      "investment.registered",
      value,
      previous,
      both((lang) =>
        lang === "vi"
          ? `Số nhà đầu tư đã tiếp xúc được cấp chứng nhận đăng ký đầu tư giảm từ ${formatFigure(previous, "count", lang)} (năm ${y - 1}) xuống ${formatFigure(value, "count", lang)} (năm ${y}).`
          : `Investors met who registered fell from ${formatFigure(previous, "count", lang)} (${y - 1}) to ${formatFigure(value, "count", lang)} (${y}).`,
      ),
      {
        vi: "Lập danh sách nhà đầu tư đã tiếp xúc nhưng chưa đăng ký để theo dõi và hỗ trợ thủ tục; mỗi chuyến xúc tiến đầu tư gắn với danh sách nhà đầu tư mục tiêu.",
        en: "Keep a list of investors met who have not registered, to follow up and help with procedures; tie every promotion trip to a list of target investors.",
      },
    );
  }

  const disbursed = v("aid.disbursement_rate");
  if (disbursed !== null && disbursed < thresholds.disbursementRateBelow) {
    add(
      "aid_disbursement_low",
      "aid.disbursement_rate",
      disbursed,
      thresholds.disbursementRateBelow,
      both((lang) =>
        lang === "vi"
          ? `Tỷ lệ giải ngân viện trợ của các dự án đang thực hiện chỉ đạt ${formatFigure(disbursed, "percent", lang)} (ngưỡng ${formatFigure(thresholds.disbursementRateBelow, "percent", lang)}).`
          : `Aid disbursement of the projects under way reached only ${formatFigure(disbursed, "percent", lang)} (threshold ${formatFigure(thresholds.disbursementRateBelow, "percent", lang)}).`,
      ),
      {
        vi: "Đôn đốc các tổ chức phi chính phủ nước ngoài và chủ dự án giải ngân theo cam kết; rà soát dự án chậm giải ngân.",
        en: "Press NGOs and project owners to disburse as committed; review the projects that lag.",
      },
    );
  }

  const offTrack = data.strategy.targets.filter((t) => t.status === "off_track");
  if (offTrack.length > 0) {
    const list = ids(offTrack.map((t) => t.id));
    add(
      "targets_off_track",
      "strategy",
      offTrack.length,
      0,
      {
        vi: `${offTrack.length} chỉ tiêu chiến lược chậm tiến độ năm ${y}: ${list}.`,
        en: `${offTrack.length} strategy target(s) off track in ${y}: ${list}.`,
      },
      {
        vi: `Giao đơn vị phụ trách các chỉ tiêu ${list} báo cáo nguyên nhân và giải pháp bổ sung trong quý I năm ${y + 1}.`,
        en: `Ask the units in charge of targets ${list} for the causes and added measures in the first quarter of ${y + 1}.`,
      },
    );
  }

  if (data.quality.errors > 0) {
    const n = data.quality.errors;
    add(
      "data_quality",
      "checks",
      n,
      0,
      {
        vi: `Kiểm tra dữ liệu ngày ${formatDate(data.quality.asOf)} phát hiện ${n} lỗi dữ liệu (doingoai check).`,
        en: `The data check of ${formatDate(data.quality.asOf)} found ${n} data error(s) (doingoai check).`,
      },
      {
        vi: "Các đơn vị nhập liệu sửa các lỗi dữ liệu trước khi số liệu được dùng cho báo cáo.",
        en: "The units that enter the data correct these errors before the figures are used in reports.",
      },
    );
  }
  return out;
}
