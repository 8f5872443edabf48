import type { Lang } from "../../data/Bilingual.ts";
import { formatDate, formatInteger, formatMoney, formatPercent } from "../../data/format.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { agreementStateLabels, recommendationLabels } from "../../data/planning/agreementReviewLabels.ts";
import { reviewAgreements, type AgreementReview } from "../../lib/planning/reviewAgreements.ts";
import { optionalDate } from "../argCheck.ts";
import type { Command } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { textTable } from "../textTable.ts";
import { usageError } from "../usageError.ts";

/** The review as a text table followed by the reasons of each agreement. */
export function reviewTable(reviews: AgreementReview[], lang: Lang): string {
  const head =
    lang === "vi"
      ? [
          "Thỏa thuận",
          "Đối tác",
          "Tuổi (tháng)",
          "Đến hạn",
          "Xong",
          "Đúng hạn",
          "Quá hạn",
          "Gần nhất",
          "Tình trạng",
          "Điểm",
          "Đề xuất",
        ]
      : [
          "Agreement",
          "Partner",
          "Age (months)",
          "Due",
          "Done",
          "On time",
          "Overdue",
          "Last activity",
          "State",
          "Score",
          "Recommendation",
        ];
  const body = reviews.map((r) => [
    r.agreement_id,
    `${r.partner_name ?? r.partner_id}${r.country ? ` (${r.country})` : ""}`,
    formatInteger(r.ageMonths, { lang }),
    formatInteger(r.activities.due, { lang }),
    `${formatInteger(r.activities.doneOfDue, { lang })} (${formatPercent(r.followThrough, { lang })})`,
    formatPercent(r.onTimeRate, { lang }),
    formatInteger(r.activities.overdue, { lang }),
    r.lastActivityOn === null ? "—" : formatDate(r.lastActivityOn, { lang }),
    agreementStateLabels[r.state][lang],
    String(r.score),
    recommendationLabels[r.recommendation][lang],
  ]);
  const details = reviews.map((r) => {
    const links =
      lang === "vi"
        ? `liên kết: ${r.links.delegations} đoàn theo thỏa thuận; từ ${r.country ?? "?"} kể từ khi ký: ${r.links.investmentContacts} nhà đầu tư tiếp xúc (${r.links.investmentRegistered} đã đăng ký), ${r.links.aidProjects} dự án viện trợ (${formatMoney(r.links.aidCommittedUsd, "USD", { lang })})`
        : `links: ${r.links.delegations} delegations under the agreement; from ${r.country ?? "?"} since signing: ${r.links.investmentContacts} investor contacts (${r.links.investmentRegistered} registered), ${r.links.aidProjects} aid projects (${formatMoney(r.links.aidCommittedUsd, "USD", { lang })})`;
    return [`${r.agreement_id} — ${r.title}`, ...r.reasons.map((x) => `  • ${x[lang]}`), `  • ${links}`].join(
      "\n",
    );
  });
  const asOf = reviews[0]?.as_of;
  const title =
    lang === "vi"
      ? `Rà soát thỏa thuận quốc tế${asOf ? ` tại ngày ${formatDate(asOf)}` : ""}: ${reviews.length} thỏa thuận`
      : `Agreement portfolio review${asOf ? ` at ${formatDate(asOf)}` : ""}: ${reviews.length} agreements`;
  const formula =
    lang === "vi"
      ? "Điểm = 100 × (0,5·tỷ lệ thực hiện + 0,2·tỷ lệ đúng hạn + 0,3·mức gần đây); công thức và quy tắc đề xuất: docs/forecasting.md, mục Rà soát thỏa thuận."
      : "Score = 100 × (0.5·follow-through + 0.2·on-time + 0.3·recency); formula and rules: docs/forecasting.md, section Agreement portfolio review.";
  return [title, "", textTable([head, ...body]), "", ...details, "", formula].join("\n") + "\n";
}

export const agreementsCommand: Command = {
  name: "agreements",
  summary: {
    vi: "Rà soát danh mục thỏa thuận quốc tế: điểm và đề xuất (agreements review)",
    en: "Review the agreement (MOU) portfolio: score and recommendation (agreements review)",
  },
  usage: "doingoai agreements review [--as-of yyyy-mm-dd] [--all] [--format table|json] [--db PATH]",
  help: {
    vi: `agreements review   với mỗi thỏa thuận còn hiệu lực: tuổi, hoạt động đến hạn/hoàn thành/đúng hạn, hoạt động gần nhất, tình trạng (mới ký: dưới 12 tháng; không hoạt động: không có hoạt động hoàn thành và không có đoàn trong 12 tháng; đang hoạt động; hết hạn; đã chấm dứt), liên kết (đoàn theo thỏa thuận; nhà đầu tư và viện trợ từ nước của đối tác), điểm 0–100 và đề xuất: duy trì / thúc đẩy lại / xem xét chấm dứt (gia hạn / kết thúc với thỏa thuận đã hết hạn), kèm lý do.

Tùy chọn:
  --as-of yyyy-mm-dd   ngày rà soát (mặc định hôm nay)
  --all                gồm cả thỏa thuận đã hết hạn hoặc chấm dứt
  --format table|json  mặc định table`,
    en: `agreements review   for each agreement in force: age, activities due/done/on time, last activity, state (new: under 12 months; dormant: no activity done and no delegation in 12 months; active; expired; terminated), links (delegations under it; investors and aid from the partner's country), a 0–100 score and a recommendation: keep / reinvigorate / review for termination (renew / close for an expired one), with reasons.

Options:
  --as-of yyyy-mm-dd   review date (default today)
  --all                include expired and terminated agreements
  --format table|json  default table`,
  },
  options: { "as-of": { type: "string" }, all: { type: "boolean" }, format: { type: "string" } },
  async run(ctx) {
    const [sub, ...extra] = ctx.positionals;
    if (sub !== "review" || extra.length > 0) {
      throw usageError(`Cách dùng: ${this.usage}`, `Usage: ${this.usage}`);
    }
    const format = ctx.values["format"] ?? "table";
    if (format !== "table" && format !== "json") {
      throw usageError(
        `--format: table | json (nhận được ${String(format)})`,
        `--format: table | json (got ${String(format)})`,
      );
    }
    const asOf = optionalDate("--as-of", ctx.values["as-of"]);
    const store = await openExistingStore(ctx.db);
    try {
      const reviews = await reviewAgreements(store, {
        ...(typeof asOf === "string" ? { asOf } : {}),
        scope: ctx.values["all"] === true ? "all" : "active",
      });
      if (reviews.length === 0) {
        ctx.stderr.write(
          ctx.lang === "vi" ? "Không có thỏa thuận nào để rà soát.\n" : "There is no agreement to review.\n",
        );
        return exitCodes.invalidData;
      }
      ctx.stdout.write(
        format === "json" ? JSON.stringify(reviews, null, 2) + "\n" : reviewTable(reviews, ctx.lang),
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
