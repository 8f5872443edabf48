import { codeLabel, formatDate, formatInteger, formatPercent } from "../../../data/format.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import type { ReviewResults } from "../reviewResults.ts";
import { groupTable } from "./groupTable.ts";
import { officeWords } from "./officeWords.ts";
import { block, type SectionContext } from "./SectionContext.ts";

type Visit = ReviewResults["delegations"]["keyVisits"][number];

/** "12–14/03/2019" or "14/05/2019": a visit's dates, the year written once. */
function visitDates(v: Visit): string {
  const start = formatDate(v.start_on);
  if (v.end_on === v.start_on) return start;
  const end = formatDate(v.end_on);
  return v.start_on.slice(0, 4) === v.end_on.slice(0, 4) ? `${start.slice(0, 5)}–${end}` : `${start}–${end}`;
}

/** Part I heading and I.1: delegations against the plan and last year, the key visits by partner, the figures. */
export function resultsDelegations(ctx: SectionContext): ReportBlock[] {
  const { data, lang, t, fig, get, val, periodIn, PeriodIn, half } = ctx;
  const d = data.results.delegations;
  const blocks: ReportBlock[] = [
    block.h1(
      t(
        `I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI ${periodIn.vi.toLocaleUpperCase("vi-VN")}`,
        `I. RESULTS OF EXTERNAL AFFAIRS IN ${periodIn.en.toUpperCase()}`,
      ),
    ),
    block.h2(t("1. Đoàn ra, đoàn vào", "1. Delegations")),
  ];
  const inbound = get("delegations.inbound");
  const outbound = get("delegations.outbound");
  const planned = inbound?.plan != null || outbound?.plan != null;
  const outside =
    d.total > 0
      ? t(
          `; ${formatInteger(d.outsidePlan, { lang })}/${formatInteger(d.total, { lang })} đoàn (${formatPercent(d.outsidePlan / d.total, { lang })}) ngoài kế hoạch được phê duyệt`,
          `; ${formatInteger(d.outsidePlan, { lang })} of ${formatInteger(d.total, { lang })} delegations (${formatPercent(d.outsidePlan / d.total, { lang })}) were outside the approved plan`,
        )
      : "";
  blocks.push(
    block.para(
      t(
        `${PeriodIn.vi}, tỉnh đón ${val("delegations.inbound")} đoàn vào và cử ${val("delegations.outbound")} đoàn ra (${val("delegations.person_trips")} lượt người)${planned ? `; so với kế hoạch năm${half ? " (tính 50% cho 6 tháng)" : ""}, đoàn vào đạt ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")}/${fig(inbound?.plan ?? null, "count")}), đoàn ra đạt ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")}/${fig(outbound?.plan ?? null, "count")})` : ""}${outside}.`,
        `In ${periodIn.en} the province received ${val("delegations.inbound")} inbound delegations and sent ${val("delegations.outbound")} outbound (${val("delegations.person_trips")} person-trips)${planned ? `; against the annual plan${half ? " (50% of it for the half-year)" : ""}, inbound reached ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")} of ${fig(inbound?.plan ?? null, "count")}) and outbound ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")} of ${fig(outbound?.plan ?? null, "count")})` : ""}${outside}.`,
      ),
    ),
  );
  // key visits: provincial-leadership delegations with a named partner, by partner (most visits first)
  const byPartner = new Map<string, Visit[]>();
  for (const v of d.keyVisits) {
    if (v.partner === null) continue;
    const key = `${v.partner.en}|${v.country ?? ""}`;
    byPartner.set(key, [...(byPartner.get(key) ?? []), v]);
  }
  const partners = [...byPartner.values()].sort((a, b) => b.length - a.length).slice(0, 8);
  if (partners.length > 0) {
    blocks.push(
      block.para(
        t(
          "Các đoàn cấp lãnh đạo tỉnh với đối tác (theo số đoàn):",
          "Visits at provincial-leadership level with partners (most visits first):",
        ),
      ),
      block.list(
        partners.map((visits) => {
          const first = visits[0]!;
          const name = `${first.partner![lang]}${first.country ? ` (${codeLabel("country", first.country, lang)})` : ""}`;
          const each = visits
            .map(
              (v) =>
                `${visitDates(v)} ${t(v.direction === "inbound" ? "đoàn vào" : "đoàn ra", v.direction)}, ${codeLabel("purpose", v.purpose, lang).toLocaleLowerCase(lang === "vi" ? "vi-VN" : "en-US")}`,
            )
            .join("; ");
          return `${name}: ${formatInteger(visits.length, { lang })} ${t("đoàn", visits.length === 1 ? "visit" : "visits")} — ${each}.`;
        }),
      ),
    );
  }
  blocks.push(...groupTable(ctx, "delegations"), ...officeWords(ctx, "delegations"));
  return blocks;
}
