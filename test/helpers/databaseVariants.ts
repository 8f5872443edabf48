import { setOfficeProfile } from "../../src/lib/office/officeProfileStore.ts";
import { openStore } from "../../src/lib/store/openStore.ts";

/**
 * Databases an office really has, for the "any database builds" tests: empty,
 * one year, gap years, only some tables, no plan or budget, old years only,
 * another province. Each is made of a few records a year, written by hand
 * below so each variant's counts can be worked out on paper.
 */
export const databaseVariants = {
  /** Migrated, no record at all. */
  empty: { years: [], tables: "all" },
  /** 2024 only, every table. */
  oneYear: { years: [2024], tables: "all" },
  /** 2022 and 2024, nothing in 2023; no annual plan and no budget at all. */
  gapYears: { years: [2022, 2024], tables: "no_plan_budget" },
  /** Only delegations (no partner, agreement, aid, investor, plan, budget…), 2023–2024. */
  delegationsOnly: { years: [2023, 2024], tables: "delegations" },
  /** 2005–2012 only, every table. */
  early: { years: [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012], tables: "all" },
  /** 2023–2024, every table, in another province (see {@link otherOffice}). */
  otherProvince: { years: [2023, 2024], tables: "all" },
} as const;

export type DatabaseVariant = keyof typeof databaseVariants;

/** The office profile of the "otherProvince" variant: a province other than the sample's. */
export const otherOffice = {
  office_id: "cao-bang",
  province: "Cao Bằng",
  agency: "Sở Ngoại vụ tỉnh Cao Bằng",
  agency_en: "Cao Bang Department of Foreign Affairs",
  agency_code: "SNgV",
  number_symbol: "BC-SNgV",
  signer_authority: "KT. GIÁM ĐỐC",
  signer_title: "PHÓ GIÁM ĐỐC",
  signer_name: "Hoàng Văn Mẫu",
  recipients: ["UBND tỉnh Cao Bằng", "Bộ Ngoại giao", "Lưu: VT, SNgV"],
} as const;

type Row = Record<string, string | number | boolean | null | string[]>;

function sqlValue(v: Row[string]): string {
  if (v === null) return "NULL";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => sqlValue(x)).join(", ")}]`;
  return `'${v.replace(/'/g, "''")}'`;
}

function insert(table: string, rows: Row[]): string | null {
  if (rows.length === 0) return null;
  const cols = Object.keys(rows[0]!);
  const values = rows.map((r) => `(${cols.map((c) => sqlValue(r[c] ?? null)).join(", ")})`);
  return `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(",\n")}`;
}

/** The rows of each table for `years`, restricted to `tables`. */
export function variantRows(years: readonly number[], tables: string): Record<string, Row[]> {
  const all = tables === "all";
  const some = (name: string) =>
    all || (tables === "no_plan_budget" && !["annual_plans", "budgets"].includes(name)) || tables === name;
  const out: Record<string, Row[]> = {};
  const add = (table: string, row: Row) => {
    if (!some(table)) return;
    (out[table] ??= []).push(row);
  };
  if (years.length > 0) {
    add("partners", { partner_id: "P-LA", name: "Houaphanh", kind: "locality", country: "LA" });
    add("partners", { partner_id: "P-KR", name: "Gangwon", kind: "locality", country: "KR" });
    add("ngos", { ngo_id: "N-1", name: "Water Aid Friends", country: "GB" });
  }
  years.forEach((y, k) => {
    for (const cur of [
      ["USD", 21000 + 100 * (y - 2000)],
      ["EUR", 26000],
    ] as const) {
      add("exchange_rates", { on: `${y}-01-01`, currency: cur[0], vnd_per_unit: cur[1], source: "SBV" });
    }
    add("agreements", {
      agreement_id: `A-${y}`,
      title: `Biên bản ghi nhớ hợp tác ${y}`,
      partner_id: "P-LA",
      kind: "mou",
      signed_on: `${y}-03-01`,
      reported_on: `${y}-03-10`,
      status: "active",
      areas: ["culture"],
    });
    add("agreement_activities", {
      activity_id: `AC-${y}-1`,
      agreement_id: `A-${y}`,
      title: "Trao đổi đoàn",
      due_on: `${y}-09-01`,
      status: "done",
      done_on: `${y}-08-20`,
    });
    add("agreement_activities", {
      activity_id: `AC-${y}-2`,
      agreement_id: `A-${y}`,
      title: "Hội thảo",
      due_on: `${y}-11-01`,
      status: "planned",
    });
    const delegations: [string, string, string, string, string, number][] = [
      ["1", "inbound", "03-05", "LA", "cooperation", 6],
      ["2", "outbound", "10-02", "KR", "investment_promotion", 5],
      ...(k % 2 === 0
        ? [["3", "inbound", "06-01", "JP", "trade", 3] as [string, string, string, string, string, number]]
        : []),
    ];
    for (const [n, direction, md, country, purpose, members] of delegations) {
      add("delegations", {
        delegation_id: `D-${y}-${n}`,
        direction,
        start_on: `${y}-${md}`,
        end_on: `${y}-${md}`,
        country,
        level: "department",
        purpose,
        members,
        in_plan: n !== "3",
        cost: 50000000,
        cost_currency: "VND",
      });
    }
    add("aid_projects", {
      project_id: `AP-${y}`,
      ngo_id: "N-1",
      title: `Nước sạch ${y}`,
      sector: "14030",
      approved_on: `${y}-02-01`,
      committed_amount: 100000 * (k + 1),
      currency: "USD",
      status: "ongoing",
    });
    add("aid_disbursements", {
      project_id: `AP-${y}`,
      disbursed_on: `${y}-06-01`,
      amount: 40000,
      currency: "USD",
    });
    add("investment_contacts", {
      contact_id: `C-${y}-1`,
      company: `Gangwon Foods ${y}`,
      country: "KR",
      first_contact_on: `${y}-02-01`,
      channel: "embassy",
      registered_on: `${y}-08-01`,
      proposed_capital_usd: 5000000,
      registered_capital_usd: 4000000,
    });
    add("investment_contacts", {
      contact_id: `C-${y}-2`,
      company: `Osaka Parts ${y}`,
      country: "JP",
      first_contact_on: `${y}-05-05`,
      channel: "conference",
      dropped_on: `${y}-09-01`,
    });
    add("annual_plans", {
      year: y,
      due_on: `${y - 1}-12-31`,
      approved_on: `${y}-01-20`,
      planned_inbound: 3,
      planned_outbound: 2,
    });
    add("budgets", { year: y, line: "reception", allocated: 800000000, spent: 700000000, currency: "VND" });
    add("consular_cases", {
      case_id: `CC-${y}`,
      opened_on: `${y}-04-01`,
      kind: "legalisation",
      country: "LA",
    });
  });
  return out;
}

/** Creates the database of `variant` at `path` (a new file). */
export async function createVariantDatabase(path: string, variant: DatabaseVariant): Promise<void> {
  const { years, tables } = databaseVariants[variant];
  const store = await openStore({ path });
  try {
    await store.transaction(async () => {
      for (const [table, rows] of Object.entries(variantRows(years, tables))) {
        const sql = insert(table, rows);
        if (sql) await store.run(sql);
      }
    });
    if (variant === "otherProvince")
      await setOfficeProfile(store, { ...otherOffice, recipients: [...otherOffice.recipients] });
  } finally {
    store.close();
  }
}
