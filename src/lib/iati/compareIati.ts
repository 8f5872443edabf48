import { getOfficeProfile } from "../office/officeProfileStore.ts";
import type { Store } from "../store/openStore.ts";
import { readIatiActivities, type IatiActivity } from "./readIatiActivities.ts";
import { foldText, sameOrganisation, titleSimilarity } from "./textMatch.ts";

/** What differs: a record on one side only, or a value that differs beyond the tolerance. */
export type IatiDifferenceKind =
  "missing_in_donor" | "missing_in_office" | "amount_differs" | "date_differs" | "currency_differs";

/** What the difference is about: the whole activity/project, its commitment, or one disbursement. */
export type IatiDifferenceSubject = "activity" | "commitment" | "disbursement";

/** One side's value: date (ISO), amount and currency. */
export interface IatiValue {
  date: string | null;
  amount: number;
  currency: string | null;
}

/** One difference between the office's records and a donor's IATI file, with both values. */
export interface IatiDifference {
  /** The office's project, or null for a donor activity the office has no record of. */
  projectId: string | null;
  /** The donor's activity, or null for a project no donor file holds. */
  iatiIdentifier: string | null;
  /** How the two were paired; null when one side is missing. */
  matchedBy: "iati_identifier" | "rule" | null;
  subject: IatiDifferenceSubject;
  kind: IatiDifferenceKind;
  office: IatiValue | null;
  donor: IatiValue | null;
  /** The donor file and line of the activity or transaction, where there is one. */
  file: string | null;
  line: number | null;
}

/** A project paired with a donor activity. */
export interface IatiMatch {
  projectId: string;
  iatiIdentifier: string;
  matchedBy: "iati_identifier" | "rule";
  /** Title similarity (0–1) for a match by rule. */
  similarity?: number;
  file: string;
}

/** Options of {@link compareIati}; each default is the one docs/iati.md states. */
export interface IatiCompareOptions {
  /** Largest relative difference of two amounts still taken as equal. Default 0.005 (0,5%). */
  amountTolerance?: number;
  /** Largest difference of two dates, in days, still taken as equal. Default 7. */
  dateToleranceDays?: number;
  /** Two disbursements of equal amount this many days apart or fewer are one disbursement at a differing date. Default 92. */
  dateWindowDays?: number;
  /** Smallest title similarity for a match by rule. Default 0.5. */
  titleThreshold?: number;
}

/** What {@link compareIati} found. */
export interface IatiComparison {
  files: string[];
  /** Activities read from all files. */
  activitiesRead: number;
  /** Activities compared: matched by identifier, or in Viet Nam and (where they name places) in the province. */
  activitiesInScope: number;
  /** Activities left aside: recipient country not VN, or located in another province. */
  outOfScope: { country: number; province: number };
  matches: IatiMatch[];
  differences: IatiDifference[];
  /** The tolerances used. */
  tolerances: Required<IatiCompareOptions>;
}

interface OfficeProject {
  project_id: string;
  iati_identifier: string | null;
  title: string;
  title_en: string | null;
  ngo_name: string | null;
  approved_on: string;
  start_on: string | null;
  committed_amount: number;
  currency: string;
}

interface OfficeDisbursement {
  project_id: string;
  disbursed_on: string;
  amount: number;
  currency: string;
}

/** A donor activity reduced to what the comparison needs. */
interface DonorActivity {
  identifier: string;
  file: string;
  line: number;
  titles: string[];
  orgs: string[];
  dates: string[];
  commitments: Flow[];
  disbursements: Flow[];
}

interface Flow {
  date: string | null;
  amount: number;
  currency: string | null;
  line: number;
}

const defaults: Required<IatiCompareOptions> = {
  amountTolerance: 0.005,
  dateToleranceDays: 7,
  dateWindowDays: 92,
  titleThreshold: 0.5,
};

/**
 * Compares the office's aid projects with donors' IATI activity files, read
 * as streams (see {@link readIatiActivities}), and lists, per project, where
 * the donor's commitments (transaction type 2) and disbursements (type 3)
 * differ from the office's records: an activity or a project on one side
 * only, a commitment or disbursement on one side only, or an amount, date or
 * currency that differs beyond the tolerances. Projects and activities are
 * paired by the project's `iati_identifier` where recorded, else by the rule
 * of docs/iati.md (same organisation, similar title, dates within a year).
 */
export async function compareIati(
  store: Store,
  files: readonly string[],
  options: IatiCompareOptions = {},
): Promise<IatiComparison> {
  const tol: Required<IatiCompareOptions> = { ...defaults, ...definedOnly(options) };
  const profile = await getOfficeProfile(store);
  const provinceNames = profile
    ? [profile.province, profile.province_en ?? profile.province].map(foldText)
    : [];
  const projects = await store.all<OfficeProject>(
    `SELECT p.project_id, p.iati_identifier, p.title, p.title_en, n.name AS ngo_name,
       CAST(p.approved_on AS VARCHAR) AS approved_on, CAST(p.start_on AS VARCHAR) AS start_on,
       p.committed_amount, p.currency
     FROM aid_projects p LEFT JOIN ngos n ON n.ngo_id = p.ngo_id ORDER BY p.project_id`,
  );
  const disbursements = await store.all<OfficeDisbursement>(
    `SELECT project_id, CAST(disbursed_on AS VARCHAR) AS disbursed_on, amount, currency
     FROM aid_disbursements ORDER BY project_id, disbursed_on, amount`,
  );
  const byIdentifier = new Map(
    projects.filter((p) => p.iati_identifier).map((p) => [p.iati_identifier!, p] as const),
  );

  const result: IatiComparison = {
    files: [...files],
    activitiesRead: 0,
    activitiesInScope: 0,
    outOfScope: { country: 0, province: 0 },
    matches: [],
    differences: [],
    tolerances: tol,
  };
  const donorOrgs = new Set<string>();
  const donorRefs = new Set<string>();
  const inScope: DonorActivity[] = [];
  const matched = new Map<string, DonorActivity>(); // project_id → activity
  for (const file of files) {
    for await (const a of readIatiActivities(file)) {
      result.activitiesRead++;
      const orgNames = [...a.reportingOrg.names, ...a.participatingOrgs.flatMap((o) => o.names)].map(
        (n) => n.text,
      );
      for (const n of orgNames) donorOrgs.add(n);
      if (a.reportingOrg.ref) donorRefs.add(a.reportingOrg.ref);
      const project = byIdentifier.get(a.identifier);
      if (!project) {
        if (a.recipientCountries.length === 0 || !a.recipientCountries.includes("VN")) {
          result.outOfScope.country++;
          continue;
        }
        const places = a.locations.map((l) => ` ${foldText(l.text)} `);
        if (
          provinceNames.length > 0 &&
          places.length > 0 &&
          !places.some((p) => provinceNames.some((name) => p.includes(` ${name} `)))
        ) {
          result.outOfScope.province++;
          continue;
        }
      }
      result.activitiesInScope++;
      const donor = reduce(a, orgNames);
      if (project && !matched.has(project.project_id)) {
        matched.set(project.project_id, donor);
        result.matches.push({
          projectId: project.project_id,
          iatiIdentifier: a.identifier,
          matchedBy: "iati_identifier",
          file,
        });
      } else {
        inScope.push(donor);
      }
    }
  }

  // The rule: same organisation, similar title, dates within a year; best similarity first.
  const candidates: { p: OfficeProject; a: DonorActivity; score: number }[] = [];
  for (const a of inScope) {
    for (const p of projects) {
      if (p.iati_identifier || matched.has(p.project_id) || p.ngo_name === null) continue;
      if (!a.orgs.some((o) => sameOrganisation(o, p.ngo_name!))) continue;
      const score = Math.max(
        0,
        ...[p.title, p.title_en ?? ""].flatMap((t) => a.titles.map((d) => titleSimilarity(t, d))),
      );
      if (score < tol.titleThreshold) continue;
      const officeDates = [p.approved_on, p.start_on].filter((d): d is string => d !== null);
      const near =
        a.dates.length === 0 || a.dates.some((d) => officeDates.some((o) => Math.abs(days(d, o)) <= 366));
      if (near) candidates.push({ p, a, score });
    }
  }
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      x.p.project_id.localeCompare(y.p.project_id) ||
      x.a.identifier.localeCompare(y.a.identifier),
  );
  const ruleMatched = new Set<DonorActivity>();
  for (const { p, a, score } of candidates) {
    if (matched.has(p.project_id) || ruleMatched.has(a)) continue;
    matched.set(p.project_id, a);
    ruleMatched.add(a);
    result.matches.push({
      projectId: p.project_id,
      iatiIdentifier: a.identifier,
      matchedBy: "rule",
      similarity: Math.round(score * 1000) / 1000,
      file: a.file,
    });
  }

  const paidBy = new Map<string, OfficeDisbursement[]>();
  for (const d of disbursements) {
    const list = paidBy.get(d.project_id) ?? [];
    list.push(d);
    paidBy.set(d.project_id, list);
  }
  const folded = [...donorOrgs].filter((n) => foldText(n) !== "");
  for (const p of projects) {
    const a = matched.get(p.project_id);
    const matchedBy = result.matches.find((m) => m.projectId === p.project_id)?.matchedBy ?? null;
    if (a && matchedBy) {
      result.differences.push(...comparePair(p, paidBy.get(p.project_id) ?? [], a, matchedBy, tol));
      continue;
    }
    // A project no file holds is listed when the files speak for its NGO or its identifier's publisher.
    const concerned =
      (p.iati_identifier !== null && [...donorRefs].some((r) => p.iati_identifier!.startsWith(`${r}-`))) ||
      (p.ngo_name !== null && folded.some((n) => sameOrganisation(n, p.ngo_name!)));
    if (concerned) {
      result.differences.push({
        projectId: p.project_id,
        iatiIdentifier: p.iati_identifier,
        matchedBy: null,
        subject: "activity",
        kind: "missing_in_donor",
        office: { date: p.approved_on, amount: p.committed_amount, currency: p.currency },
        donor: null,
        file: null,
        line: null,
      });
    }
  }
  for (const a of inScope) {
    if (ruleMatched.has(a)) continue;
    const total = commitmentTotal(a.commitments);
    result.differences.push({
      projectId: null,
      iatiIdentifier: a.identifier,
      matchedBy: null,
      subject: "activity",
      kind: "missing_in_office",
      office: null,
      donor: total,
      file: a.file,
      line: a.line,
    });
  }
  return result;
}

function definedOnly(options: IatiCompareOptions): IatiCompareOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function reduce(a: IatiActivity, orgs: string[]): DonorActivity {
  const flows = (type: string): Flow[] =>
    a.transactions
      .filter((t) => t.type === type)
      .map((t) => ({ date: t.date ?? null, amount: t.amount, currency: t.currency ?? null, line: t.line }));
  return {
    identifier: a.identifier,
    file: a.file,
    line: a.line,
    titles: a.titles.map((t) => t.text),
    orgs,
    dates: [
      ...a.dates.map((d) => d.date),
      ...a.transactions.flatMap((t) => (t.type === "2" && t.date ? [t.date] : [])),
    ],
    commitments: flows("2"),
    disbursements: flows("3"),
  };
}

/** Days from ISO date `b` to ISO date `a`. */
function days(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

function sameAmount(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.max(tolerance * Math.max(Math.abs(a), Math.abs(b)), 0.005);
}

/** The donor's commitments as one value: the total in the first currency, at the earliest date. */
function commitmentTotal(flows: readonly Flow[]): IatiValue | null {
  if (flows.length === 0) return null;
  const currency = flows[0]!.currency;
  const same = flows.filter((f) => f.currency === currency);
  const dates = same.map((f) => f.date).filter((d): d is string => d !== null);
  return {
    date: dates.length > 0 ? dates.sort()[0]! : null,
    amount: same.reduce((s, f) => s + f.amount, 0),
    currency,
  };
}

function comparePair(
  p: OfficeProject,
  paid: readonly OfficeDisbursement[],
  a: DonorActivity,
  matchedBy: "iati_identifier" | "rule",
  tol: Required<IatiCompareOptions>,
): IatiDifference[] {
  const out: IatiDifference[] = [];
  const row = (
    subject: IatiDifferenceSubject,
    kind: IatiDifferenceKind,
    office: IatiValue | null,
    donor: IatiValue | null,
    line: number | null,
  ): IatiDifference => ({
    projectId: p.project_id,
    iatiIdentifier: a.identifier,
    matchedBy,
    subject,
    kind,
    office,
    donor,
    file: a.file,
    line,
  });

  // Commitment: the office's one value against the donor's type-2 total in the same currency.
  const office: IatiValue = { date: p.approved_on, amount: p.committed_amount, currency: p.currency };
  const inCurrency = a.commitments.filter((f) => f.currency === p.currency);
  if (a.commitments.length === 0) {
    out.push(row("commitment", "missing_in_donor", office, null, a.line));
  } else if (inCurrency.length === 0) {
    out.push(
      row("commitment", "currency_differs", office, commitmentTotal(a.commitments), a.commitments[0]!.line),
    );
  } else {
    const donor = commitmentTotal(inCurrency)!;
    const line = inCurrency[0]!.line;
    if (!sameAmount(office.amount, donor.amount, tol.amountTolerance)) {
      out.push(row("commitment", "amount_differs", office, donor, line));
    }
    if (donor.date !== null && Math.abs(days(donor.date, p.approved_on)) > tol.dateToleranceDays) {
      out.push(row("commitment", "date_differs", office, donor, line));
    }
  }

  // Disbursements: paired one to one, same currency, in three passes.
  const left = paid.map((d) => ({ date: d.disbursed_on, amount: d.amount, currency: d.currency }));
  const right = [...a.disbursements];
  const pairs: { o: IatiValue; d: Flow; kind: IatiDifferenceKind | null }[] = [];
  const pass = (fits: (o: IatiValue, d: Flow) => boolean, kind: IatiDifferenceKind | null) => {
    for (let i = 0; i < left.length; i++) {
      const o = left[i]!;
      let best = -1;
      let bestGap = Infinity;
      right.forEach((d, j) => {
        if (d.currency !== o.currency || d.date === null || !fits(o, d)) return;
        const gap = Math.abs(days(d.date, o.date!));
        if (gap < bestGap) {
          best = j;
          bestGap = gap;
        }
      });
      if (best >= 0) {
        pairs.push({ o, d: right[best]!, kind });
        right.splice(best, 1);
        left.splice(i, 1);
        i--;
      }
    }
  };
  const near = (o: IatiValue, d: Flow, limit: number) => Math.abs(days(d.date!, o.date!)) <= limit;
  pass(
    (o, d) => sameAmount(o.amount, d.amount, tol.amountTolerance) && near(o, d, tol.dateToleranceDays),
    null,
  );
  pass(
    (o, d) => sameAmount(o.amount, d.amount, tol.amountTolerance) && near(o, d, tol.dateWindowDays),
    "date_differs",
  );
  pass((o, d) => near(o, d, tol.dateToleranceDays), "amount_differs");
  for (const { o, d, kind } of pairs) {
    if (kind)
      out.push(
        row("disbursement", kind, o, { date: d.date, amount: d.amount, currency: d.currency }, d.line),
      );
  }
  for (const o of left) out.push(row("disbursement", "missing_in_donor", o, null, null));
  for (const d of right) {
    out.push(
      row(
        "disbursement",
        "missing_in_office",
        null,
        { date: d.date, amount: d.amount, currency: d.currency },
        d.line,
      ),
    );
  }
  const order = { activity: 0, commitment: 1, disbursement: 2 };
  return out.sort(
    (x, y) =>
      order[x.subject] - order[y.subject] ||
      (x.office?.date ?? x.donor?.date ?? "").localeCompare(y.office?.date ?? y.donor?.date ?? ""),
  );
}
