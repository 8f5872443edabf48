import * as aq from "arquero";
import type { Columns } from "./loadColumns.ts";
import { cellKey, type Cells, type Workload } from "./Workload.ts";

type Table = ReturnType<typeof aq.table>;
const { op } = aq;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
function minus12Months(day: number): number {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear() - 1;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

/** Arquero tables of the loaded columns (strings plain, dates as Float64 day numbers). */
export function arqueroTables(db: Record<string, Columns>): Record<string, Table> {
  return Object.fromEntries(
    Object.entries(db).map(([name, cols]) => [name, aq.table(cols as Record<string, ArrayLike<unknown>>)]),
  );
}

/**
 * The workload with Arquero verbs (filter, derive, groupby, rollup, lookup,
 * antijoin). Arquero has no ASOF join: dated rates are looked up by an escaped
 * JS function over a dense day → rate array per currency.
 */
export function computeArquero(t: Record<string, Table>, w: Workload): Cells {
  const y0 = w.years[0]!;
  const y1 = w.years[w.years.length - 1]!;
  const $ = {
    start: dayOf(y0, 1, 1),
    end: dayOf(y1, 12, 31),
    asOf: dayOf(Number(w.asOf.slice(0, 4)), Number(w.asOf.slice(5, 7)), Number(w.asOf.slice(8, 10))),
  };
  // dense rates per currency, from the exchange_rates table
  const R0 = dayOf(2000, 1, 1);
  const R1 = dayOf(2040, 12, 31);
  const dense = new Map<string, Float64Array>();
  const byCurrency = new Map<string, { on: number; vnd_per_unit: number }[]>();
  for (const r of t.exchange_rates!.orderby("on").objects() as {
    on: number;
    currency: string;
    vnd_per_unit: number;
  }[])
    (byCurrency.get(r.currency) ?? byCurrency.set(r.currency, []).get(r.currency)!).push(r);
  for (const [currency, rows] of byCurrency) {
    const a = new Float64Array(R1 - R0 + 1).fill(NaN);
    let k = 0;
    let last = NaN;
    for (let d = R0; d <= R1; d++) {
      while (k < rows.length && rows[k]!.on <= d) last = rows[k++]!.vnd_per_unit;
      a[d - R0] = last;
    }
    dense.set(currency, a);
  }
  const rateOf = (cur: string | null, day: number) =>
    cur === null || cur === "VND" ? 1 : (dense.get(cur)?.[day - R0] ?? NaN);
  const usd = (amount: number, cur: string, day: number) =>
    cur === "USD" ? amount : (amount * rateOf(cur, day)) / rateOf("USD", day);
  const year = (col: string) => aq.escape((d: Record<string, number>) => yearOfDay(d[col]!));
  const g = (col: string) => (w.byCountry ? `d => d.${col}` : "() => null");

  const cells: Cells = new Map();
  const want = new Set(w.indicators);
  const emit = (table: Table, values: Record<string, string>) => {
    for (const row of table.objects() as Record<string, unknown>[]) {
      for (const [id, col] of Object.entries(values)) {
        if (!want.has(id)) continue;
        const v = row[col] as number | null | undefined;
        cells.set(
          cellKey(id, row.y as number, (row.g as string | null) ?? null),
          v === undefined || v === null || Number.isNaN(v) ? null : v,
        );
      }
    }
  };
  const inRange = (col: string) =>
    aq.escape((d: Record<string, number>) => d[col]! >= $.start && d[col]! <= $.end);

  emit(
    t
      .delegations!.filter(inRange("start_on"))
      .derive({
        y: year("start_on"),
        g: g("country"),
        vnd: aq.escape(
          (d: { cost: number; cost_currency: string | null; start_on: number }) =>
            d.cost * rateOf(d.cost_currency, d.start_on),
        ),
      })
      .groupby("y", "g")
      .rollup({
        inbound: (d: { direction: string }) => op.sum(d.direction === "inbound" ? 1 : 0),
        outbound: (d: { direction: string }) => op.sum(d.direction === "outbound" ? 1 : 0),
        promo: (d: { direction: string; purpose: string }) =>
          op.sum(d.direction === "outbound" && d.purpose === "investment_promotion" ? 1 : 0),
        trips: (d: { members: number }) => op.sum(d.members),
        plan: (d: { in_plan: number }) => op.mean(d.in_plan),
        cost: (d: { vnd: number }) => op.sum(d.vnd),
      }),
    {
      "delegations.inbound": "inbound",
      "delegations.outbound": "outbound",
      "investment.promotion_trips": "promo",
      "delegations.person_trips": "trips",
      "delegations.in_plan_rate": "plan",
      "delegations.cost": "cost",
    },
  );

  const contacts = t.investment_contacts!;
  emit(
    contacts
      .params($)
      .filter(inRange("first_contact_on"))
      .derive({ y: year("first_contact_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({
        n: op.count(),
        conv: (d: { registered_on: number }, p: typeof $) => op.mean(d.registered_on <= p.asOf ? 1 : 0),
      }),
    { "investment.contacts": "n", "investment.conversion_rate": "conv" },
  );
  emit(
    contacts
      .filter(inRange("registered_on"))
      .derive({ y: year("registered_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({
        n: op.count(),
        capital: (d: { registered_capital_usd: number }) => op.sum(d.registered_capital_usd),
      }),
    { "investment.registered": "n", "investment.registered_capital_usd": "capital" },
  );

  // aid
  const projects = t.aid_projects!.lookup(t.ngos!, ["ngo_id", "ngo_id"], "country").derive({
    usd: aq.escape((d: { committed_amount: number; currency: string; approved_on: number }) =>
      usd(d.committed_amount, d.currency, d.approved_on),
    ),
  });
  emit(
    projects
      .filter(inRange("approved_on"))
      .derive({ y: year("approved_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({
        n: op.count(),
        ngos: (d: { ngo_id: string }) => op.distinct(d.ngo_id),
        usd: (d: { usd: number }) => op.sum(d.usd),
      }),
    { "aid.projects_approved": "n", "aid.ngos_licensed": "ngos", "aid.committed_usd": "usd" },
  );
  const disbursements = t
    .aid_disbursements!.lookup(projects, ["project_id", "project_id"], "country")
    .derive({
      usd: aq.escape((d: { amount: number; currency: string; disbursed_on: number }) =>
        usd(d.amount, d.currency, d.disbursed_on),
      ),
    });
  emit(
    disbursements
      .filter(inRange("disbursed_on"))
      .derive({ y: year("disbursed_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({ usd: (d: { usd: number }) => op.sum(d.usd) }),
    { "aid.disbursed_usd": "usd" },
  );
  if (want.has("aid.disbursement_rate")) {
    const live = projects.filter(
      (d: { status: string; usd: number }) =>
        d.status !== "cancelled" && d.status !== "revoked" && op.is_finite(d.usd),
    );
    for (const y of w.years) {
      const p = { ps: dayOf(y, 1, 1), pe: dayOf(y, 12, 31), y };
      const toDate = disbursements
        .params(p)
        .filter((d: { disbursed_on: number }, q: typeof p) => d.disbursed_on <= q.pe)
        .groupby("project_id")
        .rollup({ to_date: (d: { usd: number }) => op.sum(d.usd) });
      emit(
        live
          .params(p)
          .filter(
            (d: { approved_on: number; end_on: number }, q: typeof p) =>
              d.approved_on <= q.pe && (op.is_nan(d.end_on) || d.end_on >= q.ps),
          )
          .lookup(toDate, ["project_id", "project_id"], "to_date")
          .derive({ y: (_: unknown, q: typeof p) => q.y, g: g("country") })
          .groupby("y", "g")
          .rollup({
            num: (d: { to_date: number }) => op.sum(d.to_date),
            den: (d: { usd: number }) => op.sum(d.usd),
          })
          .derive({ rate: (d: { num: number; den: number }) => (d.den > 0 ? d.num / d.den : null) }),
        { "aid.disbursement_rate": "rate" },
      );
    }
  }

  // agreements
  const agreements = t.agreements!.lookup(t.partners!, ["partner_id", "partner_id"], "country");
  emit(
    agreements
      .filter((d: { status: string }) => d.status !== "draft")
      .filter(inRange("signed_on"))
      .derive({ y: year("signed_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({
        n: op.count(),
        onTime: (d: { reported_on: number; signed_on: number }) =>
          op.mean(d.reported_on <= d.signed_on + 15 ? 1 : 0),
      }),
    { "agreements.signed": "n", "agreements.reported_on_time_rate": "onTime" },
  );
  const activities = t.agreement_activities!.lookup(agreements, ["agreement_id", "agreement_id"], "country");
  emit(
    activities
      .filter(inRange("due_on"))
      .derive({ y: year("due_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({
        done: (d: { status: string }) => op.sum(d.status === "done" ? 1 : 0),
        due: (d: { status: string }) => op.sum(d.status !== "cancelled" ? 1 : 0),
      })
      .derive({ rate: (d: { done: number; due: number }) => (d.due > 0 ? d.done / d.due : null) }),
    { "agreements.follow_through": "rate" },
  );
  const done = activities.filter(
    (d: { status: string; done_on: number }) => d.status === "done" && op.is_finite(d.done_on),
  );
  emit(
    done
      .filter(inRange("done_on"))
      .derive({ y: year("done_on"), g: g("country") })
      .groupby("y", "g")
      .rollup({ onTime: (d: { done_on: number; due_on: number }) => op.mean(d.done_on <= d.due_on ? 1 : 0) }),
    { "agreements.on_time_rate": "onTime" },
  );
  if (want.has("agreements.active") || want.has("agreements.dormant")) {
    const events = done
      .select({ agreement_id: "agreement_id", done_on: "on" })
      .concat(
        t
          .delegations!.filter((d: { agreement_id: string | null }) => d.agreement_id !== null)
          .select({ agreement_id: "agreement_id", start_on: "on" }),
      );
    const standing = agreements.filter(
      (d: { status: string; expires_on: number }) =>
        d.status !== "draft" &&
        d.status !== "terminated" &&
        !(d.status === "expired" && op.is_nan(d.expires_on)),
    );
    for (const y of w.years) {
      const stock = Math.min(dayOf(y, 12, 31), $.asOf);
      const p = { stock, from: minus12Months(stock), y };
      const active = standing
        .params(p)
        .filter(
          (d: { signed_on: number; expires_on: number }, q: typeof p) =>
            d.signed_on <= q.stock && (op.is_nan(d.expires_on) || d.expires_on >= q.stock),
        )
        .derive({ y: (_: unknown, q: typeof p) => q.y, g: g("country") });
      const recent = events
        .params(p)
        .filter((d: { on: number }, q: typeof p) => d.on > q.from && d.on <= q.stock);
      emit(active.groupby("y", "g").count({ as: "n" }), { "agreements.active": "n" });
      // dormant: no event in the window, and signed 12 months or more before the stock date
      const old = active.params(p).filter((d: { signed_on: number }, q: typeof p) => d.signed_on <= q.from);
      emit(old.antijoin(recent, "agreement_id").groupby("y", "g").count({ as: "n" }), {
        "agreements.dormant": "n",
      });
    }
  }

  if (want.has("plan.approval_delay_days")) {
    emit(
      t
        .annual_plans!.params({ y0, y1 })
        .filter((d: { year: number }, p: { y0: number; y1: number }) => d.year >= p.y0 && d.year <= p.y1)
        .derive({
          y: (d: { year: number }) => d.year,
          g: () => null,
          delay: aq.escape(
            (d: { year: number; due_on: number; approved_on: number }) =>
              d.approved_on - (Number.isNaN(d.due_on) ? dayOf(d.year - 1, 12, 31) : d.due_on),
          ),
        })
        .groupby("y", "g")
        .rollup({ delay: (d: { delay: number }) => op.max(d.delay) }),
      { "plan.approval_delay_days": "delay" },
    );
  }
  if (want.has("budget.reception_utilisation")) {
    emit(
      t
        .budgets!.params({ y0, y1 })
        .filter(
          (d: { line: string; year: number }, p: { y0: number; y1: number }) =>
            d.line === "reception" && d.year >= p.y0 && d.year <= p.y1,
        )
        .derive({
          y: (d: { year: number }) => d.year,
          g: () => null,
          rate: aq.escape((d: { year: number; currency: string | null }) =>
            rateOf(d.currency, dayOf(d.year, 12, 31)),
          ),
        })
        .groupby("y", "g")
        .rollup({
          spent: (d: { spent: number; rate: number }) => op.sum(d.spent * d.rate),
          allocated: (d: { allocated: number; rate: number }) => op.sum(d.allocated * d.rate),
        })
        .derive({
          u: (d: { spent: number; allocated: number }) => (d.allocated > 0 ? d.spent / d.allocated : null),
        }),
      { "budget.reception_utilisation": "u" },
    );
  }

  emit(
    t
      .consular_cases!.filter(inRange("opened_on"))
      .derive({ y: year("opened_on"), g: g("country") })
      .groupby("y", "g")
      .count({ as: "n" }),
    { "consular.cases": "n" },
  );
  return cells;
}
