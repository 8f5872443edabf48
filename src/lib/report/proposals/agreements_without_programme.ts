import { both, defineProposal } from "./ProposalRule.ts";

/** agreements_without_programme — agreements some months old with no activity at all. */
export const agreementsWithoutProgramme = defineProposal({
  id: "agreements_without_programme",
  explanation: {
    vi: "Có thỏa thuận đã ký từ 12 tháng trở lên (mặc định) chưa có hoạt động cụ thể nào.",
    en: "Agreements signed 12 months ago or more (default) have no concrete activity.",
  },
  /** programmeAfterMonths: an agreement at least this many months old with no activity at all needs a programme. */
  thresholds: { programmeAfterMonths: 12 },
  propose(data, { programmeAfterMonths }) {
    const noProgramme = data.agreements.rows.filter(
      // only agreements in force: a new one has time yet, an expired one is renewed or closed instead
      (r) =>
        r.activities === 0 &&
        r.ageMonths >= programmeAfterMonths &&
        (r.state === "active" || r.state === "dormant"),
    );
    if (noProgramme.length === 0) return null;
    const list = both((lang) => noProgramme.map((r) => r.label[lang]).join("; "));
    const count = noProgramme.length;
    return {
      indicator: "agreement_activities",
      value: noProgramme.length,
      threshold: 0,
      finding: {
        vi: `${count} thỏa thuận đã ký từ ${programmeAfterMonths} tháng trở lên chưa có hoạt động cụ thể nào: ${list.vi}.`,
        en: `${count} ${count === 1 ? "agreement" : "agreements"} signed ${programmeAfterMonths} months ago or more ${count === 1 ? "has" : "have"} no concrete activity: ${list.en}.`,
      },
      proposal: {
        vi: `Xây dựng chương trình hoạt động cho ${count === 1 ? "thỏa thuận" : "các thỏa thuận"} ${list.vi}: hoạt động, thời hạn, đơn vị chủ trì.`,
        en: `Draw up a programme of activities for ${count === 1 ? "the agreement" : "the agreements"} ${list.en}: activities, due dates, lead units.`,
      },
    };
  },
});
