import type { Delegation } from "../delegations.ts";
import { day } from "./days.ts";
import { luangPrabangMou2017, samplePartners } from "./sampleReference.ts";
import {
  disbursementsOf,
  makeContact,
  makeDelegation,
  makeProject,
  type Volume,
  type VolumeContext,
} from "./sampleVolume.ts";

/** Committed value of the aid projects approved in 2019, in USD at the dated rates (docs/conventions.md §1: "nearly 6 million"). */
export const committed2019Usd = 5_930_000;

type FixedDelegation = [
  id: string,
  direction: Delegation["direction"],
  start: string,
  country: string,
  partner: string | null,
  agreement: string | null,
  level: Delegation["level"],
  purpose: Delegation["purpose"],
  members: number,
];

const delegations2019: FixedDelegation[] = [
  // 3 inbound delegations from Luang Prabang under the cooperation MOU, 1 leadership delegation there
  [
    "DL-2019-LPB-I1",
    "inbound",
    "2019-03-12",
    "LA",
    "P-LA-LPB",
    luangPrabangMou2017,
    "provincial_leadership",
    "cooperation",
    9,
  ],
  [
    "DL-2019-LPB-I2",
    "inbound",
    "2019-07-22",
    "LA",
    "P-LA-LPB",
    luangPrabangMou2017,
    "department",
    "education",
    6,
  ],
  [
    "DL-2019-LPB-I3",
    "inbound",
    "2019-11-05",
    "LA",
    "P-LA-LPB",
    luangPrabangMou2017,
    "department",
    "culture",
    14,
  ],
  [
    "DL-2019-LPB-O1",
    "outbound",
    "2019-09-16",
    "LA",
    "P-LA-LPB",
    luangPrabangMou2017,
    "provincial_leadership",
    "cooperation",
    7,
  ],
  // 3 outbound investment-promotion trips of provincial leaders
  [
    "DL-2019-IP-KR",
    "outbound",
    "2019-04-08",
    "KR",
    "P-KR-GUM",
    "AG-KR-GUM-2016",
    "provincial_leadership",
    "investment_promotion",
    8,
  ],
  [
    "DL-2019-IP-JP",
    "outbound",
    "2019-10-14",
    "JP",
    null,
    null,
    "provincial_leadership",
    "investment_promotion",
    7,
  ],
  [
    "DL-2019-IP-CN",
    "outbound",
    "2019-06-10",
    "CN",
    null,
    null,
    "provincial_leadership",
    "investment_promotion",
    6,
  ],
  // foreign companies visiting to seek investment
  ["DL-2019-CO-KR", "inbound", "2019-05-20", "KR", "P-KR-CO1", null, "business", "investment_promotion", 5],
  ["DL-2019-CO-JP", "inbound", "2019-08-06", "JP", "P-JP-CO1", null, "business", "investment_promotion", 4],
  ["DL-2019-CO-TW", "inbound", "2019-11-18", "TW", "P-TW-CO1", null, "business", "investment_promotion", 6],
];

// 16 projects from 13 NGOs: [ngo, approved on, about how many USD]
const aid2019: [string, string, number][] = [
  ["NGO-01", "2019-01-22", 620_000],
  ["NGO-01", "2019-08-14", 180_000],
  ["NGO-02", "2019-02-26", 455_000],
  ["NGO-03", "2019-03-19", 510_000],
  ["NGO-03", "2019-10-08", 240_000],
  ["NGO-04", "2019-04-02", 390_000],
  ["NGO-04", "2019-11-26", 150_000],
  ["NGO-05", "2019-04-23", 480_000],
  ["NGO-07", "2019-05-14", 275_000],
  ["NGO-08", "2019-06-04", 330_000],
  ["NGO-10", "2019-06-25", 410_000],
  ["NGO-11", "2019-07-16", 365_000],
  ["NGO-14", "2019-09-10", 295_000],
  ["NGO-15", "2019-09-24", 260_000],
  ["NGO-17", "2019-10-29", 310_000],
  // the last project is in USD and takes what is left of committed2019Usd
  ["NGO-13", "2019-12-10", 0],
];

/**
 * The 2019 facts of docs/conventions.md §1, exactly: Luang Prabang delegations under
 * the MOU, investment-promotion trips and company visits with the investors
 * met, and the aid licensed in 2019 (13 NGOs, just under 6 million USD).
 * Added to the base pass only; the base pass leaves 2019 free of other LA
 * delegations, promotion trips and aid projects.
 */
export function add2019Facts(ctx: VolumeContext, out: Volume): void {
  const { random } = ctx;
  for (const [
    id,
    direction,
    start,
    country,
    partner,
    agreement,
    level,
    purpose,
    members,
  ] of delegations2019) {
    out.delegations.push(
      makeDelegation(random, {
        delegation_id: id,
        direction,
        start: day(start),
        country,
        partner_id: partner,
        agreement_id: agreement,
        level,
        purpose,
        members,
        in_plan: true,
      }),
    );
  }
  let n = 0;
  for (const d of out.delegations.filter((d) => d.delegation_id.startsWith("DL-2019-IP-"))) {
    for (let i = 0; i < 3; i++) {
      out.contacts.push(
        makeContact(random, {
          contact_id: `IC-2019-F${String(++n).padStart(2, "0")}`,
          country: d.country,
          channel: "promotion_trip",
          first: day(d.start_on) + i,
          delegation_id: d.delegation_id,
          conversion: 1.2,
        }),
      );
    }
  }
  for (const d of out.delegations.filter((d) => d.delegation_id.startsWith("DL-2019-CO-"))) {
    const contact = makeContact(random, {
      contact_id: `IC-2019-F${String(++n).padStart(2, "0")}`,
      country: d.country,
      channel: "inbound_visit",
      first: day(d.start_on),
      delegation_id: d.delegation_id,
      conversion: 1.3,
    });
    contact.company = samplePartners.find((p) => p.partner_id === d.partner_id)!.name;
    out.contacts.push(contact);
  }
  let committed = 0;
  aid2019.forEach(([ngoId, approvedOn, usd], i) => {
    const approved = day(approvedOn);
    const ngo = ctx.ngos.find((g) => g.ngo_id === ngoId)!;
    const last = i === aid2019.length - 1;
    const p = makeProject(ctx, {
      project_id: `AP-2019-${String(i + 1).padStart(3, "0")}`,
      ngo,
      approved,
      usd: last ? committed2019Usd - committed : usd,
      ...(last ? { currency: "USD" } : {}),
    });
    committed += ctx.rates.usd(p.committed_amount, p.currency, approved);
    out.projects.push(p);
    out.disbursements.push(...disbursementsOf(random, p));
  });
}
