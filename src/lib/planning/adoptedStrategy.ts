import type { Bilingual } from "../../data/Bilingual.ts";
import { formatDate } from "../../data/format.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { Store } from "../store/openStore.ts";
import { validateStrategy, type Strategy } from "../../data/planning/strategy.ts";

/** A strategy adopted into the database: its version, when, from which file, and the strategy. */
export interface AdoptedStrategy {
  /** 1 for the first adopted strategy, then one more each time. */
  version: number;
  /** ISO timestamp (UTC, seconds) of the adoption. */
  adopted_at: string;
  /** The file it was adopted from, as given; null when adopted from code. */
  source: string | null;
  strategy: Strategy;
}

/**
 * Stores a validated strategy as the database's next adopted version (table
 * `adopted_strategies`, schema version 5). Earlier versions are kept: the highest
 * version is the strategy in force. Returns the stored row.
 */
export async function adoptStrategy(
  store: Store,
  strategy: Strategy,
  options: { source?: string; at?: Date } = {},
): Promise<AdoptedStrategy> {
  const at = (options.at ?? new Date()).toISOString().slice(0, 19);
  return store.transaction(async () => {
    const [row] = await store.all<{ v: number | null }>("SELECT max(version) AS v FROM adopted_strategies");
    const version = Number(row?.v ?? 0) + 1;
    await store.run(
      `INSERT INTO adopted_strategies (version, plan_period, adopted_at, source, content)
       VALUES ($version, $plan, CAST($at AS TIMESTAMP), $source, CAST($content AS JSON))`,
      {
        version,
        plan: strategy.plan_period,
        at,
        source: options.source ?? null,
        content: JSON.stringify(strategy),
      },
    );
    return { version, adopted_at: at, source: options.source ?? null, strategy };
  });
}

/**
 * The adopted strategy in force (the highest version), or a given version; null
 * when none was adopted. A stored strategy that no longer passes the schema
 * (edited by hand in the database) is refused (exit 3) with its problems.
 */
export async function loadAdoptedStrategy(
  store: Store,
  options: { version?: number } = {},
): Promise<AdoptedStrategy | null> {
  const rows = await store.all<{
    version: number;
    adopted_at: Date | string;
    source: string | null;
    content: string;
  }>(
    `SELECT version, strftime(adopted_at, '%Y-%m-%dT%H:%M:%S') AS adopted_at, source, CAST(content AS VARCHAR) AS content
     FROM adopted_strategies ${options.version === undefined ? "" : "WHERE version = $v"}
     ORDER BY version DESC LIMIT 1`,
    options.version === undefined ? undefined : { v: options.version },
  );
  const row = rows[0];
  if (row === undefined) return null;
  const parsed = validateStrategy(JSON.parse(row.content));
  if (!parsed.ok) {
    throw new DoingoaiError(
      {
        vi: `Chiến lược đã thông qua (phiên bản ${row.version}) không hợp lệ: ${parsed.problems.map((p) => p.text.vi).join("; ")}`,
        en: `The adopted strategy (version ${row.version}) is invalid: ${parsed.problems.map((p) => p.text.en).join("; ")}`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return {
    version: Number(row.version),
    adopted_at: String(row.adopted_at),
    source: row.source,
    strategy: parsed.strategy,
  };
}

/** Every adopted version, newest first, without the content. */
export async function listAdoptedStrategies(
  store: Store,
): Promise<{ version: number; plan_period: string; adopted_at: string; source: string | null }[]> {
  const rows = await store.all<{
    version: number;
    plan_period: string;
    adopted_at: string;
    source: string | null;
  }>(
    `SELECT version, plan_period, strftime(adopted_at, '%Y-%m-%dT%H:%M:%S') AS adopted_at, source
     FROM adopted_strategies ORDER BY version DESC`,
  );
  return rows.map((r) => ({ ...r, version: Number(r.version) }));
}

/**
 * How a page names the strategy it shows, for a person and with no path: an adopted one by its
 * version and date ("phiên bản 2, thông qua ngày 07/12/2026"), a file by its name only
 * ("tệp strategy-2026-2030.yaml"): the folders of the office's computer mean nothing to a reader.
 */
export function strategySourceName(
  source: Pick<AdoptedStrategy, "version" | "adopted_at"> | string,
): Bilingual {
  if (typeof source === "string") {
    const name = source.replace(/^.*[\\/]/, "");
    return { vi: `tệp ${name}`, en: `file ${name}` };
  }
  const on = formatDate(source.adopted_at.slice(0, 10));
  return {
    vi: `phiên bản ${source.version}, thông qua ngày ${on}`,
    en: `version ${source.version}, adopted on ${on}`,
  };
}

/** How documents and pages name an adopted strategy: "adopted v2 (strategy.yaml)". */
export function adoptedLabel(adopted: Pick<AdoptedStrategy, "version" | "source">): string {
  return `adopted v${adopted.version}${adopted.source === null ? "" : ` (${adopted.source})`}`;
}
