import { formatDate } from "../../../data/format.ts";
import type { AgreementRow } from "../ReviewData.ts";
import { agreementWithLead } from "./agreements_dormant.ts";
import { defineProposal } from "./ProposalRule.ts";

/**
 * agreements_expired — agreements in force at 31/12 that expired before the report date (the
 * review's state expired): renew those active in their last 12 months, let the others end.
 */
export const agreementsExpired = defineProposal({
  id: "agreements_expired",
  explanation: {
    vi: "Có thỏa thuận đã hết hạn trước ngày báo cáo: quyết định gia hạn hoặc kết thúc.",
    en: "Agreements expired before the report date: decide to renew or close them.",
  },
  thresholds: {},
  propose(data) {
    const expired = data.agreements.rows.filter((r) => r.state === "expired");
    if (expired.length === 0) return null;
    const renew = expired.filter((r) => r.recommendation === "renew");
    const close = expired.filter((r) => r.recommendation !== "renew");
    const dated = (r: AgreementRow, lang: "vi" | "en") =>
      r.expiredOn === null
        ? r.label[lang]
        : `${r.label[lang]} ${lang === "vi" ? "ngày" : "on"} ${formatDate(r.expiredOn)}`;
    const leads = (list: AgreementRow[], lang: "vi" | "en") =>
      list.map((r) => agreementWithLead(r, lang)).join(", ");
    const n = expired.length;
    const proposalVi = [
      renew.length > 0
        ? `Gia hạn các thỏa thuận có hoạt động gần đây (${leads(renew, "vi")}), kèm chương trình hoạt động cho thời hạn tiếp theo`
        : null,
      close.length > 0
        ? `${renew.length > 0 ? "kết thúc" : "Kết thúc"} các thỏa thuận không có hoạt động gần đây (${leads(close, "vi")}) và thông báo cho đối tác`
        : null,
    ].filter((x) => x !== null);
    const proposalEn = [
      renew.length > 0
        ? `Renew the agreements with recent activity (${leads(renew, "en")}), each with a programme of activities for its next term`
        : null,
      close.length > 0
        ? `${renew.length > 0 ? "close" : "Close"} the agreements without recent activity (${leads(close, "en")}) and inform the partners`
        : null,
    ].filter((x) => x !== null);
    return {
      indicator: "agreements.active",
      value: n,
      threshold: 0,
      finding: {
        vi: `${n} thỏa thuận hết hạn sau ngày ${formatDate(data.agreements.asOf)}, trước ngày báo cáo: ${expired.map((r) => dated(r, "vi")).join(", ")}.`,
        en: `${n} ${n === 1 ? "agreement" : "agreements"} expired after ${formatDate(data.agreements.asOf)}, before the report date: ${expired.map((r) => dated(r, "en")).join(", ")}.`,
      },
      proposal: { vi: `${proposalVi.join("; ")}.`, en: `${proposalEn.join("; ")}.` },
    };
  },
});
