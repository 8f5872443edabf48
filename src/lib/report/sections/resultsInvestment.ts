import type { ReportBlock } from "../ReportBlock.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** I.2: investment promotion: trips, investors met, registrations and capital, cost per registration. */
export function resultsInvestment(ctx: SectionContext): ReportBlock[] {
  const { data, t, fig, get, val, periodIn, PeriodIn, half } = ctx;
  const cost = data.results.investment.promotionCostVnd;
  const registered = get("investment.registered")?.value ?? null;
  const perRegistration =
    cost !== null && cost > 0
      ? registered !== null && registered > 0
        ? t(
            `Chi phí các đoàn xúc tiến đầu tư ${fig(cost, "VND")}, bình quân ${fig(cost / registered, "VND")} cho mỗi nhà đầu tư được cấp chứng nhận.`,
            `The promotion trips cost ${fig(cost, "VND")}, ${fig(cost / registered, "VND")} per investor registered.`,
          )
        : t(
            `Chi phí các đoàn xúc tiến đầu tư ${fig(cost, "VND")}; chưa có nhà đầu tư nào được cấp chứng nhận trong ${half ? "kỳ" : "năm"}.`,
            `The promotion trips cost ${fig(cost, "VND")}; no investor registered in the ${half ? "half-year" : "year"}.`,
          )
      : "";
  return [
    block.h2(t("2. Xúc tiến đầu tư", "2. Investment promotion")),
    block.para(
      `${t(
        `${PeriodIn.vi}, tỉnh tổ chức ${val("investment.promotion_trips")} đoàn xúc tiến đầu tư ra nước ngoài, tiếp xúc ${val("investment.contacts")} nhà đầu tư, trong đó ${val("investment.registered")} nhà đầu tư được cấp chứng nhận đăng ký đầu tư với tổng vốn ${val("investment.registered_capital_usd")}.`,
        `In ${periodIn.en} the province organised ${val("investment.promotion_trips")} investment-promotion trips abroad and met ${val("investment.contacts")} investors; ${val("investment.registered")} of them registered, with ${val("investment.registered_capital_usd")} of capital.`,
      )}${perRegistration ? ` ${perRegistration}` : ""}`,
    ),
    ...groupTable(ctx, "investment"),
    ...officeWords(ctx, "investment"),
  ];
}
