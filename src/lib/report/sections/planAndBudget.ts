import { formatDate, formatInteger } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/**
 * I.6: when the annual plan was approved against its due date, and the reception budget's use.
 * Both are yearly records: a six-month review shows the whole year's, and says so.
 */
export function planAndBudget(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, fig, get, val, half } = ctx;
  const y = data.year;
  const blocks: ReportBlock[] = [block.h2(t("6. Kế hoạch và kinh phí", "6. Plan timeliness and budget"))];
  if (data.plan) {
    const delay = get("plan.approval_delay_days")?.value ?? null;
    const when =
      delay === null
        ? t("chưa được phê duyệt", "has not been approved")
        : delay > 0
          ? t(`chậm ${formatInteger(delay, { lang })} ngày`, `${formatInteger(delay, { lang })} days late`)
          : delay < 0
            ? t(
                `sớm ${formatInteger(-delay, { lang })} ngày`,
                `${formatInteger(-delay, { lang })} days early`,
              )
            : t("đúng hạn", "on the due date");
    blocks.push(
      block.para(
        data.plan.approved_on === null
          ? t(
              `Kế hoạch đối ngoại năm ${y} (hạn phê duyệt ${formatDate(data.plan.due_on)}) chưa được phê duyệt.`,
              `The ${y} external-affairs plan (due ${formatDate(data.plan.due_on)}) has not been approved.`,
            )
          : t(
              `Kế hoạch đối ngoại năm ${y} được phê duyệt ngày ${formatDate(data.plan.approved_on)}, hạn ${formatDate(data.plan.due_on)}: ${when}.`,
              `The ${y} external-affairs plan was approved on ${formatDate(data.plan.approved_on)}, due ${formatDate(data.plan.due_on)}: ${when}.`,
            ),
      ),
    );
  } else {
    blocks.push(
      block.para(
        t(
          `Không có kế hoạch đối ngoại năm ${y} trong dữ liệu.`,
          `There is no ${y} external-affairs plan in the data.`,
        ),
      ),
    );
  }
  const b = data.receptionBudget;
  blocks.push(
    block.para(
      b === null
        ? t(
            `Không có số liệu kinh phí đón tiếp khách nước ngoài năm ${y}.`,
            `There is no foreign-guest reception budget for ${y} in the data.`,
          )
        : t(
            `Kinh phí đón tiếp khách nước ngoài${half ? ` cả năm ${y}` : ""}: được giao ${fig(b.allocatedVnd, "VND")}, đã chi ${fig(b.spentVnd, "VND")}, tỷ lệ sử dụng ${val("budget.reception_utilisation")}.`,
            `Foreign-guest reception budget${half ? ` for the whole of ${y}` : ""}: allocated ${fig(b.allocatedVnd, "VND")}, spent ${fig(b.spentVnd, "VND")}, utilisation ${val("budget.reception_utilisation")}.`,
          ),
    ),
  );
  blocks.push(...groupTable(ctx, "plan_budget"), ...officeWords(ctx, "plan_budget"));
  return blocks;
}
