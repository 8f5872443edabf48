import { formatDate } from "../../../data/format.ts";
import type { AgreementRow } from "../ReviewData.ts";
import { defineProposal } from "./ProposalRule.ts";

/** "Luông Pha Băng (Lào) · MOU 2018 (Phòng Hợp tác quốc tế)": the agreement's name and, where recorded, its lead unit. */
export function agreementWithLead(r: AgreementRow, lang: "vi" | "en"): string {
  return r.lead_unit
    ? `${r.label[lang]} (${lang === "vi" ? "chủ trì" : "lead"}: ${r.lead_unit})`
    : r.label[lang];
}

/**
 * agreements_dormant — agreements in force to reinvigorate or to review for termination, as the
 * MOU portfolio review recommends (the dormant ones — 12 months old or more, no activity done and
 * no delegation in 12 months — and those behind their programme), each named by partner and
 * country with its lead unit where recorded. New agreements (under 12 months) are never dormant.
 */
export const agreementsDormant = defineProposal({
  id: "agreements_dormant",
  explanation: {
    vi: "Có thỏa thuận còn hiệu lực mà rà soát đề xuất thúc đẩy lại hoặc xem xét chấm dứt (không hoạt động trong 12 tháng, hoặc chậm thực hiện chương trình).",
    en: "Agreements in force that the review recommends to reinvigorate or to review for termination (dormant for 12 months, or behind their programme).",
  },
  thresholds: {},
  propose(data) {
    const rows = data.agreements.rows;
    const dormant = rows.filter((r) => r.state === "dormant");
    const behind = rows.filter((r) => r.state !== "dormant" && r.recommendation === "reinvigorate");
    const reinvigorate = rows.filter((r) => r.recommendation === "reinvigorate");
    const terminate = rows.filter((r) => r.recommendation === "review_for_termination");
    if (reinvigorate.length === 0 && terminate.length === 0) return null;
    const at = formatDate(data.agreements.asOf);
    const names = (list: AgreementRow[], lang: "vi" | "en") => list.map((r) => r.label[lang]).join(", ");
    const leads = (list: AgreementRow[], lang: "vi" | "en") =>
      list.map((r) => agreementWithLead(r, lang)).join(", ");
    const findingVi = [
      dormant.length > 0
        ? `${dormant.length} thỏa thuận không hoạt động (không có hoạt động hoàn thành và không có đoàn nào trong 12 tháng tính đến ${at}): ${names(dormant, "vi")}`
        : null,
      behind.length > 0
        ? `${behind.length} thỏa thuận cần thúc đẩy lại do chậm thực hiện chương trình: ${names(behind, "vi")}`
        : null,
    ].filter((x) => x !== null);
    const findingEn = [
      dormant.length > 0
        ? `${dormant.length} ${dormant.length === 1 ? "agreement" : "agreements"} dormant (no activity done and no delegation in the 12 months to ${at}): ${names(dormant, "en")}`
        : null,
      behind.length > 0
        ? `${behind.length} ${behind.length === 1 ? "agreement" : "agreements"} to reinvigorate, behind ${behind.length === 1 ? "its" : "their"} programme: ${names(behind, "en")}`
        : null,
    ].filter((x) => x !== null);
    const proposalVi = [
      reinvigorate.length > 0
        ? `Phê duyệt danh sách thỏa thuận cần thúc đẩy lại (${leads(reinvigorate, "vi")}), giao đơn vị chủ trì và hoạt động cụ thể cho từng thỏa thuận`
        : null,
      terminate.length > 0
        ? `${reinvigorate.length > 0 ? "và" : "Phê duyệt"} danh sách thỏa thuận xem xét chấm dứt (${leads(terminate, "vi")}), trao đổi với đối tác trước khi quyết định`
        : null,
    ].filter((x) => x !== null);
    const proposalEn = [
      reinvigorate.length > 0
        ? `Approve a list of agreements to reinvigorate (${leads(reinvigorate, "en")}), each with a lead unit and concrete activities`
        : null,
      terminate.length > 0
        ? `${reinvigorate.length > 0 ? "and" : "Approve"} a list of agreements to review for termination (${leads(terminate, "en")}), consulting the partner before deciding`
        : null,
    ].filter((x) => x !== null);
    return {
      indicator: "agreements.dormant",
      value: dormant.length,
      threshold: 0,
      finding: { vi: `${findingVi.join("; ")}.`, en: `${findingEn.join("; ")}.` },
      proposal: { vi: `${proposalVi.join("; ")}.`, en: `${proposalEn.join("; ")}.` },
    };
  },
});
