// Two indicators of your own, computed with a built-in one through the same API.
//
//   npx tsx examples/custom-indicator.ts DATABASE [COUNTRY]
//
// Prints, for 2019 and one country (default LA, Lao PDR), the inbound
// delegations (built in), those at provincial-leadership level and their
// average size (defined here), with the change from 2018.
import { computeIndicators, createRegistry, defineIndicator, delegationsByStart, openStore } from "doingoai";
import { countryName, formatNumber } from "doingoai/data";

const [db, country = "LA"] = process.argv.slice(2);
if (db === undefined) {
  console.error("Cách dùng / usage: tsx examples/custom-indicator.ts DATABASE [COUNTRY]");
  process.exit(2);
}

// A count: the built-in scan of delegations placed by start_on, with its own aggregate.
const leadershipInbound = defineIndicator({
  id: "delegations.leadership_inbound",
  label: { vi: "Đoàn vào cấp lãnh đạo tỉnh", en: "Inbound provincial-leadership delegations" },
  definition: {
    vi: "Số đoàn nước ngoài cấp lãnh đạo tỉnh vào tỉnh bắt đầu trong kỳ",
    en: "Inbound delegations at provincial-leadership level starting in the period",
  },
  periodRule: {
    vi: "Theo ngày bắt đầu (start_on): đoàn kéo dài qua hai kỳ tính vào kỳ bắt đầu",
    en: "By start_on: a delegation spanning two periods counts in the period it starts",
  },
  unit: "count",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "funding"],
  additive: true,
  scan: delegationsByStart,
  value: () => "count(*) FILTER (WHERE t.direction = 'inbound' AND t.level = 'provincial_leadership')",
});

// An average: not additive, and a period without delegations has no value (empty: null), not 0.
const inboundMembers = defineIndicator({
  id: "delegations.inbound_average_members",
  label: { vi: "Số thành viên bình quân một đoàn vào", en: "Average members per inbound delegation" },
  definition: {
    vi: "Tổng số thành viên chia cho số đoàn vào bắt đầu trong kỳ",
    en: "Members of inbound delegations starting in the period, divided by their number",
  },
  periodRule: {
    vi: "Theo ngày bắt đầu (start_on)",
    en: "By start_on",
  },
  unit: "persons",
  direction: "up",
  dimensions: ["country", "partner", "agreement", "purpose", "level", "funding"],
  additive: false,
  empty: null,
  scan: delegationsByStart,
  value: () => "avg(t.members) FILTER (WHERE t.direction = 'inbound')",
});

// A registry makes the ids usable like built-in ids (and lists them with the built-ins).
const registry = createRegistry([leadershipInbound, inboundMembers]);

const store = await openStore({ path: db, readOnly: true }); // examples only read
try {
  const { rows } = await computeIndicators(
    store,
    {
      indicators: [
        "delegations.inbound",
        "delegations.leadership_inbound",
        "delegations.inbound_average_members",
      ],
      periods: ["2019"],
      where: { country },
    },
    { registry },
  );
  console.log(`${countryName(country, "vi")} / ${countryName(country, "en")} (${country}), 2019`);
  for (const row of rows) {
    const def = registry.get(row.indicator)!;
    const change = row.change === null ? "—" : `${row.change > 0 ? "+" : ""}${formatNumber(row.change)}`;
    console.log(
      `${row.indicator}\t${def.label.vi} / ${def.label.en}\t${formatNumber(row.value)}\t(2018: ${formatNumber(row.previous)}; ${change})`,
    );
  }
} finally {
  store.close();
}
