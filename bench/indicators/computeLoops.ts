import { NULL_DAY, type Columns, type DictColumn } from "./loadColumns.ts";
import { cellKey, type Cells, type Workload } from "./Workload.ts";

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const Y0 = 1990;
const Y1 = 2060;
/** Year of a day number, by table lookup. */
const yearTable = (() => {
  const t = new Int16Array(dayOf(Y1, 1, 1) - dayOf(Y0, 1, 1));
  for (let y = Y0, d = 0; y < Y1; y++)
    for (const end = dayOf(y + 1, 1, 1) - dayOf(Y0, 1, 1); d < end; d++) t[d] = y;
  return t;
})();
const BASE = dayOf(Y0, 1, 1);
const yearOfDay = (day: number) => yearTable[day - BASE]!;
/** The same day 12 months earlier (DuckDB clamps 29/02 to 28/02). */
function minus12Months(day: number): number {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear() - 1;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

/**
 * The workload in plain TypeScript loops over typed columns: one pass per
 * table where indicators share it, flat Float64Array accumulators indexed by
 * (year, country), joins through dictionaries, dated rates from a dense
 * day → rate array per currency.
 */
export function computeLoops(db: Record<string, Columns>, w: Workload): Cells {
  const y0 = w.years[0]!;
  const nY = w.years.length;
  const start = dayOf(y0, 1, 1);
  const end = dayOf(y0 + nY - 1, 12, 31);
  const asOf = dayOf(Number(w.asOf.slice(0, 4)), Number(w.asOf.slice(5, 7)), Number(w.asOf.slice(8, 10)));
  const dict = (t: string, c: string) => db[t]![c] as DictColumn;
  const days = (t: string, c: string) => db[t]![c] as Int32Array;
  const nums = (t: string, c: string) => db[t]![c] as Float64Array;

  // countries: one global index (0 = none / unsplit)
  const countries: (string | null)[] = [null];
  const countryIdx = new Map<string, number>();
  const gOf = (s: string | null | undefined) => {
    if (!w.byCountry || s === null || s === undefined) return 0;
    let g = countryIdx.get(s);
    if (g === undefined) {
      g = countries.length;
      countryIdx.set(s, g);
      countries.push(s);
    }
    return g;
  };
  const G = 64; // more than the countries of any dictionary here; checked below
  const groupsOfDict = (col: DictColumn) => {
    const out = new Int32Array(col.dict.length + 1); // code + 1
    col.dict.forEach((s, i) => (out[i + 1] = gOf(s)));
    return out;
  };

  // dense rates: currency → Float64Array over days [R0, R1], NaN before the first rate
  const R0 = dayOf(2000, 1, 1);
  const R1 = dayOf(2040, 12, 31);
  const rateCur = dict("exchange_rates", "currency");
  const rateOn = days("exchange_rates", "on");
  const rateVal = nums("exchange_rates", "vnd_per_unit");
  const dense = new Map<string, Float64Array>();
  {
    const byCur = new Map<string, number[]>();
    for (let i = 0; i < rateOn.length; i++) {
      const c = rateCur.dict[rateCur.codes[i]!]!;
      (byCur.get(c) ?? byCur.set(c, []).get(c)!).push(i);
    }
    for (const [c, rows] of byCur) {
      rows.sort((a, b) => rateOn[a]! - rateOn[b]!);
      const a = new Float64Array(R1 - R0 + 1).fill(NaN);
      let k = 0;
      let last = NaN;
      for (let d = R0; d <= R1; d++) {
        while (k < rows.length && rateOn[rows[k]!]! <= d) last = rateVal[rows[k++]!]!;
        a[d - R0] = last;
      }
      dense.set(c, a);
    }
  }
  const usdRate = dense.get("USD")!;
  /** Rate arrays by dictionary code (null = VND, rate 1; a currency with no rates = all NaN). */
  const ratesOf = (col: DictColumn) => {
    const none = new Float64Array(R1 - R0 + 1).fill(NaN);
    return col.dict.map((c) => (c === "VND" ? null : (dense.get(c) ?? none)));
  };
  const toUsd = (amount: number, rates: Float64Array | null, isUsd: boolean, day: number) =>
    isUsd ? amount : (amount * (rates === null ? 1 : rates[day - R0]!)) / usdRate[day - R0]!;

  const cells: Cells = new Map();
  /** Accumulators: value numerator, denominator (ratios) and row count per (year, group). */
  const acc = () => ({
    n: new Float64Array(nY * G),
    d: new Float64Array(nY * G),
    c: new Float64Array(nY * G),
  });
  type Acc = ReturnType<typeof acc>;
  const emit = (id: string, a: Acc, kind: "sum" | "ratio") => {
    if (countries.length > G) throw new Error("too many countries for the loop accumulators");
    for (let yi = 0; yi < nY; yi++)
      for (let g = 0; g < G; g++) {
        const i = yi * G + g;
        if (a.c[i] === 0) continue;
        cells.set(
          cellKey(id, y0 + yi, countries[g]),
          kind === "sum" ? a.n[i]! : a.d[i]! > 0 ? a.n[i]! / a.d[i]! : null,
        );
      }
  };
  const want = new Set(w.indicators);

  // delegations, by start_on
  {
    const dir = dict("delegations", "direction");
    const inbound = dir.dict.indexOf("inbound");
    const outbound = dir.dict.indexOf("outbound");
    const purpose = dict("delegations", "purpose");
    const promo = purpose.dict.indexOf("investment_promotion");
    const country = dict("delegations", "country");
    const cg = groupsOfDict(country);
    const cur = dict("delegations", "cost_currency");
    const rates = ratesOf(cur);
    const on = days("delegations", "start_on");
    const members = days("delegations", "members");
    const inPlan = db.delegations!.in_plan as Uint8Array;
    const cost = nums("delegations", "cost");
    const [inb, outb, trips, plan, costs, promos] = [acc(), acc(), acc(), acc(), acc(), acc()];
    for (let i = 0; i < on.length; i++) {
      const day = on[i]!;
      if (day < start || day > end) continue;
      const k = (yearOfDay(day) - y0) * G + cg[country.codes[i]! + 1]!;
      const d = dir.codes[i];
      inb.c[k]++;
      if (d === inbound) inb.n[k]++;
      if (d === outbound) {
        outb.n[k]++;
        if (purpose.codes[i] === promo) promos.n[k]++;
      }
      trips.n[k] += members[i]!;
      plan.n[k] += inPlan[i]!;
      plan.d[k]++;
      const amount = cost[i]!;
      if (!Number.isNaN(amount)) {
        const cc = cur.codes[i]!;
        const v = cc < 0 || rates[cc] === null ? amount : amount * rates[cc]![day - R0]!;
        if (!Number.isNaN(v)) costs.n[k] += v;
      }
    }
    for (const a of [outb, trips, plan, costs, promos]) a.c.set(inb.c);
    emit("delegations.inbound", inb, "sum");
    emit("delegations.outbound", outb, "sum");
    emit("delegations.person_trips", trips, "sum");
    emit("delegations.in_plan_rate", plan, "ratio");
    emit("delegations.cost", costs, "sum");
    emit("investment.promotion_trips", promos, "sum");
  }

  // investment_contacts, by first_contact_on and by registered_on
  {
    const country = dict("investment_contacts", "country");
    const cg = groupsOfDict(country);
    const first = days("investment_contacts", "first_contact_on");
    const reg = days("investment_contacts", "registered_on");
    const capital = nums("investment_contacts", "registered_capital_usd");
    const [contacts, conv, registered, cap] = [acc(), acc(), acc(), acc()];
    for (let i = 0; i < first.length; i++) {
      const g = cg[country.codes[i]! + 1]!;
      const f = first[i]!;
      const r = reg[i]!;
      if (f >= start && f <= end) {
        const k = (yearOfDay(f) - y0) * G + g;
        contacts.c[k]++;
        contacts.n[k]++;
        conv.d[k]++;
        if (r !== NULL_DAY && r <= asOf) conv.n[k]++;
      }
      if (r !== NULL_DAY && r >= start && r <= end) {
        const k = (yearOfDay(r) - y0) * G + g;
        registered.c[k]++;
        registered.n[k]++;
        if (!Number.isNaN(capital[i]!)) cap.n[k] += capital[i]!;
      }
    }
    conv.c.set(contacts.c);
    cap.c.set(registered.c);
    emit("investment.contacts", contacts, "sum");
    emit("investment.conversion_rate", conv, "ratio");
    emit("investment.registered", registered, "sum");
    emit("investment.registered_capital_usd", cap, "sum");
  }

  // aid: projects by approved_on, disbursements by disbursed_on, projects active in each year
  {
    const ngoCountry = new Map<string, string>();
    const ngoId = dict("ngos", "ngo_id");
    const ngoC = dict("ngos", "country");
    for (let i = 0; i < ngoId.codes.length; i++)
      ngoCountry.set(ngoId.dict[ngoId.codes[i]!]!, ngoC.dict[ngoC.codes[i]!]!);
    const pNgo = dict("aid_projects", "ngo_id");
    const pNgoG = new Int32Array(pNgo.dict.length + 1);
    pNgo.dict.forEach((s, i) => (pNgoG[i + 1] = gOf(ngoCountry.get(s))));
    const approved = days("aid_projects", "approved_on");
    const endOn = days("aid_projects", "end_on");
    const amount = nums("aid_projects", "committed_amount");
    const pCur = dict("aid_projects", "currency");
    const pRates = ratesOf(pCur);
    const pUsd = pCur.dict.indexOf("USD");
    const status = dict("aid_projects", "status");
    const excluded = new Set([status.dict.indexOf("cancelled"), status.dict.indexOf("revoked")]);
    excluded.delete(-1);
    const nNgo = pNgo.dict.length;
    const nP = approved.length;
    const [projects, ngos, committed] = [acc(), acc(), acc()];
    const ngoSeen = new Uint8Array(nY * G * nNgo);
    const projectG = new Int32Array(nP);
    const committedUsd = new Float64Array(nP);
    for (let i = 0; i < nP; i++) {
      const day = approved[i]!;
      const cc = pCur.codes[i]!;
      const usd = toUsd(amount[i]!, pRates[cc]!, cc === pUsd, day);
      committedUsd[i] = usd;
      const g = pNgoG[pNgo.codes[i]! + 1]!;
      projectG[i] = g;
      if (day < start || day > end) continue;
      const k = (yearOfDay(day) - y0) * G + g;
      projects.c[k]++;
      projects.n[k]++;
      const s = k * nNgo + pNgo.codes[i]!;
      if (ngoSeen[s] === 0) {
        ngoSeen[s] = 1;
        ngos.n[k]++;
      }
      if (!Number.isNaN(usd)) committed.n[k] += usd;
    }
    ngos.c.set(projects.c);
    committed.c.set(projects.c);
    emit("aid.projects_approved", projects, "sum");
    emit("aid.ngos_licensed", ngos, "sum");
    emit("aid.committed_usd", committed, "sum");

    // disbursements: by date, and per project per year bucket (0 = before the first year) for "to date"
    const projectRow = new Map<string, number>();
    const pid = dict("aid_projects", "project_id");
    for (let i = 0; i < nP; i++) projectRow.set(pid.dict[pid.codes[i]!]!, i);
    const dPid = dict("aid_disbursements", "project_id");
    const dRow = Int32Array.from(dPid.dict, (s) => projectRow.get(s) ?? -1);
    const dOn = days("aid_disbursements", "disbursed_on");
    const dAmount = nums("aid_disbursements", "amount");
    const dCur = dict("aid_disbursements", "currency");
    const dRates = ratesOf(dCur);
    const dUsdCode = dCur.dict.indexOf("USD");
    const disbursed = acc();
    const B = nY + 1;
    const byBucket = new Float64Array(nP * B);
    for (let i = 0; i < dOn.length; i++) {
      const day = dOn[i]!;
      if (day > end) continue;
      const cc = dCur.codes[i]!;
      const usd = toUsd(dAmount[i]!, dRates[cc]!, cc === dUsdCode, day);
      const row = dRow[dPid.codes[i]!]!;
      if (day < start) {
        if (row >= 0 && !Number.isNaN(usd)) byBucket[row * B] += usd;
        continue;
      }
      const yi = yearOfDay(day) - y0;
      const k = yi * G + (row >= 0 ? projectG[row]! : 0);
      disbursed.c[k]++;
      if (!Number.isNaN(usd)) {
        disbursed.n[k] += usd;
        if (row >= 0) byBucket[row * B + yi + 1] += usd;
      }
    }
    emit("aid.disbursed_usd", disbursed, "sum");

    const rate = acc();
    const yearStart = Int32Array.from(w.years, (y) => dayOf(y, 1, 1));
    const yearEnd = Int32Array.from(w.years, (y) => dayOf(y, 12, 31));
    for (let i = 0; i < nP; i++) {
      if (excluded.has(status.codes[i]!) || Number.isNaN(committedUsd[i]!)) continue;
      let toDate = byBucket[i * B]!;
      for (let yi = 0; yi < nY; yi++) {
        toDate += byBucket[i * B + yi + 1]!;
        if (approved[i]! > yearEnd[yi]! || (endOn[i] !== NULL_DAY && endOn[i]! < yearStart[yi]!)) continue;
        const k = yi * G + projectG[i]!;
        rate.c[k]++;
        rate.n[k] += toDate;
        rate.d[k] += committedUsd[i]!;
      }
    }
    emit("aid.disbursement_rate", rate, "ratio");
  }

  // agreements: signed in period, active and dormant at period end; activities by due_on and done_on
  {
    const partnerCountry = new Map<string, string>();
    const paId = dict("partners", "partner_id");
    const paC = dict("partners", "country");
    for (let i = 0; i < paId.codes.length; i++)
      partnerCountry.set(paId.dict[paId.codes[i]!]!, paC.dict[paC.codes[i]!]!);
    const aPartner = dict("agreements", "partner_id");
    const aPartnerG = Int32Array.from(aPartner.dict, (s) => gOf(partnerCountry.get(s)));
    const aId = dict("agreements", "agreement_id");
    const signedOn = days("agreements", "signed_on");
    const expires = days("agreements", "expires_on");
    const reported = days("agreements", "reported_on");
    const aStatus = dict("agreements", "status");
    const draft = aStatus.dict.indexOf("draft");
    const terminated = aStatus.dict.indexOf("terminated");
    const expired = aStatus.dict.indexOf("expired");
    const nA = signedOn.length;
    const agreementRow = new Map<string, number>();
    for (let i = 0; i < nA; i++) agreementRow.set(aId.dict[aId.codes[i]!]!, i);
    const agreementG = new Int32Array(nA);
    const [signed, reportedOnTime] = [acc(), acc()];
    for (let i = 0; i < nA; i++) {
      const g = aPartnerG[aPartner.codes[i]!]!;
      agreementG[i] = g;
      const day = signedOn[i]!;
      if (aStatus.codes[i] === draft || day < start || day > end) continue;
      const k = (yearOfDay(day) - y0) * G + g;
      signed.c[k]++;
      signed.n[k]++;
      reportedOnTime.d[k]++;
      if (reported[i] !== NULL_DAY && reported[i]! <= day + 15) reportedOnTime.n[k]++;
    }
    reportedOnTime.c.set(signed.c);
    emit("agreements.signed", signed, "sum");
    emit("agreements.reported_on_time_rate", reportedOnTime, "ratio");

    // stock dates and their 12-month windows
    const stock = Int32Array.from(w.years, (y) => Math.min(dayOf(y, 12, 31), asOf));
    const windowStart = Int32Array.from(stock, minus12Months);
    const hasEvent = new Uint8Array(nA * nY);
    const mark = (row: number, day: number) => {
      for (let yi = 0; yi < nY; yi++)
        if (day > windowStart[yi]! && day <= stock[yi]!) hasEvent[row * nY + yi] = 1;
    };
    const xA = dict("agreement_activities", "agreement_id");
    const xRow = Int32Array.from(xA.dict, (s) => agreementRow.get(s) ?? -1);
    const xStatus = dict("agreement_activities", "status");
    const done = xStatus.dict.indexOf("done");
    const cancelled = xStatus.dict.indexOf("cancelled");
    const due = days("agreement_activities", "due_on");
    const doneOn = days("agreement_activities", "done_on");
    const [follow, onTime] = [acc(), acc()];
    for (let i = 0; i < due.length; i++) {
      const row = xRow[xA.codes[i]!]!;
      const g = row >= 0 ? agreementG[row]! : 0;
      const st = xStatus.codes[i]!;
      const dd = due[i]!;
      if (dd >= start && dd <= end) {
        const k = (yearOfDay(dd) - y0) * G + g;
        follow.c[k]++;
        if (st === done) follow.n[k]++;
        if (st !== cancelled) follow.d[k]++;
      }
      const dn = doneOn[i]!;
      if (st === done && dn !== NULL_DAY) {
        if (row >= 0) mark(row, dn);
        if (dn >= start && dn <= end) {
          const k = (yearOfDay(dn) - y0) * G + g;
          onTime.c[k]++;
          onTime.d[k]++;
          if (dn <= dd) onTime.n[k]++;
        }
      }
    }
    emit("agreements.follow_through", follow, "ratio");
    emit("agreements.on_time_rate", onTime, "ratio");
    const dA = dict("delegations", "agreement_id");
    const dARow = Int32Array.from(dA.dict, (s) => agreementRow.get(s) ?? -1);
    const dOn = days("delegations", "start_on");
    for (let i = 0; i < dOn.length; i++) {
      const code = dA.codes[i]!;
      if (code >= 0 && dARow[code]! >= 0) mark(dARow[code]!, dOn[i]!);
    }
    const [active, dormant] = [acc(), acc()];
    for (let i = 0; i < nA; i++) {
      const st = aStatus.codes[i]!;
      if (st === draft || st === terminated || (st === expired && expires[i] === NULL_DAY)) continue;
      for (let yi = 0; yi < nY; yi++) {
        const s = stock[yi]!;
        if (signedOn[i]! > s || (expires[i] !== NULL_DAY && expires[i]! < s)) continue;
        const k = yi * G + agreementG[i]!;
        active.c[k]++;
        active.n[k]++;
        // dormant: no event in the window, and signed 12 months or more before the stock date
        if (hasEvent[i * nY + yi] === 0 && signedOn[i]! <= windowStart[yi]!) dormant.n[k]++;
      }
    }
    dormant.c.set(active.c);
    emit("agreements.active", active, "sum");
    emit("agreements.dormant", dormant, "sum");
  }

  // annual plans and budgets: by year, unsplit
  if (want.has("plan.approval_delay_days")) {
    const year = days("annual_plans", "year");
    const dueOn = days("annual_plans", "due_on");
    const approvedOn = days("annual_plans", "approved_on");
    const delay = new Map<number, number>();
    for (let i = 0; i < year.length; i++) {
      const y = year[i]!;
      if (y < y0 || y >= y0 + nY || approvedOn[i] === NULL_DAY) continue;
      const d = approvedOn[i]! - (dueOn[i] === NULL_DAY ? dayOf(y - 1, 12, 31) : dueOn[i]!);
      delay.set(y, Math.max(delay.get(y) ?? -Infinity, d));
    }
    for (const [y, d] of delay) cells.set(cellKey("plan.approval_delay_days", y, null), d);
  }
  if (want.has("budget.reception_utilisation")) {
    const year = days("budgets", "year");
    const line = dict("budgets", "line");
    const reception = line.dict.indexOf("reception");
    const cur = dict("budgets", "currency");
    const rates = ratesOf(cur);
    const allocated = nums("budgets", "allocated");
    const spent = nums("budgets", "spent");
    const sums = new Map<number, [number, number]>();
    for (let i = 0; i < year.length; i++) {
      const y = year[i]!;
      if (line.codes[i] !== reception || y < y0 || y >= y0 + nY) continue;
      const cc = cur.codes[i]!;
      const r = cc < 0 || rates[cc] === null ? 1 : rates[cc]![dayOf(y, 12, 31) - R0]!;
      const s = sums.get(y) ?? [0, 0];
      if (!Number.isNaN(spent[i]! * r)) s[0] += spent[i]! * r;
      if (!Number.isNaN(allocated[i]! * r)) s[1] += allocated[i]! * r;
      sums.set(y, s);
    }
    for (const [y, [s, a]] of sums)
      cells.set(cellKey("budget.reception_utilisation", y, null), a > 0 ? s / a : null);
  }

  // consular cases by opened_on
  {
    const country = dict("consular_cases", "country");
    const cg = groupsOfDict(country);
    const opened = days("consular_cases", "opened_on");
    const cases = acc();
    for (let i = 0; i < opened.length; i++) {
      const day = opened[i]!;
      if (day < start || day > end) continue;
      const k = (yearOfDay(day) - y0) * G + cg[country.codes[i]! + 1]!;
      cases.c[k]++;
      cases.n[k]++;
    }
    emit("consular.cases", cases, "sum");
  }
  for (const key of [...cells.keys()]) if (!want.has(key.slice(0, key.indexOf("|")))) cells.delete(key);
  return cells;
}
