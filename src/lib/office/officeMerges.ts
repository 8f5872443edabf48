import { officeMergeSchema, type OfficeMerge } from "../../data/officeMerge.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { zodIssuesText } from "../zodIssuesText.ts";
import type { Store } from "../store/openStore.ts";

/** The merges recorded in the database (every office's, or `officeId`'s), oldest first. */
export async function getOfficeMerges(store: Store, officeId?: string): Promise<OfficeMerge[]> {
  const rows = await store.all<{
    office_id: string;
    absorbed_office_id: string;
    absorbed_province: string;
    merged_on: string;
  }>(
    `SELECT office_id, absorbed_office_id, absorbed_province, CAST(merged_on AS VARCHAR) AS merged_on
     FROM office_merges ${officeId === undefined ? "" : "WHERE office_id = $id"}
     ORDER BY merged_on, absorbed_office_id`,
    officeId === undefined ? undefined : { id: officeId },
  );
  return rows.map((r) => officeMergeSchema.parse(r));
}

/**
 * Records (or replaces) a merge: `absorbed_office_id` merged into `office_id` on `merged_on`.
 * Nothing else changes: records keep their own keys, and the absorbed office's export is
 * read beside the office's own. Throws a {@link DoingoaiError} (exit code 3) for an invalid
 * merge or an office absorbing itself.
 */
export async function setOfficeMerge(store: Store, merge: OfficeMerge): Promise<OfficeMerge> {
  const parsed = officeMergeSchema.safeParse(merge);
  if (!parsed.success) {
    throw new DoingoaiError(
      {
        vi: `Thông tin sáp nhập không hợp lệ: ${zodIssuesText(parsed.error)}`,
        en: `Invalid merge: ${zodIssuesText(parsed.error)}`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const m = parsed.data;
  if (m.absorbed_office_id === m.office_id) {
    throw new DoingoaiError(
      {
        vi: `Cơ quan ${m.office_id} không thể sáp nhập chính nó.`,
        en: `Office ${m.office_id} cannot absorb itself.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  await store.run(
    `INSERT OR REPLACE INTO office_merges (office_id, absorbed_office_id, absorbed_province, merged_on)
     VALUES ($office_id, $absorbed_office_id, $absorbed_province, CAST($merged_on AS DATE))`,
    { ...m },
  );
  return m;
}
