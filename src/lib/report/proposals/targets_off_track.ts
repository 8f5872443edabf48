import { defineProposal, idList } from "./ProposalRule.ts";

/** targets_off_track — strategy targets off track in the year. */
export const targetsOffTrack = defineProposal({
  id: "targets_off_track",
  explanation: {
    vi: "Có chỉ tiêu của chiến lược chậm tiến độ trong năm.",
    en: "Strategy targets are off track in the year.",
  },
  thresholds: {},
  propose(data) {
    const y = data.year;
    const offTrack = data.strategy.targets.filter((t) => t.status === "off_track");
    if (offTrack.length === 0) return null;
    const list = idList(offTrack.map((t) => t.id));
    return {
      indicator: "strategy",
      value: offTrack.length,
      threshold: 0,
      finding: {
        vi: `${offTrack.length} chỉ tiêu chiến lược chậm tiến độ năm ${y}: ${list}.`,
        en: `${offTrack.length} strategy target(s) off track in ${y}: ${list}.`,
      },
      proposal: {
        vi: `Giao đơn vị phụ trách các chỉ tiêu ${list} báo cáo nguyên nhân và giải pháp bổ sung trong quý I năm ${y + 1}.`,
        en: `Ask the units in charge of targets ${list} for the causes and added measures in the first quarter of ${y + 1}.`,
      },
    };
  },
});
