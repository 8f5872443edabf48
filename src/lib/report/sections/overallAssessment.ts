import { previousPeriod } from "../../../data/periods.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { periodPhrase } from "../reviewPeriod.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/** "Đoàn vào" → "đoàn vào", but "PCPNN…" and "FDI…" keep their capitals: a label inside a sentence. */
export function lowerFirst(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  return b !== "" && b === b.toLocaleUpperCase("vi-VN") && b !== b.toLocaleLowerCase("vi-VN")
    ? label
    : a.toLocaleLowerCase("vi-VN") + label.slice(1);
}

/**
 * I.8 "Đánh giá chung": the results against the plan and against last year,
 * drawn from the headline figures (better or worse by each figure's
 * direction), then the office's own assessment where it gave one. A six-month
 * review is held to half the year's plan and compared with the half-year before;
 * its yearly records (plan approval, reception budget) are compared year on year,
 * in a sentence of their own.
 */
export function overallAssessment(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, fig, half } = ctx;
  const y = data.year;
  const before = previousPeriod(data.period);
  // "năm 2018" / "2018"; "6 tháng cuối năm 2023" / "the second half of 2023"
  const prev = { vi: periodPhrase(before, "vi"), en: periodPhrase(before, "en") };
  const share = half ? t(" (tính 50% cho 6 tháng)", " (50% of it for the half-year)") : "";
  const changed = data.headline.filter((h) => h.change !== null && h.change !== 0);
  const compared = changed.filter((h) => h.period === data.period);
  const isBetter = (h: (typeof changed)[number]) => h.change! > 0 === (h.direction === "up");
  const better = compared.filter(isBetter);
  const worse = compared.filter((h) => !isBetter(h));
  const names = (list: typeof compared) => list.map((h) => lowerFirst(h.label[lang])).join(", ");
  // a six-month review: the yearly records, year on year ("Cả năm 2024 so với năm 2023: …")
  const yearly = changed.filter((h) => h.period !== data.period);
  const yearlyText =
    yearly.length === 0
      ? ""
      : " " +
        t(
          `Cả năm ${y} so với năm ${y - 1}: ${yearly.map((h) => `${lowerFirst(h.label.vi)} ${isBetter(h) ? "tốt lên" : "kém đi"}`).join(", ")}.`,
          `The whole of ${y} against ${y - 1}: ${yearly.map((h) => `${lowerFirst(h.label.en)} ${isBetter(h) ? "improved" : "worsened"}`).join(", ")}.`,
        );
  const planned = data.headline.filter((h) => h.planRatio !== null);
  const planText =
    planned.length > 0
      ? planned
          .map((h) =>
            t(
              `${lowerFirst(h.label.vi)} đạt ${fig(h.planRatio, "percent")} kế hoạch`,
              `${lowerFirst(h.label.en)} reached ${fig(h.planRatio, "percent")} of the plan`,
            ),
          )
          .join("; ")
      : null;
  const sentences = [
    planText !== null
      ? t(`So với kế hoạch năm ${y}${share}: ${planText}.`, `Against the ${y} plan${share}: ${planText}.`)
      : t(
          `Kế hoạch năm ${y} không đặt chỉ tiêu số lượng nên kết quả được so với ${prev.vi}.`,
          `The ${y} plan set no figures, so the results are compared with ${prev.en}.`,
        ),
    better.length > 0
      ? t(
          `So với ${prev.vi}, ${better.length} chỉ số tốt lên (${names(better)})`,
          `Compared with ${prev.en}, ${better.length} ${better.length === 1 ? "figure" : "figures"} improved (${names(better)})`,
        )
      : t(`So với ${prev.vi}, không chỉ số nào tốt lên`, `Compared with ${prev.en}, no figure improved`),
    worse.length > 0
      ? t(
          `${worse.length} chỉ số kém đi (${names(worse)}).`,
          `${worse.length} ${worse.length === 1 ? "figure" : "figures"} worsened (${names(worse)}).`,
        )
      : t("không chỉ số nào kém đi.", "none worsened."),
  ];
  const shortfalls = data.proposals.length;
  return [
    block.h2(t("8. Đánh giá chung", "8. Overall assessment")),
    block.para(
      `${sentences[0]} ${sentences[1]}; ${sentences[2]}${yearlyText} ${
        shortfalls > 0
          ? t(
              `Có ${shortfalls} tồn tại vượt ngưỡng cần khắc phục, nêu tại phần II.`,
              `${shortfalls} ${shortfalls === 1 ? "shortcoming crosses" : "shortcomings cross"} a threshold and ${shortfalls === 1 ? "needs" : "need"} action (part II).`,
            )
          : t("Không có tồn tại nào vượt ngưỡng.", "No shortcoming crosses a threshold.")
      }`,
    ),
    ...officeWords(ctx, "overall"),
  ];
}
