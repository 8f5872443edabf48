import { DuckDBInstance } from "@duckdb/node-api";

/** A string column as a dictionary: `codes[i]` indexes `dict`, -1 is null (Arrow's dictionary encoding). */
export interface DictColumn {
  codes: Int32Array;
  dict: string[];
}
/**
 * Dates are days since 1970-01-01 (Int32, null = INT32_MIN; with plain strings Float64, null = NaN, as
 * Arquero's aggregates skip NaN); numbers Float64 (null = NaN); booleans Uint8.
 */
export type Column = Int32Array | Float64Array | Uint8Array | DictColumn | string[];
export type Columns = Record<string, Column>;
export const NULL_DAY = -2147483648;

type Kind = "date" | "int" | "num" | "bool" | "dict" | "string";
/** The columns the JS contenders read, by table. */
export const needed: Record<string, Record<string, Kind>> = {
  delegations: {
    direction: "dict",
    start_on: "date",
    country: "dict",
    agreement_id: "dict",
    purpose: "dict",
    members: "int",
    in_plan: "bool",
    cost: "num",
    cost_currency: "dict",
  },
  investment_contacts: {
    country: "dict",
    first_contact_on: "date",
    registered_on: "date",
    registered_capital_usd: "num",
  },
  ngos: { ngo_id: "dict", country: "dict" },
  partners: { partner_id: "dict", country: "dict" },
  aid_projects: {
    project_id: "dict",
    ngo_id: "dict",
    approved_on: "date",
    end_on: "date",
    committed_amount: "num",
    currency: "dict",
    status: "dict",
  },
  aid_disbursements: { project_id: "dict", disbursed_on: "date", amount: "num", currency: "dict" },
  agreements: {
    agreement_id: "dict",
    partner_id: "dict",
    signed_on: "date",
    expires_on: "date",
    reported_on: "date",
    status: "dict",
  },
  agreement_activities: { agreement_id: "dict", due_on: "date", status: "dict", done_on: "date" },
  annual_plans: { year: "int", due_on: "date", approved_on: "date" },
  budgets: { year: "int", line: "dict", allocated: "num", spent: "num", currency: "dict" },
  consular_cases: { opened_on: "date", country: "dict" },
  exchange_rates: { on: "date", currency: "dict", vnd_per_unit: "num" },
};

/**
 * Reads the columns the JS contenders need from a database file, chunk by
 * chunk, into typed arrays: dates as day numbers (cast in SQL), numbers as
 * Float64, strings dictionary-encoded (`strings: "dict"`, for the loops) or as
 * JS string arrays with dates as Float64 (`strings: "plain"`, for Arquero).
 */
export async function loadColumns(path: string, strings: "dict" | "plain"): Promise<Record<string, Columns>> {
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  const out: Record<string, Columns> = {};
  try {
    for (const [table, cols] of Object.entries(needed)) {
      const [countRow] = (await (
        await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)
      ).getRows()) as [[bigint]];
      const n = Number(countRow[0]);
      const names = Object.keys(cols);
      const select = names.map((c) =>
        cols[c] === "date"
          ? `CAST("${c}" - DATE '1970-01-01' AS INTEGER)`
          : cols[c] === "int"
            ? `CAST("${c}" AS INTEGER)`
            : `"${c}"`,
      );
      const result = await connection.stream(`SELECT ${select.join(", ")} FROM ${table}`);
      const columns: Columns = {};
      const fills: ((value: unknown, i: number) => void)[] = names.map((c) => {
        const kind = cols[c]!;
        if ((kind === "date" || kind === "int") && strings === "plain") {
          const a = new Float64Array(n);
          columns[c] = a;
          return (v, i) => (a[i] = v === null ? NaN : (v as number));
        }
        if (kind === "date" || kind === "int") {
          const a = new Int32Array(n);
          columns[c] = a;
          return (v, i) => (a[i] = v === null ? NULL_DAY : (v as number));
        }
        if (kind === "num") {
          const a = new Float64Array(n);
          columns[c] = a;
          return (v, i) => (a[i] = v === null ? NaN : (v as number));
        }
        if (kind === "bool") {
          const a = new Uint8Array(n);
          columns[c] = a;
          return (v, i) => (a[i] = v ? 1 : 0);
        }
        if (strings === "plain") {
          const a: string[] = new Array<string>(n);
          columns[c] = a;
          return (v, i) => (a[i] = v as string);
        }
        const codes = new Int32Array(n);
        const dict: string[] = [];
        const index = new Map<string, number>();
        columns[c] = { codes, dict };
        return (v, i) => {
          if (v === null) {
            codes[i] = -1;
            return;
          }
          let code = index.get(v as string);
          if (code === undefined) {
            code = dict.length;
            dict.push(v as string);
            index.set(v as string, code);
          }
          codes[i] = code;
        };
      });
      let row = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const size = chunk.rowCount;
        for (let c = 0; c < names.length; c++) {
          const vector = chunk.getColumnVector(c);
          const fill = fills[c]!;
          for (let i = 0; i < size; i++) fill(vector.getItem(i), row + i);
        }
        row += size;
      }
      out[table] = columns;
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return out;
}
