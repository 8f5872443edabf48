import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import {
  officeProfileFields,
  officeProfileSchema,
  type OfficeProfile,
  type OfficeProfileInput,
} from "../../data/officeProfile.ts";
import type { Store } from "../store/openStore.ts";

const columns = [
  "office_id",
  "province",
  "province_en",
  "agency",
  "agency_en",
  "agency_code",
  "number_symbol",
  "signer_authority",
  "signer_title",
  "signer_name",
  "recipients",
] as const;

/** Options of {@link getOfficeProfile}. */
export interface GetOfficeProfileOptions {
  /** The office; default doingoai_meta `office_id`, else the only profile stored. */
  officeId?: string;
}

/**
 * The profile of the office the database speaks for, or null when none is
 * stored (documents then use neutral wording). Reads only.
 */
export async function getOfficeProfile(
  store: Store,
  options: GetOfficeProfileOptions = {},
): Promise<OfficeProfile | null> {
  const rows = await store.all<Record<string, unknown>>(
    `SELECT ${columns.join(", ")} FROM office_profiles ORDER BY office_id`,
  );
  let row: Record<string, unknown> | undefined;
  if (options.officeId !== undefined) {
    row = rows.find((r) => r["office_id"] === options.officeId);
  } else {
    const [meta] = await store.all<{ value: string }>(
      "SELECT value FROM doingoai_meta WHERE key = 'office_id'",
    );
    row = rows.find((r) => r["office_id"] === meta?.value) ?? (rows.length === 1 ? rows[0] : undefined);
  }
  if (row === undefined) return null;
  const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
  return officeProfileSchema.parse(clean);
}

/** Options of {@link setOfficeProfile}. */
export interface SetOfficeProfileOptions {
  /**
   * Make it the database's own office (doingoai_meta `office_id`). Default
   * true; false stores the profile of an office merged into this one.
   */
  own?: boolean;
}

/**
 * Stores (or replaces) an office's profile and makes it the database's office
 * (doingoai_meta `office_id`) unless `own` is false. Throws a
 * {@link DoingoaiError} (exit code 3) naming each bad field, in both
 * languages, when the profile is invalid.
 */
export async function setOfficeProfile(
  store: Store,
  profile: OfficeProfileInput,
  options: SetOfficeProfileOptions = {},
): Promise<OfficeProfile> {
  const parsed = officeProfileSchema.safeParse(profile);
  if (!parsed.success) {
    const say = (lang: "vi" | "en") =>
      parsed.error.issues
        .map((issue) => {
          const name = String(issue.path[0] ?? "office");
          const field = officeProfileFields.find((f) => f.name === name);
          const given = (profile as Record<string, unknown>)[name];
          const what =
            given === undefined || given === null
              ? lang === "vi"
                ? "cần có"
                : "is required"
              : name === "office_id"
                ? lang === "vi"
                  ? `«${String(given)}» không hợp lệ; chỉ gồm chữ, số và - _ .`
                  : `«${String(given)}» is not valid; letters, digits and - _ . only`
                : lang === "vi"
                  ? `«${String(given)}» không hợp lệ; cần một đoạn chữ không trống`
                  : `«${String(given)}» is not valid; expected a non-empty text`;
          return `${field ? field[lang] : name} (${name}) ${what}`;
        })
        .join("; ");
    throw new DoingoaiError(
      { vi: `Hồ sơ cơ quan không hợp lệ: ${say("vi")}`, en: `Invalid office profile: ${say("en")}` },
      { exitCode: exitCodes.invalidData },
    );
  }
  const p = parsed.data;
  await store.transaction(async () => {
    // The list is bound as JSON text: node-api binds a JS array only with an explicit LIST type.
    await store.run(
      `INSERT OR REPLACE INTO office_profiles (${columns.join(", ")}, updated_at)
       VALUES (${columns.map((c) => (c === "recipients" ? "CAST(CAST($recipients AS JSON) AS VARCHAR[])" : `$${c}`)).join(", ")}, now()::TIMESTAMP)`,
      Object.fromEntries(
        columns.map((c) => [
          c,
          c === "recipients" ? JSON.stringify(p.recipients) : ((p[c] as string | undefined) ?? null),
        ]),
      ),
    );
    if (options.own === false) return;
    await store.run(
      "INSERT INTO doingoai_meta VALUES ('office_id', $id) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      { id: p.office_id },
    );
  });
  return p;
}
