import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import type { ParquetExportTables } from "../import/readParquetExport.ts";
import type { Store } from "../store/openStore.ts";

/**
 * What importing a Parquet export does with the office profile its manifest
 * carries: `own` — stored as the database's own office (the database has no
 * office yet, or none but this one without a profile: a restore); `absorbed` —
 * the export is of an office merged into this one (`office merge`), so its
 * profile is stored beside the own one, which stays; `kept` — the export is of
 * this same office and a profile is stored: the stored one stays (it changes
 * only by `office set` or the office sheet); `none` — the manifest has no profile.
 */
export type ExportOfficeRole = "own" | "absorbed" | "kept" | "none";

/**
 * The role of each export's office, in order (see {@link ExportOfficeRole}).
 * Refuses (exit 3, nothing written) an export of another office that was not
 * merged into this one: importing it would add the other office's records to
 * this office's and change the database's office.
 */
export async function exportOfficeRoles(
  store: Store,
  exports: readonly ParquetExportTables[],
): Promise<ExportOfficeRole[]> {
  const [meta] = await store.all<{ value: string }>(
    "SELECT value FROM doingoai_meta WHERE key = 'office_id'",
  );
  let own = meta?.value;
  const roles: ExportOfficeRole[] = [];
  for (const e of exports) {
    const office = e.profile?.office_id;
    if (office === undefined) {
      roles.push("none");
      continue;
    }
    if (own === undefined) {
      own = office;
      roles.push("own");
      continue;
    }
    if (office === own) {
      const [stored] = await store.all<{ n: bigint }>(
        "SELECT count(*) AS n FROM office_profiles WHERE office_id = $1",
        [own],
      );
      roles.push(Number(stored?.n ?? 0) > 0 ? "kept" : "own");
      continue;
    }
    const [merged] = await store.all<{ n: bigint }>(
      "SELECT count(*) AS n FROM office_merges WHERE office_id = $1 AND absorbed_office_id = $2",
      [own, office],
    );
    if (Number(merged?.n ?? 0) > 0) {
      roles.push("absorbed");
      continue;
    }
    const province = e.profile?.province ?? office;
    throw new DoingoaiError(
      {
        vi: `${e.dir}: đây là bản xuất của cơ quan khác — ${province} (${office}) — không phải của cơ quan của cơ sở dữ liệu này (${own}); nhập vào sẽ trộn số liệu của hai cơ quan và đổi cơ quan của cơ sở dữ liệu. Không nhập gì. Nếu ${office} đã sáp nhập vào ${own}, hãy ghi việc sáp nhập trước (doingoai office merge --absorbed-office-id ${office} --absorbed-province «${province}» --merged-on dd/mm/yyyy) rồi nhập lại; hoặc đọc bản xuất tại chỗ, không nhập, bằng --also ${e.dir} (doingoai indicators, build).`,
        en: `${e.dir}: this is the export of another office — ${province} (${office}) — not of this database's office (${own}); importing it would mix the two offices' records and change the database's office. Nothing was imported. If ${office} was merged into ${own}, record the merger first (doingoai office merge --absorbed-office-id ${office} --absorbed-province «${province}» --merged-on dd/mm/yyyy) and import again; or read the export in place, without importing, with --also ${e.dir} (doingoai indicators, build).`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return roles;
}
