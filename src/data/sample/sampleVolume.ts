import type { AgreementActivity } from "../agreementActivities.ts";
import type { AidDisbursement } from "../aidDisbursements.ts";
import type { AidProject } from "../aidProjects.ts";
import type { ConsularCase } from "../consularCases.ts";
import type { Delegation } from "../delegations.ts";
import type { InvestmentContact } from "../investmentContacts.ts";
import type { Ngo } from "../ngos.ts";
import type { Partner } from "../partners.ts";
import { addMonths, day, dayOf, iso } from "./days.ts";
import type { Random } from "./Random.ts";
import type { RateBook } from "./sampleExchangeRates.ts";
import { ngoCurrency, sampleAsOf, type AgreementSpec } from "./sampleReference.ts";
import {
  activityTitles,
  aidLocationsAfter2025,
  aidLocationsBefore2025,
  aidSectors,
  companyName,
  headTitle,
  investmentSectors,
  investorCountries,
} from "./sampleVocabulary.ts";

/** The record lists that `scale` multiplies. */
export interface Volume {
  delegations: Delegation[];
  activities: AgreementActivity[];
  contacts: InvestmentContact[];
  projects: AidProject[];
  disbursements: AidDisbursement[];
  cases: ConsularCase[];
}

/** A volume with no records, to fill. */
export function emptyVolume(): Volume {
  return { delegations: [], activities: [], contacts: [], projects: [], disbursements: [], cases: [] };
}

/** What one pass of the generator draws from. */
export interface VolumeContext {
  random: Random;
  rates: RateBook;
  partners: readonly Partner[];
  agreements: readonly AgreementSpec[];
  ngos: readonly Ngo[];
  /** Appended to every id of this pass ("" for the base pass, "-x2"… for scale copies). */
  suffix: string;
  /**
   * The base pass leaves room for the fixed 2019 facts: no LA delegation, no
   * outbound investment-promotion trip and no aid project in 2019.
   */
  reserve2019: boolean;
}

const firstYear = 2015;
const lastYear = 2025;
/** Day number of the sample's last day: nothing is done, paid or closed after it. */
export const asOfDay = day(sampleAsOf);

// Mean records per year, 2015…2025 (COVID: 2020–2021 dip).
const inboundMean = [70, 76, 82, 88, 92, 26, 12, 60, 84, 95, 100];
const outboundMean = [34, 37, 40, 44, 46, 8, 3, 28, 42, 48, 52];
const inPlanRate = [0.72, 0.75, 0.78, 0.8, 0.76, 0.55, 0.5, 0.7, 0.82, 0.85, 0.83];
// Contacts start in 2014: the pipeline the office already had when the sample begins.
const contactFirstYear = 2014;
const contactMean = [35, 40, 45, 50, 55, 50, 25, 18, 45, 55, 60, 65];
const contactConversion = [0.9, 0.9, 0.95, 1, 1.05, 1.05, 0.85, 0.9, 1, 1.05, 1.1, 1.1];
// Aid starts in 2013: projects approved before 2015 still disburse in the sample's years.
const aidFirstYear = 2013;
const aidMean = [15, 16, 17, 18, 20, 22, 20, 8, 7, 17, 20, 22, 24];
const consularMean = [390, 430, 470, 510, 550, 650, 590, 570, 610, 650, 700];

const at = <T>(series: readonly T[], year: number): T => series[year - firstYear]!;

const inboundPartnerWeight: Partial<Record<Partner["kind"], number>> = {
  locality: 5,
  embassy: 3,
  other: 2,
  intl_org: 2,
  company: 3,
};
const outboundPartnerWeight: Partial<Record<Partner["kind"], number>> = { locality: 5, company: 2, other: 1 };

const freeCountries: readonly (readonly [string, number])[] = [
  ["KR", 30],
  ["JP", 20],
  ["CN", 15],
  ["TW", 8],
  ["US", 5],
  ["LA", 5],
  ["TH", 4],
  ["SG", 4],
  ["DE", 3],
  ["FR", 3],
  ["AU", 3],
  ["RU", 2],
  ["IN", 2],
  ["HU", 1],
  ["CU", 1],
];

interface AgreementDays {
  spec: AgreementSpec;
  signed: number;
  /** Last day it was alive: expiry, termination, or never. */
  last: number;
}

const agreementDays = new WeakMap<readonly AgreementSpec[], Map<string, AgreementDays[]>>();

/** Agreements of a partner alive (signed, not expired, not ended) on day `d`. */
function aliveAgreements(ctx: VolumeContext, partnerId: string, d: number): AgreementSpec[] {
  let byPartner = agreementDays.get(ctx.agreements);
  if (!byPartner) {
    byPartner = new Map();
    for (const spec of ctx.agreements) {
      const list = byPartner.get(spec.row.partner_id) ?? [];
      list.push({
        spec,
        signed: day(spec.row.signed_on),
        last: Math.min(
          spec.row.expires_on == null ? Infinity : day(spec.row.expires_on),
          spec.endedOn === undefined ? Infinity : day(spec.endedOn),
        ),
      });
      byPartner.set(spec.row.partner_id, list);
    }
    agreementDays.set(ctx.agreements, byPartner);
  }
  const out: AgreementSpec[] = [];
  for (const a of byPartner.get(partnerId) ?? []) if (a.signed <= d && a.last >= d) out.push(a.spec);
  return out;
}

function isDormantOn(a: AgreementSpec, d: number): boolean {
  return a.dormantFrom !== undefined && d >= dayOf(a.dormantFrom, 1, 1);
}

function visitDay(random: Random, year: number): number {
  // 2020: most visits before the borders closed in March
  if (year === 2020 && random.chance(0.75)) return dayOf(2020, 1, 1) + random.int(0, 80);
  return dayOf(year, 1, 1) + random.int(0, 364);
}

function costPerPersonDay(country: string): number {
  if (["LA", "CN", "TH", "KH"].includes(country)) return 3_500_000;
  if (["KR", "JP", "TW", "SG", "HK"].includes(country)) return 7_000_000;
  if (["US", "AU", "DE", "FR", "HU", "BE", "RU", "CU"].includes(country)) return 10_000_000;
  return 6_000_000;
}

const round = (x: number, unit: number) => Math.max(unit, Math.round(x / unit) * unit);

/** Chooses level and purpose for a delegation. */
function levelAndPurpose(
  random: Random,
  direction: Delegation["direction"],
  partner: Partner | null,
): [Delegation["level"], Delegation["purpose"]] {
  const kind = partner?.kind;
  if (kind === "company") {
    return direction === "inbound"
      ? ["business", random.chance(0.6) ? "investment_promotion" : "trade"]
      : ["department", "investment_promotion"];
  }
  if (kind === "embassy")
    return [
      "other",
      random.weighted<Delegation["purpose"]>([
        ["cooperation", 5],
        ["consular", 2],
        ["culture", 2],
        ["aid", 1],
      ]),
    ];
  if (kind === "other" || kind === "intl_org") {
    return [
      random.chance(0.7) ? "other" : "department",
      random.weighted<Delegation["purpose"]>([
        ["aid", 4],
        ["cooperation", 4],
        ["education", 2],
      ]),
    ];
  }
  if (kind === "locality") {
    const level = random.weighted<Delegation["level"]>([
      ["provincial_leadership", 30],
      ["department", 50],
      ["district_or_commune", 20],
    ]);
    const purposes: [Delegation["purpose"], number][] = [
      ["cooperation", 40],
      ["education", 15],
      ["culture", 15],
      ["trade", 10],
      ["aid", 4],
      ["other", 8],
    ];
    if (level !== "district_or_commune") purposes.push(["investment_promotion", 8]);
    return [level, random.weighted(purposes)];
  }
  if (direction === "inbound") {
    return random.weighted<[Delegation["level"], Delegation["purpose"]]>([
      [["business", "investment_promotion"], 30],
      [["business", "trade"], 20],
      [["people", "culture"], 10],
      [["people", "education"], 10],
      [["department", "education"], 8],
      [["department", "cooperation"], 7],
      [["other", "consular"], 5],
      [["other", "other"], 10],
    ]);
  }
  return random.weighted<[Delegation["level"], Delegation["purpose"]]>([
    [["department", "education"], 14],
    [["department", "trade"], 14],
    [["department", "cooperation"], 12],
    [["provincial_leadership", "investment_promotion"], 12],
    [["provincial_leadership", "cooperation"], 13],
    [["business", "trade"], 20],
    [["people", "culture"], 10],
    [["other", "other"], 5],
  ]);
}

function membersFor(random: Random, level: Delegation["level"], direction: Delegation["direction"]): number {
  switch (level) {
    case "provincial_leadership":
      return random.int(5, 12);
    case "department":
      return random.int(3, 8);
    case "district_or_commune":
      return random.int(4, 10);
    case "business":
      return direction === "inbound" ? random.int(2, 10) : random.int(5, 20);
    case "people":
      return random.int(10, 40);
    default:
      return random.int(2, 6);
  }
}

/**
 * A delegation with everything but its id and partner decided from the
 * arguments: length of stay, members, plan status, cost and funding.
 */
export function makeDelegation(
  random: Random,
  fixed: Pick<Delegation, "delegation_id" | "direction" | "country" | "level" | "purpose"> & {
    start: number;
    partner_id: string | null;
    agreement_id: string | null;
    in_plan?: boolean;
    members?: number;
  },
): Delegation {
  const { direction, country, level, purpose, start } = fixed;
  const year = +iso(start).slice(0, 4);
  const near = ["LA", "CN", "TH", "KH"].includes(country);
  const days = direction === "outbound" ? (near ? random.int(3, 5) : random.int(5, 8)) : random.int(1, 4);
  const members = fixed.members ?? membersFor(random, level, direction);
  const official =
    level === "provincial_leadership" || level === "department" || level === "district_or_commune";
  const in_plan = fixed.in_plan ?? random.chance(at(inPlanRate, year) * (official ? 1 : 0.6));
  const inflation = 1.03 ** (year - firstYear);
  let cost: number | null = null;
  let cost_currency: string | null = null;
  let funding: Delegation["funding"] = null;
  if (direction === "outbound") {
    funding = random.weighted<NonNullable<Delegation["funding"]>>([
      ["provincial_budget", 70],
      ["central_budget", 5],
      ["partner", 10],
      ["sponsor", 10],
      ["other", 5],
    ]);
    if (funding === "partner") {
      if (random.chance(0.5)) {
        cost = round(members * days * random.between(250, 350), 10);
        cost_currency = "USD";
      }
    } else if (funding !== "sponsor" || random.chance(0.5)) {
      cost = round(
        members * days * costPerPersonDay(country) * inflation * random.between(0.85, 1.15),
        100_000,
      );
      cost_currency = "VND";
    }
  } else if (official || level === "other") {
    funding = "provincial_budget";
    cost = round(members * days * 2_000_000 * inflation * random.between(0.8, 1.2), 100_000);
    cost_currency = "VND";
  } else if (random.chance(0.7)) {
    funding = "partner";
  }
  return {
    delegation_id: fixed.delegation_id,
    direction,
    start_on: iso(start),
    end_on: iso(start + days - 1),
    country,
    partner_id: fixed.partner_id,
    agreement_id: fixed.agreement_id,
    level,
    purpose,
    members,
    in_plan,
    cost,
    cost_currency,
    funding,
    head: headTitle(direction, level, random),
  };
}

function delegationsOfYear(
  ctx: VolumeContext,
  year: number,
  direction: Delegation["direction"],
  out: Volume,
): void {
  const { random } = ctx;
  const n = random.count(at(direction === "inbound" ? inboundMean : outboundMean, year));
  const weights = direction === "inbound" ? inboundPartnerWeight : outboundPartnerWeight;
  const reserve = ctx.reserve2019 && year === 2019;
  // no visits to or from a partner whose agreement has gone dormant
  const yearStart = dayOf(year, 1, 1);
  const candidates = ctx.partners
    .filter(
      (p) => !ctx.agreements.some((a) => a.row.partner_id === p.partner_id && isDormantOn(a, yearStart)),
    )
    .map((p) => [p, weights[p.kind] ?? 0] as const)
    .filter(([, w]) => w > 0);
  for (let i = 0; i < n; i++) {
    const start = visitDay(random, year);
    let partner: Partner | null = null;
    let agreementId: string | null = null;
    let country = "";
    let level: Delegation["level"];
    let purpose: Delegation["purpose"];
    for (;;) {
      partner = null;
      if (random.chance(0.7)) {
        partner = random.weighted(candidates);
      }
      country = partner?.country ?? random.weighted(freeCountries);
      [level, purpose] = levelAndPurpose(random, direction, partner);
      if (reserve && (country === "LA" || (direction === "outbound" && purpose === "investment_promotion")))
        continue;
      break;
    }
    if (partner) {
      const alive = aliveAgreements(ctx, partner.partner_id, start);
      if (alive.length > 0 && random.chance(0.75)) agreementId = random.pick(alive).row.agreement_id;
    }
    const d = makeDelegation(random, {
      delegation_id: `DL-${year}-${direction === "inbound" ? "I" : "O"}${String(i + 1).padStart(3, "0")}${ctx.suffix}`,
      direction,
      start,
      country,
      partner_id: partner?.partner_id ?? null,
      agreement_id: agreementId,
      level: level!,
      purpose: purpose!,
    });
    out.delegations.push(d);
  }
}

/** The activity a delegation under an agreement carried out. */
export function delegationActivity(random: Random, d: Delegation, id: string): AgreementActivity | null {
  if (!d.agreement_id) return null;
  const end = day(d.end_on);
  if (end > asOfDay) return null;
  const title =
    d.direction === "inbound"
      ? "Đón đoàn của đối tác theo thỏa thuận / Receive the partner's delegation"
      : "Cử đoàn sang làm việc với đối tác / Send a delegation to the partner";
  return {
    activity_id: id,
    agreement_id: d.agreement_id,
    title,
    due_on: iso(end + random.int(-20, 45)),
    status: "done",
    done_on: d.end_on,
    delegation_id: d.delegation_id,
    notes: null,
  };
}

function activitiesOfAgreement(ctx: VolumeContext, a: AgreementSpec, out: Volume): void {
  const { random } = ctx;
  const signed = day(a.row.signed_on);
  const expires = a.row.expires_on == null ? null : day(a.row.expires_on);
  const ended = a.endedOn === undefined ? null : day(a.endedOn);
  const lastDue = Math.min(expires ?? Infinity, dayOf(2026, 12, 31));
  const areas = a.row.areas ?? ["other"];
  const doneRate = a.health === "patchy" ? 0.6 : 0.85;
  let k = 0;
  for (let year = +a.row.signed_on.slice(0, 4); year <= 2026; year++) {
    const n = random.count(a.perYear * (year === 2020 || year === 2021 ? 0.6 : 1));
    for (let i = 0; i < n; i++) {
      const due = Math.max(signed + 30, dayOf(year, 1, 1) + random.int(0, 364));
      if (due > lastDue) continue;
      const area = random.pick(areas);
      const base: Omit<AgreementActivity, "status" | "done_on"> = {
        activity_id: `AC-${a.row.agreement_id.slice(3)}-${String(++k).padStart(3, "0")}${ctx.suffix}`,
        agreement_id: a.row.agreement_id,
        title: `${random.pick(activityTitles[area] ?? activityTitles["other"]!)} (${year})`,
        due_on: iso(due),
        delegation_id: null,
        notes: null,
      };
      let status: AgreementActivity["status"];
      let done: number | null = null;
      if ((ended !== null && due > ended) || (expires !== null && due > expires)) {
        status = "cancelled";
      } else if (isDormantOn(a, due)) {
        status = random.chance(0.6) ? "planned" : "cancelled";
      } else if (due > asOfDay) {
        status = random.chance(0.7) ? "planned" : "in_progress";
      } else {
        const x = random.next();
        if (x < doneRate) {
          status = "done";
          done = random.chance(0.75)
            ? Math.max(signed, due - random.int(0, 60))
            : Math.min(asOfDay, due + random.int(5, 120));
          if (ended !== null) done = Math.min(done, ended);
          if (a.dormantFrom !== undefined) done = Math.min(done, dayOf(a.dormantFrom, 1, 1) - 1);
          done = Math.max(done, signed);
        } else if (x < doneRate + (1 - doneRate) * 0.35) status = "cancelled";
        else status = random.chance(0.4) ? "in_progress" : "planned";
      }
      out.activities.push({ ...base, status, done_on: done === null ? null : iso(done) });
    }
  }
}

/** Carries a contact through the funnel: site visit → MOU → registration, or drops it. */
export function makeContact(
  random: Random,
  fixed: Pick<InvestmentContact, "contact_id" | "country" | "channel"> & {
    first: number;
    delegation_id: string | null;
    conversion?: number;
  },
): InvestmentContact {
  const conversion = fixed.conversion ?? 1;
  const proposed = round(random.logBetween(1e6, 2e8), 10_000);
  const row: InvestmentContact = {
    contact_id: fixed.contact_id,
    company: companyName(fixed.country, random),
    country: fixed.country,
    sector: random.weighted(investmentSectors),
    first_contact_on: iso(fixed.first),
    channel: fixed.channel,
    delegation_id: fixed.delegation_id,
    site_visit_on: null,
    mou_on: null,
    registered_on: null,
    dropped_on: null,
    proposed_capital_usd: random.chance(0.85) ? proposed : null,
    registered_capital_usd: null,
    project_code: null,
  };
  const stages = [
    ["site_visit_on", 0.65, 14, 150],
    ["mou_on", 0.55, 30, 200],
    ["registered_on", 0.7, 30, 240],
  ] as const;
  let last = fixed.first;
  for (const [field, p, min, max] of stages) {
    const next = last + random.int(min, max);
    if (!random.chance(Math.min(0.95, p * conversion))) {
      const dropped = last + random.int(30, 200);
      if (dropped <= asOfDay && random.chance(0.8)) row.dropped_on = iso(dropped);
      break;
    }
    if (next > asOfDay) break;
    row[field] = iso(next);
    last = next;
  }
  if (row.registered_on) {
    row.registered_capital_usd = round(proposed * random.between(0.5, 1.3), 10_000);
    row.project_code = String(random.int(1_000_000_000, 9_999_999_999));
  }
  return row;
}

function contactsOfYear(ctx: VolumeContext, year: number, out: Volume): void {
  const { random } = ctx;
  const startOfYear = dayOf(year, 1, 1);
  const prefix = `${year}-`;
  const ofYear = out.delegations.filter((d) => d.start_on.startsWith(prefix));
  const visits = ofYear.filter((d) => d.direction === "inbound" && d.level === "business");
  const trips = ofYear.filter((d) => d.direction === "outbound" && d.purpose === "investment_promotion");
  const n = random.count(contactMean[year - contactFirstYear]!);
  for (let i = 0; i < n; i++) {
    let channel = random.weighted<InvestmentContact["channel"]>([
      ["inbound_visit", 35],
      ["promotion_trip", 20],
      ["conference", 20],
      ["embassy", 10],
      ["referral", 10],
      ["other", 5],
    ]);
    let delegation: Delegation | null = null;
    if (channel === "inbound_visit" && visits.length > 0) delegation = random.pick(visits);
    else if (channel === "promotion_trip" && trips.length > 0) delegation = random.pick(trips);
    else if (channel === "inbound_visit" || channel === "promotion_trip") channel = "conference";
    out.contacts.push(
      makeContact(random, {
        contact_id: `IC-${year}-${String(i + 1).padStart(3, "0")}${ctx.suffix}`,
        country: delegation ? delegation.country : random.weighted(investorCountries),
        channel,
        first: delegation ? day(delegation.start_on) : startOfYear + random.int(0, 364),
        delegation_id: delegation?.delegation_id ?? null,
        conversion: contactConversion[year - contactFirstYear]!,
      }),
    );
  }
}

/** Units an amount of `currency` is rounded to. */
function roundingUnit(currency: string): number {
  if (currency === "JPY") return 10_000;
  if (currency === "KRW") return 100_000;
  if (currency === "VND") return 1_000_000;
  return 100;
}

/**
 * An aid project worth about `usd` on its approval day, in its NGO's
 * currency, with its status as of the sample's last day.
 */
export function makeProject(
  ctx: Pick<VolumeContext, "random" | "rates">,
  fixed: { project_id: string; ngo: Ngo; approved: number; usd: number; currency?: string },
): AidProject {
  const { random, rates } = ctx;
  const currency = fixed.currency ?? ngoCurrency(fixed.ngo.country);
  const unit = roundingUnit(currency);
  const committed = round(rates.fromUsd(fixed.usd, currency, fixed.approved), unit);
  const start = fixed.approved + random.int(5, 60);
  const end = addMonths(start, random.int(12, 48)) - 1;
  const [code, stem] = random.weighted(aidSectors);
  let status: AidProject["status"];
  const x = random.next();
  if (start <= asOfDay && x < 0.03) status = "cancelled";
  else if (start <= asOfDay && x < 0.04) status = "revoked";
  else if (end < asOfDay) status = "completed";
  else if (start <= asOfDay) status = "ongoing";
  else status = "approved";
  const places = fixed.approved >= dayOf(2025, 7, 1) ? aidLocationsAfter2025 : aidLocationsBefore2025;
  const location = random.pick(places);
  return {
    project_id: fixed.project_id,
    ngo_id: fixed.ngo.ngo_id,
    title: `${stem} — ${location}`,
    sector: code,
    location: `${location}, tỉnh Thái Nguyên`,
    approved_on: iso(fixed.approved),
    start_on: iso(start),
    end_on: iso(end),
    committed_amount: committed,
    currency,
    status,
  };
}

/** Quarterly tranches, never more in total than committed, none after the sample's last day. */
export function disbursementsOf(random: Random, p: AidProject): AidDisbursement[] {
  if (p.status === "approved" || !p.start_on || !p.end_on) return [];
  const start = day(p.start_on);
  const end = day(p.end_on);
  const stopped = p.status === "cancelled" || p.status === "revoked";
  const last = Math.min(end, asOfDay, stopped ? addMonths(start, random.int(2, 9)) : Infinity);
  const dates: number[] = [];
  for (let d = start, q = 0; d <= last; d = addMonths(start, 3 * ++q)) dates.push(d);
  if (dates.length === 0) return [];
  let share: number;
  if (stopped) share = random.between(0, 0.3);
  else if (p.status === "completed") share = random.between(0.85, 1);
  else share = Math.min(1, ((asOfDay - start) / (end - start)) * random.between(0.8, 1));
  const unit = p.currency === "JPY" || p.currency === "KRW" || p.currency === "VND" ? 1000 : 1;
  const total = Math.floor((p.committed_amount * share) / unit) * unit;
  const weights = dates.map(() => random.between(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: AidDisbursement[] = [];
  let paid = 0;
  dates.forEach((d, i) => {
    const amount =
      i === dates.length - 1 ? total - paid : Math.floor((total * weights[i]!) / sum / unit) * unit;
    paid += amount;
    if (amount > 0)
      out.push({ project_id: p.project_id, disbursed_on: iso(d), amount, currency: p.currency });
  });
  return out;
}

/** NGOs registered on day `d`. */
export function ngosRegisteredOn(ngos: readonly Ngo[], d: number): Ngo[] {
  return ngos.filter(
    (n) =>
      (n.registered_from == null || day(n.registered_from) <= d) &&
      (n.registered_to == null || day(n.registered_to) >= d),
  );
}

function aidOfYear(ctx: VolumeContext, year: number, out: Volume): void {
  if (ctx.reserve2019 && year === 2019) return;
  const { random } = ctx;
  const n = random.count(aidMean[year - aidFirstYear]!);
  for (let i = 0; i < n; i++) {
    const approved = dayOf(year, 1, 1) + random.int(0, 364);
    const ngo = random.pick(ngosRegisteredOn(ctx.ngos, approved));
    const p = makeProject(ctx, {
      project_id: `AP-${year}-${String(i + 1).padStart(3, "0")}${ctx.suffix}`,
      ngo,
      approved,
      usd: random.logBetween(40_000, 900_000),
    });
    out.projects.push(p);
    for (const d of disbursementsOf(random, p)) out.disbursements.push(d);
  }
}

const consularCountries: readonly (readonly [string, number])[] = [
  ["KR", 30],
  ["JP", 20],
  ["CN", 15],
  ["TW", 10],
  ["LA", 5],
  ["US", 4],
  ["MY", 3],
  ["SA", 2],
  ["AU", 2],
  ["DE", 2],
];

function consularOfYear(ctx: VolumeContext, year: number, out: Volume): void {
  const { random } = ctx;
  const n = random.count(at(consularMean, year));
  // citizen protection peaked with the repatriation flights of 2020–2021
  const protection = year === 2020 || year === 2021 ? 25 : 10;
  const kinds: [ConsularCase["kind"], number][] = [
    ["legalisation", 45],
    ["visa_support", 30],
    ["citizen_protection", protection],
    ["foreigner_incident", 8],
    ["other", 5],
  ];
  for (let i = 0; i < n; i++) {
    const opened = dayOf(year, 1, 1) + random.int(0, 364);
    const kind = random.weighted(kinds);
    const closed = opened + random.int(0, kind === "citizen_protection" ? 180 : 45);
    out.cases.push({
      case_id: `CS-${year}-${String(i + 1).padStart(4, "0")}${ctx.suffix}`,
      opened_on: iso(opened),
      closed_on: closed <= asOfDay ? iso(closed) : null,
      kind,
      country: random.chance(0.15) ? null : random.weighted(consularCountries),
    });
  }
}

/**
 * One pass over 2015–2025 of every record list: delegations (and the
 * activities they carried out), agreement programmes, investment contacts,
 * aid projects with their disbursements, consular cases.
 */
export function generateVolume(ctx: VolumeContext, out: Volume = emptyVolume()): Volume {
  for (let year = firstYear; year <= lastYear; year++) {
    delegationsOfYear(ctx, year, "inbound", out);
    delegationsOfYear(ctx, year, "outbound", out);
  }
  let linked = 0;
  for (const d of out.delegations) {
    const a = delegationActivity(ctx.random, d, `AC-DL-${String(++linked).padStart(4, "0")}${ctx.suffix}`);
    if (a) out.activities.push(a);
  }
  for (const a of ctx.agreements) activitiesOfAgreement(ctx, a, out);
  for (let year = contactFirstYear; year <= lastYear; year++) contactsOfYear(ctx, year, out);
  for (let year = aidFirstYear; year <= lastYear; year++) aidOfYear(ctx, year, out);
  for (let year = firstYear; year <= lastYear; year++) consularOfYear(ctx, year, out);
  return out;
}
