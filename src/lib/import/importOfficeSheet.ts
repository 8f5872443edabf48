// The `office` sheet of the template (or an office.csv / office.json file):
// the office profile, read beside the data tables but stored by its own step,
// outside importTables, in the same transaction as the tables.
import { officeProfileFields, officeProfileSchema, type OfficeProfile } from "../../data/officeProfile.ts";
import { unprotectFormula } from "../io/csv.ts";
import { setOfficeProfile } from "../office/officeProfileStore.ts";
import type { Store } from "../store/openStore.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import type { EntityCount } from "./importTables.ts";
import type { RowTable, SourceTable } from "./stage.ts";

/** The sheet (and file) name of the office profile. */
export const officeSheetName = "office";

/** The header of a profile field in the template: "tỉnh (province)". */
export function officeHeader(field: (typeof officeProfileFields)[number], lang: "vi" | "en" = "vi"): string {
  return `${field[lang]} (${field.name})`;
}

function fieldOf(header: string): (typeof officeProfileFields)[number] | undefined {
  const h = header.trim().normalize("NFC").toLowerCase();
  const inBrackets = /\(([a-z_]+)\)\s*$/.exec(h)?.[1];
  return officeProfileFields.find(
    (f) => f.name === h || f.name === inBrackets || f.vi.toLowerCase() === h || f.en.toLowerCase() === h,
  );
}

async function rowsOf(store: Store, table: SourceTable): Promise<RowTable> {
  if ("rows" in table) return table;
  const rows = await store.all<Record<string, string | null>>(
    "SELECT * FROM read_csv($path, header = true, all_varchar = true)",
    { path: table.csvPath },
  );
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return {
    entity: table.entity,
    source: table.source,
    header,
    rows: rows.map((r) => header.map((h) => r[h])),
  };
}

const cellText = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = (
    typeof v === "object" && "richText" in v
      ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("")
      : String(v)
  ).trim();
  return s === "" ? undefined : s;
};

/**
 * Takes the office tables out of `tables` and reads them into profiles, one a
 * row; each bad cell or missing field is added to `problems` with its file,
 * sheet, row and column, in both languages. Returns the profiles and the other tables.
 */
export async function takeOfficeTables(
  store: Store,
  tables: SourceTable[],
  problems: ImportProblem[],
): Promise<{ profiles: OfficeProfile[]; rest: SourceTable[] }> {
  const profiles: OfficeProfile[] = [];
  const rest: SourceTable[] = [];
  for (const source of tables) {
    if (source.entity !== officeSheetName) {
      rest.push(source);
      continue;
    }
    const table = await rowsOf(store, source);
    const where = { source: table.source, ...(table.sheet ? { sheet: table.sheet } : {}) };
    const fields = table.header.map(fieldOf);
    // office.csv guards formula-leading texts with a `'` (as the export's CSV does); the workbook does not
    const fromCsv = "csvPath" in source;
    table.header.forEach((h, i) => {
      if (fields[i] === undefined && h.trim() !== "") {
        problems.push({
          ...where,
          row: 1,
          column: h,
          code: "unknown_column",
          text: {
            vi: `cột «${h}» không thuộc hồ sơ cơ quan; cần: ${officeProfileFields.map((f) => f.name).join(", ")}`,
            en: `column «${h}» is not part of the office profile; expected: ${officeProfileFields.map((f) => f.name).join(", ")}`,
          },
        });
      }
    });
    table.rows.forEach((cells, k) => {
      const row = table.rowNumbers?.[k] ?? (table.firstRow ?? 2) + k;
      const record: Record<string, unknown> = {};
      fields.forEach((f, i) => {
        const cell = cellText(cells[i]);
        if (f === undefined || cell === undefined) return;
        const text = fromCsv ? unprotectFormula(cell) : cell;
        record[f.name] = f.name === "recipients" ? text.split(/\s*[;\n]\s*/).filter((r) => r !== "") : text;
      });
      const parsed = officeProfileSchema.safeParse(record);
      if (parsed.success) {
        profiles.push(parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? "");
        const field = officeProfileFields.find((f) => f.name === name);
        const value = record[name];
        problems.push({
          ...where,
          row,
          column: name,
          ...(value === undefined ? {} : { value: String(value) }),
          code: value === undefined ? "missing_column" : "one_of",
          text:
            value === undefined
              ? {
                  vi: `${field?.vi ?? name} (${name}) cần có trong hồ sơ cơ quan`,
                  en: `${field?.en ?? name} (${name}) is required in the office profile`,
                }
              : {
                  vi: `«${String(value)}» không hợp lệ cho ${field?.vi ?? name}; ${name === "office_id" ? "chỉ gồm chữ, số và - _ ." : "cần một đoạn chữ không trống"}`,
                  en: `«${String(value)}» is not valid for ${field?.en ?? name}; ${name === "office_id" ? "letters, digits and - _ . only" : "expected a non-empty text"}`,
                },
        });
      }
    });
  }
  return { profiles, rest };
}

/**
 * Stores the profiles read by {@link takeOfficeTables} (the last one becomes
 * the database's office) and `others` (offices merged into this one, which do
 * not), and counts them as the importer counts rows.
 */
export async function writeOfficeProfiles(
  store: Store,
  profiles: OfficeProfile[],
  others: OfficeProfile[] = [],
): Promise<EntityCount> {
  let inserted = 0;
  for (const [i, profile] of [...others, ...profiles].entries()) {
    const [row] = await store.all<{ n: bigint }>(
      "SELECT count(*) AS n FROM office_profiles WHERE office_id = $id",
      {
        id: profile.office_id,
      },
    );
    if (Number(row?.n ?? 0) === 0) inserted++;
    await setOfficeProfile(store, profile, { own: i >= others.length });
  }
  const rows = others.length + profiles.length;
  return { rows, inserted, updated: rows - inserted, keptColumns: [] };
}
