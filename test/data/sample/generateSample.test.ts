import { beforeAll, describe, expect, it } from "vitest";
import { entities, entityByName } from "../../../src/data/entities.ts";
import { generateSample, type SampleData } from "../../../src/data/sample/generateSample.ts";

type Row = Record<string, unknown>;
const text = (v: unknown) => (v == null ? null : String(v));
const year = (v: unknown) => String(v).slice(0, 4);

/** Last rate on or before a date, found by scanning the sample's own rates. */
function rateOn(data: SampleData, currency: string, on: string): number | undefined {
  if (currency === "VND") return 1;
  let best: Row | undefined;
  for (const r of data.exchange_rates) {
    if (
      r["currency"] === currency &&
      String(r["on"]) <= on &&
      (!best || String(r["on"]) > String(best["on"]))
    )
      best = r;
  }
  return best?.["vnd_per_unit"] as number | undefined;
}

function usdOn(data: SampleData, amount: number, currency: string, on: string): number {
  if (currency === "USD") return amount;
  return (amount * rateOn(data, currency, on)!) / rateOn(data, "USD", on)!;
}

function keyOf(entityName: string, row: Row): string {
  return JSON.stringify(entityByName(entityName)!.key.map((k) => row[k] ?? null));
}

/** Every broken rule found in the data, as text (empty when all is well). */
function integrityProblems(data: SampleData): string[] {
  const problems: string[] = [];
  const keys = new Map<string, Set<string>>();
  for (const e of entities) {
    const seen = new Set<string>();
    for (const row of data[e.name]) {
      const k = keyOf(e.name, row);
      if (seen.has(k)) problems.push(`${e.name}: duplicate key ${k}`);
      seen.add(k);
    }
    keys.set(e.name, new Set(data[e.name].map((r) => String(r[e.key[0]!]))));
  }
  for (const e of entities) {
    for (const c of e.columns.filter((c) => c.ref)) {
      const target = keys.get(c.ref!)!;
      for (const row of data[e.name]) {
        const v = row[c.name];
        if (v != null && !target.has(String(v)))
          problems.push(`${e.name}.${c.name}: no ${c.ref} ${String(v)}`);
      }
    }
  }
  const ordered = (entity: string, first: string, second: string) => {
    for (const row of data[entity as keyof SampleData]) {
      const a = text(row[first]);
      const b = text(row[second]);
      if (a !== null && b !== null && b < a) problems.push(`${entity}: ${second} ${b} before ${first} ${a}`);
    }
  };
  ordered("delegations", "start_on", "end_on");
  ordered("agreements", "signed_on", "expires_on");
  ordered("agreements", "signed_on", "reported_on");
  ordered("aid_projects", "approved_on", "start_on");
  ordered("aid_projects", "start_on", "end_on");
  ordered("ngos", "registered_from", "registered_to");
  ordered("consular_cases", "opened_on", "closed_on");
  ordered("investment_contacts", "first_contact_on", "site_visit_on");
  ordered("investment_contacts", "site_visit_on", "mou_on");
  ordered("investment_contacts", "mou_on", "registered_on");
  ordered("investment_contacts", "first_contact_on", "dropped_on");
  ordered("annual_plans", "submitted_on", "approved_on");

  const signed = new Map(data.agreements.map((a) => [a["agreement_id"], String(a["signed_on"])]));
  for (const a of data.agreement_activities) {
    const done = text(a["done_on"]);
    if ((a["status"] === "done") !== (done !== null))
      problems.push(`activity ${String(a["activity_id"])}: status and done_on disagree`);
    if (done !== null && done < signed.get(a["agreement_id"])!)
      problems.push(`activity ${String(a["activity_id"])} done before signing`);
    if (done !== null && done > "2025-12-31")
      problems.push(`activity ${String(a["activity_id"])} done in the future`);
  }

  // an activity carried out by a delegation belongs to the delegation's agreement
  const delegations = new Map(data.delegations.map((d) => [d["delegation_id"], d]));
  for (const a of data.agreement_activities) {
    const d = a["delegation_id"] == null ? undefined : delegations.get(a["delegation_id"]);
    if (d && d["agreement_id"] !== a["agreement_id"])
      problems.push(`activity ${String(a["activity_id"])}: not its delegation's agreement`);
  }
  for (const c of data.investment_contacts) {
    const d = c["delegation_id"] == null ? undefined : delegations.get(c["delegation_id"]);
    if (d && (String(c["first_contact_on"]) < String(d["start_on"]) || d["country"] !== c["country"])) {
      problems.push(`contact ${String(c["contact_id"])}: met before its delegation or from another country`);
    }
  }

  // every amount has a rate on or before its date, in its currency and in USD
  const needRate = (what: string, currency: string, on: string) => {
    for (const c of new Set([currency, "USD"])) {
      if (rateOn(data, c, on) === undefined) problems.push(`${what}: no ${c} rate on or before ${on}`);
    }
  };
  for (const d of data.delegations) {
    if (d["cost"] != null)
      needRate(
        `delegation ${String(d["delegation_id"])}`,
        String(d["cost_currency"] ?? "VND"),
        String(d["start_on"]),
      );
  }
  for (const p of data.aid_projects)
    needRate(`project ${String(p["project_id"])}`, String(p["currency"]), String(p["approved_on"]));
  for (const b of data.budgets)
    needRate(`budget ${String(b["year"])}`, String(b["currency"] ?? "VND"), `${String(b["year"])}-12-31`);
  const firstUsd = data.exchange_rates
    .filter((r) => r["currency"] === "USD")
    .map((r) => String(r["on"]))
    .sort()[0]!;
  const projects = new Map(data.aid_projects.map((p) => [p["project_id"], p]));
  const paid = new Map<unknown, number>();
  for (const d of data.aid_disbursements) {
    const p = projects.get(d["project_id"])!;
    if (d["currency"] !== p["currency"])
      problems.push(`disbursement of ${String(d["project_id"])} in another currency`);
    if (String(d["disbursed_on"]) < String(p["approved_on"]))
      problems.push(`disbursement of ${String(d["project_id"])} before approval`);
    if (String(d["disbursed_on"]) < firstUsd)
      problems.push(`disbursement of ${String(d["project_id"])} before the first rate`);
    needRate(`disbursement of ${String(d["project_id"])}`, String(d["currency"]), String(d["disbursed_on"]));
    paid.set(d["project_id"], (paid.get(d["project_id"]) ?? 0) + (d["amount"] as number));
  }
  for (const [id, amount] of paid) {
    if (amount > (projects.get(id)!["committed_amount"] as number))
      problems.push(`project ${String(id)}: disbursed more than committed`);
  }
  return problems;
}

let sample: SampleData;
beforeAll(() => {
  sample = generateSample();
});

describe("generateSample", () => {
  it("gives byte-identical data for the same seed and scale, and other data for another seed", () => {
    const a = JSON.stringify(generateSample({ seed: 7, scale: 2 }));
    const b = JSON.stringify(generateSample({ seed: 7, scale: 2 }));
    expect(a).toBe(b);
    expect(JSON.stringify(generateSample({ seed: 8, scale: 2 }))).not.toBe(a);
    expect(JSON.stringify(generateSample())).toBe(JSON.stringify(sample));
  });

  it("fills every entity, and every row parses with its entity's zod schema", () => {
    for (const e of entities) {
      expect(sample[e.name].length, e.name).toBeGreaterThan(0);
      const bad = sample[e.name]
        .map((row) => e.schema.safeParse(row))
        .filter((r) => !r.success)
        .slice(0, 3)
        .map((r) => r.error?.message);
      expect(bad, e.name).toEqual([]);
    }
  });

  it("has unique keys, existing references, ordered dates, rates for every amount, no over-disbursement", () => {
    expect(integrityProblems(sample)).toEqual([]);
  });

  it("uses real DAC purpose codes for aid sectors", () => {
    const known = new Set([
      "12220",
      "11220",
      "14030",
      "31120",
      "15150",
      "16010",
      "43040",
      "74020",
      "12240",
      "11120",
      "12261",
      "72010",
    ]);
    expect(sample.aid_projects.filter((p) => !known.has(String(p["sector"])))).toEqual([]);
  });

  it("has monthly rates for 8 currencies from 2013-01 to 2026-12 and the State Bank USD rates on their dates", () => {
    for (const c of ["USD", "EUR", "JPY", "KRW", "CNY", "AUD", "THB", "LAK"]) {
      const months = sample.exchange_rates.filter(
        (r) => r["currency"] === c && String(r["on"]).endsWith("-01"),
      );
      expect(months.length, c).toBe(14 * 12); // 2013-01 … 2026-12
      expect(months.map((r) => String(r["on"])).sort()[0]).toBe("2013-01-01");
    }
    const usd = (on: string) =>
      sample.exchange_rates.find((r) => r["currency"] === "USD" && r["on"] === on)?.["vnd_per_unit"];
    expect([usd("2020-12-24"), usd("2022-12-23"), usd("2023-08-28")]).toEqual([23162, 23631, 23942]);
    // plausible: 2019 USD between 22 000 and 24 000 VND, LAK below 3 VND
    expect(rateOn(sample, "USD", "2019-06-15")).toBeGreaterThan(22_000);
    expect(rateOn(sample, "USD", "2019-06-15")).toBeLessThan(24_000);
    expect(rateOn(sample, "LAK", "2019-06-15")).toBeLessThan(3);
  });

  it("carries the real published FDI series with its dates", () => {
    const fdi = sample.published_figures
      .filter((f) => String(f["indicator"]).startsWith("fdi."))
      .map(
        (f) => `${String(f["indicator"])} ${String(f["as_of"])} ${String(f["value"])} ${String(f["unit"])}`,
      );
    expect(fdi.sort()).toEqual(
      [
        "fdi.active_projects 2017-08-31 126 projects",
        "fdi.active_projects 2019-06-30 135 projects",
        "fdi.active_projects 2021-12-31 170 projects",
        "fdi.active_projects 2023-12-31 211 projects",
        "fdi.active_projects 2024-09-30 197 projects",
        "fdi.active_projects 2026-03-31 263 projects",
        "fdi.registered_capital_usd 2017-08-31 7200000000 USD",
        "fdi.registered_capital_usd 2019-06-30 7700000000 USD",
        "fdi.registered_capital_usd 2021-12-31 9670000000 USD",
        "fdi.registered_capital_usd 2023-12-31 10720000000 USD",
        "fdi.registered_capital_usd 2024-09-30 10500000000 USD",
        "fdi.registered_capital_usd 2026-03-31 11900000000 USD",
      ].sort(),
    );
    for (const f of sample.published_figures) {
      expect(String(f["source"])).toMatch(
        String(f["indicator"]).startsWith("fdi.") ? /published/ : /synthetic/,
      );
    }
  });

  it("labels the partners as synthetic", () => {
    expect(sample.partners.every((p) => /synthetic/.test(String(p["notes"])))).toBe(true);
  });
});

describe("the 2019 facts of docs/conventions.md §1 at scale 1", () => {
  const of2019 = (rows: Row[], column: string) => rows.filter((r) => year(r[column]) === "2019");

  it("has exactly 3 inbound delegations from Luang Prabang under its MOU and no other inbound from LA", () => {
    const inboundLa = of2019(sample.delegations, "start_on").filter(
      (d) => d["direction"] === "inbound" && d["country"] === "LA",
    );
    expect(inboundLa.length).toBe(3);
    const lpb = sample.partners.find((p) => p["name"] === "Luang Prabang Province")!;
    const mou = sample.agreements.find(
      (a) => a["partner_id"] === lpb["partner_id"] && a["signed_on"] === "2017-05-18",
    )!;
    expect(mou["kind"]).toBe("mou");
    for (const d of inboundLa) {
      expect(d["partner_id"]).toBe(lpb["partner_id"]);
      expect(d["agreement_id"]).toBe(mou["agreement_id"]);
    }
  });

  it("has exactly 1 outbound provincial-leadership delegation to Luang Prabang", () => {
    const out = of2019(sample.delegations, "start_on").filter(
      (d) =>
        d["direction"] === "outbound" &&
        d["partner_id"] === "P-LA-LPB" &&
        d["level"] === "provincial_leadership",
    );
    expect(out.length).toBe(1);
    expect(out[0]!["country"]).toBe("LA");
  });

  it("has exactly 3 outbound investment-promotion trips, all of provincial leaders", () => {
    const trips = of2019(sample.delegations, "start_on").filter(
      (d) => d["direction"] === "outbound" && d["purpose"] === "investment_promotion",
    );
    expect(trips.length).toBe(3);
    expect(trips.every((d) => d["level"] === "provincial_leadership")).toBe(true);
  });

  it("received foreign companies seeking investment (inbound-visit contacts)", () => {
    const visits = of2019(sample.investment_contacts, "first_contact_on").filter(
      (c) => c["channel"] === "inbound_visit",
    );
    expect(visits.length).toBeGreaterThanOrEqual(3);
  });

  it("licensed 13 NGOs with projects worth between 5.8 and 6.0 million USD", () => {
    const projects = of2019(sample.aid_projects, "approved_on");
    expect(new Set(projects.map((p) => p["ngo_id"])).size).toBe(13);
    const usd = projects.reduce(
      (sum, p) =>
        sum + usdOn(sample, p["committed_amount"] as number, String(p["currency"]), String(p["approved_on"])),
      0,
    );
    expect(usd).toBeGreaterThan(5_800_000);
    expect(usd).toBeLessThan(6_000_000);
  });

  it("approved the 2019 plan after its due date 31/12/2018", () => {
    const plan = sample.annual_plans.find((p) => p["year"] === 2019)!;
    expect(plan["due_on"]).toBe("2018-12-31");
    expect(String(plan["approved_on"]) > "2018-12-31").toBe(true);
  });

  it("overspent the 2019 reception budget", () => {
    const b = sample.budgets.find((r) => r["year"] === 2019 && r["line"] === "reception")!;
    expect(b["spent"] as number).toBeGreaterThan(b["allocated"] as number);
  });
});

describe("the sample's yearly series", () => {
  const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));
  const count = (rows: Row[], column: string, keep: (r: Row) => boolean = () => true) =>
    years.map((y) => rows.filter((r) => year(r[column]) === y && keep(r)).length);

  it("give every yearly indicator a value in each year 2015–2025 (promotion trips aside in 2020–2021) that changes from year to year", () => {
    const ratio = (num: number[], den: number[]) => num.map((n, i) => n / den[i]!);
    const d = sample.delegations;
    const series: Record<string, number[]> = {
      inbound: count(d, "start_on", (r) => r["direction"] === "inbound"),
      outbound: count(d, "start_on", (r) => r["direction"] === "outbound"),
      in_plan_rate: ratio(
        count(d, "start_on", (r) => r["in_plan"] === true),
        count(d, "start_on"),
      ),
      promotion_trips: count(
        d,
        "start_on",
        (r) => r["direction"] === "outbound" && r["purpose"] === "investment_promotion",
      ),
      contacts: count(sample.investment_contacts, "first_contact_on"),
      registered: count(sample.investment_contacts, "registered_on"),
      projects: count(sample.aid_projects, "approved_on"),
      disbursements: count(sample.aid_disbursements, "disbursed_on"),
      signed: count(sample.agreements, "signed_on"),
      activities_done: count(sample.agreement_activities, "done_on"),
      late: count(sample.agreement_activities, "done_on", (r) => String(r["done_on"]) > String(r["due_on"])),
      consular: count(sample.consular_cases, "opened_on"),
      ngos: years.map(
        (y) =>
          new Set(sample.aid_projects.filter((p) => year(p["approved_on"]) === y).map((p) => p["ngo_id"]))
            .size,
      ),
    };
    for (const [name, values] of Object.entries(series)) {
      // borders closed: no promotion trip may be realistic in 2020–2021
      const mayBeZero = (i: number) => name === "promotion_trips" && (i === 5 || i === 6);
      expect(
        values.every((v, i) => v > 0 || mayBeZero(i)),
        `${name}: ${values.join(", ")}`,
      ).toBe(true);
      expect(new Set(values).size, `${name}: ${values.join(", ")}`).toBeGreaterThanOrEqual(3);
    }
    const plans = sample.annual_plans.filter((p) => years.includes(String(p["year"])));
    expect(plans.some((p) => String(p["approved_on"]) > String(p["due_on"]))).toBe(true);
    expect(plans.some((p) => String(p["approved_on"]) <= String(p["due_on"]))).toBe(true);
    const reception = sample.budgets.filter((b) => b["line"] === "reception" && b["spent"] != null);
    expect(reception.some((b) => (b["spent"] as number) < (b["allocated"] as number))).toBe(true);
  });

  it("dip in 2020–2021 for COVID: delegations and aid committed", () => {
    const inbound = count(sample.delegations, "start_on", (r) => r["direction"] === "inbound");
    const committed = years.map((y) =>
      sample.aid_projects
        .filter((p) => year(p["approved_on"]) === y)
        .reduce(
          (s, p) =>
            s +
            usdOn(sample, p["committed_amount"] as number, String(p["currency"]), String(p["approved_on"])),
          0,
        ),
    );
    for (const series of [inbound, committed]) {
      expect(series[5]!).toBeLessThan(series[4]! * 0.7); // 2020 vs 2019
      expect(series[6]!).toBeLessThan(series[4]! * 0.7); // 2021 vs 2019
      expect(series[8]!).toBeGreaterThan(series[6]!); // recovery by 2023
    }
  });

  it("has agreements dormant at the end of 2025: active, nothing done and no delegation in 12 months", () => {
    const since = "2025-01-01";
    const dormant = sample.agreements.filter(
      (a) =>
        a["status"] === "active" &&
        !sample.agreement_activities.some(
          (x) => x["agreement_id"] === a["agreement_id"] && String(x["done_on"] ?? "") >= since,
        ) &&
        !sample.delegations.some(
          (d) => d["agreement_id"] === a["agreement_id"] && String(d["start_on"]) >= since,
        ),
    );
    expect(dormant.map((a) => a["agreement_id"]).sort()).toEqual([
      "AG-HU-BK-2017",
      "AG-JP-GUN-2019",
      "AG-TH-UDN-2018",
    ]);
  });

  it("reports some agreements to MOFA late (over 15 days) or never, most on time", () => {
    const days = sample.agreements.map((a) =>
      a["reported_on"] == null
        ? null
        : (Date.parse(String(a["reported_on"])) - Date.parse(String(a["signed_on"]))) / 86_400_000,
    );
    expect(days.filter((d) => d === null).length).toBeGreaterThan(0);
    expect(days.filter((d) => d !== null && d > 15).length).toBeGreaterThan(0);
    expect(days.filter((d) => d !== null && d <= 15).length).toBeGreaterThan(days.length / 2);
  });
});

describe("scale", () => {
  it("multiplies the record lists and keeps the reference tables, with intact references", () => {
    const big = generateSample({ scale: 3 });
    for (const name of [
      "delegations",
      "agreement_activities",
      "investment_contacts",
      "aid_projects",
      "aid_disbursements",
      "consular_cases",
    ] as const) {
      const ratio = big[name].length / sample[name].length;
      expect(ratio, name).toBeGreaterThan(2.5);
      expect(ratio, name).toBeLessThan(3.5);
      expect(big[name].some((r) => /-x3$/.test(String(r[entityByName(name)!.key[0]!])))).toBe(true);
    }
    for (const name of [
      "exchange_rates",
      "partners",
      "agreements",
      "ngos",
      "annual_plans",
      "budgets",
      "published_figures",
    ] as const) {
      expect(JSON.stringify(big[name]), name).toBe(JSON.stringify(sample[name]));
    }
    expect(integrityProblems(big)).toEqual([]);
  });

  it("refuses a scale that is not a positive integer", () => {
    expect(() => generateSample({ scale: 0 })).toThrow(/scale must be an integer/);
    expect(() => generateSample({ scale: 1.5 })).toThrow(/scale must be an integer/);
  });
});
