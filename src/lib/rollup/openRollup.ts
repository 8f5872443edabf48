import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { entities } from "../../data/entities.ts";
import type { Entity } from "../../data/defineEntity.ts";
import type { OfficeMerge } from "../../data/officeMerge.ts";
import type { OfficeProfile } from "../../data/officeProfile.ts";
import { DoingoaiError, exitCodes, type ExitCode } from "../DoingoaiError.ts";
import { readExportManifest } from "../io/exportManifest.ts";
import { getOfficeMerges } from "../office/officeMerges.ts";
import { getOfficeProfile } from "../office/officeProfileStore.ts";
import { isSampleDatabase } from "../sample/sampleMarker.ts";
import { latestVersion, migrations } from "../store/migrations.ts";
import { openStore, storeOfConnection, type Store } from "../store/openStore.ts";
import { ident, literal } from "../store/sqlTypes.ts";

/** One office in a roll-up: where its records come from and what it says of itself. */
export interface RollupOffice {
  /** The office id, as the `office` dimension shows it. */
  office: string;
  /** The export folder, or the database file of `home`. */
  source: string;
  /** True for the `home` database (its ids are as stored; others are prefixed `office:`). */
  home: boolean;
  profile: OfficeProfile | null;
  merges: OfficeMerge[];
  sample: boolean;
}

/** A roll-up: a {@link Store} that `computeIndicators` reads, with the offices it pools. */
export interface Rollup extends Store {
  readonly offices: readonly RollupOffice[];
  readonly dimensions: readonly ["office"];
}

/** Options of {@link openRollup}. */
export interface OpenRollupOptions {
  /**
   * An office's own database read beside the exports (`--also`): its rows keep
   * their ids; the exports' ids are prefixed with their office. Opened read-only.
   */
  home?: string;
}

/** The office id used for a home database without a profile. */
export const unnamedHomeOffice = "local";

function refuse(vi: string, en: string, exitCode: ExitCode = exitCodes.invalidData): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode });
}

/**
 * The latest `CREATE OR REPLACE VIEW "v_…"` of each money view in the
 * migrations, with the office column added, so the roll-up's views convert
 * money exactly as an office's database does.
 */
function moneyViewsSql(): string[] {
  const byName = new Map<string, string>();
  for (const m of migrations) {
    for (const match of m.sql.matchAll(/CREATE OR REPLACE VIEW "(v_\w+)" AS[\s\S]*?;\n/g)) {
      byName.set(
        match[1]!,
        match[0].replace(/^(CREATE OR REPLACE VIEW "v_\w+" AS\s*SELECT )/, "$1t.office, "),
      );
    }
  }
  return [...byName.values()];
}

/** The columns of an entity as a roll-up view shows them: ids prefixed with the office unless `home`. */
function selectList(entity: Entity, office: string, home: boolean): string {
  const cols = entity.columns.map((c) =>
    c.kind === "id" && !home
      ? `${literal(`${office}:`)} || ${ident(c.name)} AS ${ident(c.name)}`
      : ident(c.name),
  );
  return [`${literal(office)} AS office`, ...cols].join(", ");
}

/**
 * Opens several offices' Parquet exports (`doingoai export DIR --format
 * parquet`) — and optionally an office's own database (`home`) — as one
 * store of views, read in place by DuckDB: nothing is imported or copied.
 * Every table gets an `office` column (the office id of the export's
 * manifest), which `computeIndicators` offers as the dimension `office`.
 *
 * Records are never re-keyed in their files; in the views, each export's ids
 * (partner_id, ngo_id…) read `office:id` so that two offices' `P001` stay
 * apart and joins stay within an office (the home database's ids are as
 * stored). Exchange rates are pooled: one rate per currency and day, the
 * first office's (home first, then the folders in order) where offices differ.
 * Ratios are computed from the pooled records: numerators and denominators
 * summed over the offices.
 *
 * Refuses (a {@link DoingoaiError}, naming the office) an export whose schema
 * version is not this doingoai's (exit 4), an export without an office profile,
 * and the same office twice (exit 3: it would be counted twice). Close the
 * roll-up when done.
 */
export async function openRollup(dirs: readonly string[], options: OpenRollupOptions = {}): Promise<Rollup> {
  const offices: RollupOffice[] = [];
  if (options.home !== undefined) {
    const store = await openStore({ path: options.home, readOnly: true });
    try {
      const profile = await getOfficeProfile(store);
      offices.push({
        office: profile?.office_id ?? unnamedHomeOffice,
        source: options.home,
        home: true,
        profile,
        merges: profile ? await getOfficeMerges(store, profile.office_id) : [],
        sample: await isSampleDatabase(store),
      });
    } finally {
      store.close();
    }
  }
  for (const dir of dirs) {
    const manifest = readExportManifest(dir);
    const office = manifest.office?.office_id;
    if (office === undefined) {
      throw refuse(
        `${dir}: bản xuất không có hồ sơ cơ quan nên không biết của cơ quan nào. Hãy đặt hồ sơ (doingoai office set --office-id …) rồi xuất lại.`,
        `${dir}: the export has no office profile, so its office is unknown. Set one (doingoai office set --office-id …) and export again.`,
      );
    }
    if (manifest.schema_version !== latestVersion) {
      throw refuse(
        `${dir}: bản xuất của cơ quan ${office} có phiên bản lược đồ ${manifest.schema_version}, khác phiên bản ${latestVersion} của doingoai này; không gộp các bản xuất khác phiên bản. Hãy xuất lại bằng doingoai cùng phiên bản (hoặc nhập bản xuất vào một cơ sở dữ liệu rồi xuất lại).`,
        `${dir}: the export of office ${office} has schema version ${manifest.schema_version}, not this doingoai's ${latestVersion}; exports of different versions are not rolled up. Export again with the same doingoai (or import the export into a database and export that).`,
        exitCodes.database,
      );
    }
    const same = offices.find((o) => o.office === office);
    if (same !== undefined) {
      throw refuse(
        `Cơ quan ${office} có mặt hai lần (${same.source} và ${dir}); số liệu của cơ quan sẽ bị tính hai lần. Mỗi cơ quan chỉ một bản xuất.`,
        `Office ${office} is given twice (${same.source} and ${dir}); its records would count twice. One export per office.`,
      );
    }
    for (const [name, { file }] of Object.entries(manifest.tables)) {
      if (!existsSync(join(dir, file))) {
        throw refuse(
          `${dir}: thiếu tệp ${file} (bảng ${name}) của cơ quan ${office}.`,
          `${dir}: file ${file} (table ${name}) of office ${office} is missing.`,
          exitCodes.io,
        );
      }
    }
    offices.push({
      office,
      source: dir,
      home: false,
      profile: manifest.office,
      merges: manifest.merges,
      sample: manifest.sample,
    });
  }
  if (offices.length === 0) {
    throw refuse(
      "Cần ít nhất một thư mục xuất Parquet.",
      "At least one Parquet export folder is needed.",
      exitCodes.usage,
    );
  }

  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const store = storeOfConnection(":memory:", false, instance, connection);
  try {
    const home = offices.find((o) => o.home);
    await store.run("SET parquet_metadata_cache = true");
    if (home) await store.run(`ATTACH ${literal(resolve(home.source))} AS home (READ_ONLY)`);
    const relation = (o: RollupOffice, entity: Entity) =>
      o.home
        ? `home.main.${ident(entity.name)}`
        : `read_parquet(${literal(join(o.source, `${entity.name}.parquet`))})`;
    // The exports of a table are one read_parquet over every office's file (one scan, one plan).
    // Each row's office comes from its file's position in that list (DuckDB's file_index), looked
    // up in a constant list: no per-row join on the file name. The home database's table is a
    // second branch.
    const exports = offices.filter((o) => !o.home);
    const fileOf = (o: RollupOffice, entity: Entity) => resolve(join(o.source, `${entity.name}.parquet`));
    const byFile = (values: string[]) => `[${values.map(literal).join(", ")}][file_index::INTEGER + 1]`;
    const officeOfRow = byFile(exports.map((o) => o.office));
    const prefixOfRow = byFile(exports.map((o) => `${o.office}:`));
    for (const entity of entities) {
      if (entity.name === "exchange_rates") continue;
      const parts: string[] = [];
      if (home) parts.push(`SELECT ${selectList(entity, home.office, true)} FROM ${relation(home, entity)}`);
      if (exports.length > 0) {
        const files = exports.map((o) => literal(fileOf(o, entity))).join(", ");
        const cols = entity.columns.map((c) =>
          c.kind === "id" ? `${prefixOfRow} || ${ident(c.name)} AS ${ident(c.name)}` : ident(c.name),
        );
        parts.push(`SELECT ${officeOfRow} AS office, ${cols.join(", ")} FROM read_parquet([${files}])`);
      }
      await store.run(`CREATE VIEW ${ident(entity.name)} AS\n${parts.join("\nUNION ALL\n")}`);
    }
    const rates = entities.find((e) => e.name === "exchange_rates")!;
    const cols = rates.columns.filter((c) => !rates.key.includes(c.name)).map((c) => ident(c.name));
    const ordered = offices.map((o, i) => `SELECT ${i} AS _ord, * FROM ${relation(o, rates)}`);
    await store.run(
      `CREATE TABLE exchange_rates AS
       SELECT "on", currency, ${cols.map((c) => `arg_min(${c}, _ord) AS ${c}`).join(", ")}
       FROM (${ordered.join(" UNION ALL ")}) GROUP BY "on", currency ORDER BY currency, "on"`,
    );
    for (const sql of moneyViewsSql()) await store.run(sql);
  } catch (error) {
    store.close();
    throw error;
  }
  return Object.assign(store, { offices, dimensions: ["office"] as const });
}
