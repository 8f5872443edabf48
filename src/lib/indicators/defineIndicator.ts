import { z } from "zod";
import { indicatorUnitSchema } from "../../data/indicatorUnits.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { IndicatorSpec, Scan, ScanContext } from "./IndicatorDef.ts";

// The columns every result row already has: a dimension may not take one of these names.
const reserved = ["indicator", "period", "unit", "value", "previous", "change", "target"];

const text = z.string().trim().min(1, "empty text");
const bilingual = z.strictObject({ vi: text, en: text });
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "expected a function");
const dimension = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "expected a lower-case name such as country or sector_category")
  .refine((d) => !reserved.includes(d), "reserved name of a result column");

const scanSchema = z.looseObject({
  id: text,
  dims: z.record(dimension, z.string().min(1, "empty SQL")),
  periodKinds: z.array(z.string()).optional(), // period kinds are checked by the engine
  /** `(ctx) => ScanSql`: the FROM clause of the scan. */
  sql: fn,
});

/**
 * The shape of an {@link IndicatorSpec}, checked by {@link defineIndicator}.
 * Functions (`scan.sql`, `value`) are checked to be functions and to return SQL text.
 */
export const indicatorSpecSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
        'expected "area.name" in lower case, letters, digits and _ (e.g. "delegations.leadership_inbound")',
      ),
    label: bilingual,
    definition: bilingual,
    periodRule: bilingual,
    unit: indicatorUnitSchema,
    direction: z.enum(["up", "down"]),
    dimensions: z.array(dimension).refine((d) => new Set(d).size === d.length, "a dimension is listed twice"),
    additive: z.boolean(),
    empty: z.union([z.literal(0), z.null()]).optional(),
    scan: scanSchema,
    /** `(ctx) => string`: the SQL aggregate of the value. */
    value: fn,
  })
  .superRefine((spec, ctx) => {
    for (const d of spec.dimensions) {
      if (!(d in spec.scan.dims)) {
        ctx.addIssue({
          code: "custom",
          path: ["dimensions"],
          message: `${d} is not a dimension of scan "${spec.scan.id}" (it has: ${Object.keys(spec.scan.dims).join(", ") || "none"})`,
        });
      }
    }
  });

function invalid(id: unknown, detail: string): DoingoaiError {
  const name = typeof id === "string" && id !== "" ? `${id}: ` : "";
  return new DoingoaiError(
    { vi: `chỉ số không hợp lệ: ${name}${detail}`, en: `invalid indicator: ${name}${detail}` },
    { exitCode: exitCodes.usage },
  );
}

/** A context to try a scan's and a value's SQL functions with, at definition time. */
const probe: ScanContext = { kind: "year", dims: [], asOf: "$1::DATE", start: "$2::DATE", end: "$3::DATE" };

/**
 * Checks an indicator definition and returns it unchanged (frozen), for use
 * with the built-ins in `computeIndicators(store, {indicators: [...]})` or in a
 * registry from `createRegistry`. The built-in indicators are defined with it too.
 *
 * A definition has the same shape as the built-ins (src/lib/indicators/defs/):
 * an id `"area.name"`, bilingual `label`, `definition` and `periodRule`, a
 * `unit` (percent is a fraction 0..1), a `direction`, the `dimensions` it can
 * be split and filtered by (each must be a dimension of the scan), `additive`,
 * optionally `empty` (the value with no rows), a `scan` (reuse a built-in
 * such as `delegationsByStart`, or build one with `flowScan`, `moneyFlowScan`,
 * `yearScan`) and `value`, the SQL aggregate over the scan's rows `t`, e.g.
 * `() => "count(*) FILTER (WHERE t.direction = 'inbound')"`. Indicators that
 * share a scan object are computed in one query.
 *
 * The SQL is yours: never put values that come from users into it (filters
 * come through `where`, which is bound as parameters).
 *
 * @throws {@link DoingoaiError} (exit code 2) `invalid indicator: <id>: <field>: <what is wrong>`.
 * @example
 * const leadershipInbound = defineIndicator({
 *   id: "delegations.leadership_inbound",
 *   label: { vi: "Đoàn vào cấp lãnh đạo tỉnh", en: "Inbound leadership delegations" },
 *   definition: { vi: "…", en: "…" },
 *   periodRule: { vi: "Theo ngày bắt đầu (start_on)", en: "By start_on" },
 *   unit: "count",
 *   direction: "up",
 *   dimensions: ["country", "partner"],
 *   additive: true,
 *   scan: delegationsByStart,
 *   value: () => "count(*) FILTER (WHERE t.direction = 'inbound' AND t.level = 'provincial_leadership')",
 * });
 */
export function defineIndicator(spec: IndicatorSpec): IndicatorSpec {
  const id = (spec as { id?: unknown } | null)?.id;
  const parsed = indicatorSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw invalid(id, `${where}${issue.message}`);
  }
  let sql: unknown;
  try {
    sql = (spec.scan as Scan).sql(probe);
  } catch (e) {
    throw invalid(id, `scan.sql(ctx) threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof (sql as { from?: unknown } | null)?.from !== "string") {
    throw invalid(id, "scan.sql(ctx) must return { from: string, ... }");
  }
  let value: unknown;
  try {
    value = spec.value(probe);
  } catch (e) {
    throw invalid(id, `value(ctx) threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw invalid(id, "value(ctx) must return the SQL of an aggregate, e.g. count(*)");
  }
  return Object.freeze(spec);
}
