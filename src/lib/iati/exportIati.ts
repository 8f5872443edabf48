import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { makeFolder } from "../io/makeFolder.ts";
import { removeStaleTemps } from "../io/removeStaleTemps.ts";
import { basename, dirname, join } from "node:path";
import type { AidProject } from "../../data/aidProjects.ts";
import { formatDate } from "../../data/format.ts";
import { neutralAgency, neutralProvince, type OfficeProfile } from "../../data/officeProfile.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { fileSystemReasons } from "../io/fileSystemReasons.ts";
import { getOfficeProfile } from "../office/officeProfileStore.ts";
import type { Store } from "../store/openStore.ts";
import { xmlDecimal, xmlText } from "./xmlText.ts";

/** Name of the file `doingoai export DIR --format iati` writes in DIR. */
export const iatiActivitiesFileName = "iati-activities.xml";

/** The IATI standard version the export writes (and validates against). */
export const iatiVersion = "2.03";

/** IATI ActivityStatus code for each aid_projects.status (see docs/iati.md). */
export const iatiActivityStatus: Record<AidProject["status"], string> = {
  approved: "1", // Pipeline/identification: licensed, not started
  ongoing: "2", // Implementation
  completed: "4", // Closed
  cancelled: "5", // Cancelled
  revoked: "5", // Cancelled: the province withdrew the licence
};

/** Options of {@link exportIati} and {@link renderIatiActivities}. */
export interface IatiExportOptions {
  /**
   * `reporting-org/@ref`, the office's IATI organisation identifier, which also
   * prefixes every `iati-identifier`. Default: `VN-DOINGOAI-{office_id}` from
   * the office profile (`VN-DOINGOAI-OFFICE` without one) — a stand-in, not a
   * registered identifier; give the office's own once it has one.
   */
  reportingOrgRef?: string;
  /** Written as `generated-datetime` and each activity's `last-updated-datetime`. Default: now. */
  generatedAt?: Date;
}

/** What {@link exportIati} wrote. */
export interface IatiExportSummary {
  /** Path of the file written. */
  file: string;
  /** Activities (aid projects) written. */
  activities: number;
  /** Commitment (type 2) transactions, one per project. */
  commitments: number;
  /** Disbursement (type 3) transactions, one per aid_disbursements row. */
  disbursements: number;
  /** The reporting-org ref used. */
  reportingOrgRef: string;
  /** False when no office profile is stored (neutral organisation names were written). */
  hasProfile: boolean;
}

interface ProjectRow {
  project_id: string;
  iati_identifier: string | null;
  title: string;
  title_en: string | null;
  sector: string;
  location: string | null;
  approved_on: string;
  start_on: string | null;
  end_on: string | null;
  committed_amount: number;
  currency: string;
  status: AidProject["status"];
  ngo_name: string | null;
  ngo_country: string | null;
}

interface DisbursementRow {
  project_id: string;
  disbursed_on: string;
  amount: number;
  currency: string;
}

/**
 * The office's aid projects as one IATI 2.03 `iati-activities` document: one
 * `iati-activity` per aid project, in project_id order, with the reporting
 * office, the NGO as funding and implementing organisation (the office as
 * accountable where a profile is stored), titles in Vietnamese and, where
 * `title_en` is filled, English, the DAC 5-digit sector, recipient country VN,
 * the location as written within the province, the activity status, planned
 * and actual dates, one commitment (type 2) at the approval date and one
 * disbursement (type 3) per disbursement row, each in its original currency
 * with its value date. docs/iati.md lists every field and default.
 */
export async function renderIatiActivities(store: Store, options: IatiExportOptions = {}): Promise<string> {
  const parts: string[] = [];
  await writeIatiActivities(store, options, (text) => parts.push(text));
  return parts.join("");
}

/**
 * Writes {@link renderIatiActivities}'s document to `dir/iati-activities.xml`
 * (the folder is created if needed; the file is written beside and renamed, so
 * a failed export leaves no half-written file). Throws a {@link DoingoaiError}
 * with exit code 3 when the database holds no aid project (an IATI file needs
 * at least one activity), 5 when the file cannot be written.
 */
export async function exportIati(
  store: Store,
  dir: string,
  options: IatiExportOptions = {},
): Promise<IatiExportSummary> {
  const path = join(dir, iatiActivitiesFileName);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    makeFolder(dir);
    // what an export killed midway (no chance to clean up) left behind
    removeStaleTemps(dir, [basename(path)]);
    fd = openSync(temp, "w");
    const open = fd;
    const summary = await writeIatiActivities(store, options, (text) => writeSync(open, text));
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    return { ...summary, file: path };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw writeError(path, error);
  }
}

async function writeIatiActivities(
  store: Store,
  options: IatiExportOptions,
  write: (text: string) => void,
): Promise<Omit<IatiExportSummary, "file">> {
  const profile = await getOfficeProfile(store);
  const orgRef = options.reportingOrgRef ?? `VN-DOINGOAI-${profile?.office_id ?? "OFFICE"}`;
  const at = (options.generatedAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const projects = await store.all<ProjectRow>(
    `SELECT p.project_id, p.iati_identifier, p.title, p.title_en, p.sector, p.location,
       CAST(p.approved_on AS VARCHAR) AS approved_on, CAST(p.start_on AS VARCHAR) AS start_on,
       CAST(p.end_on AS VARCHAR) AS end_on, p.committed_amount, p.currency, p.status,
       n.name AS ngo_name, n.country AS ngo_country
     FROM aid_projects p LEFT JOIN ngos n ON n.ngo_id = p.ngo_id
     ORDER BY p.project_id`,
  );
  if (projects.length === 0) {
    throw new DoingoaiError(
      {
        vi: "Không có dự án viện trợ nào (bảng aid_projects trống): tệp IATI cần ít nhất một hoạt động. Hãy nhập dữ liệu trước.",
        en: "There is no aid project (aid_projects is empty): an IATI file needs at least one activity. Import data first.",
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  const disbursements = new Map<string, DisbursementRow[]>();
  for (const d of await store.all<DisbursementRow>(
    `SELECT project_id, CAST(disbursed_on AS VARCHAR) AS disbursed_on, amount, currency
     FROM aid_disbursements ORDER BY project_id, disbursed_on, amount, currency`,
  )) {
    const list = disbursements.get(d.project_id) ?? [];
    list.push(d);
    disbursements.set(d.project_id, list);
  }
  const office = officeNames(profile);
  const ref = xmlText(orgRef);
  write(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<!-- doingoai: aid projects of ${xmlComment(office.en)}, IATI ${iatiVersion} (docs/iati.md) -->\n` +
      `<iati-activities version="${iatiVersion}" generated-datetime="${at}">\n`,
  );
  let disbursementCount = 0;
  for (const p of projects) {
    const rows = disbursements.get(p.project_id) ?? [];
    disbursementCount += rows.length;
    write(activityXml(p, rows, { ref, office, hasProfile: profile !== null, at }));
  }
  write(`</iati-activities>\n`);
  return {
    activities: projects.length,
    commitments: projects.length,
    disbursements: disbursementCount,
    reportingOrgRef: orgRef,
    hasProfile: profile !== null,
  };
}

interface Office {
  vi: string;
  en: string;
  province: { vi: string; en: string };
}

function officeNames(profile: OfficeProfile | null): Office {
  if (profile === null) {
    return {
      vi: `${neutralAgency.vi} tỉnh ${neutralProvince.vi}`,
      en: `${neutralAgency.en}, ${neutralProvince.en}`,
      province: { vi: neutralProvince.vi, en: neutralProvince.en },
    };
  }
  const provinceEn = profile.province_en ?? profile.province;
  return {
    vi: `${profile.agency} tỉnh ${profile.province}`,
    en: `${profile.agency_en ?? profile.agency}, ${provinceEn} province`,
    province: { vi: profile.province, en: provinceEn },
  };
}

const narrative = (text: string, lang: "vi" | "en") =>
  `<narrative xml:lang="${lang}">${xmlText(text)}</narrative>`;

function activityXml(
  p: ProjectRow,
  rows: readonly DisbursementRow[],
  ctx: { ref: string; office: Office; hasProfile: boolean; at: string },
): string {
  const ngo = p.ngo_name ?? p.project_id;
  const officeOrg = (tag: string, role: string) =>
    `<${tag} ref="${ctx.ref}" type="11"${role}>${narrative(ctx.office.vi, "vi")}${narrative(ctx.office.en, "en")}</${tag}>`;
  const lines: string[] = [];
  const add = (line: string) => lines.push(`    ${line}`);
  add(`<iati-identifier>${ctx.ref}-${xmlText(p.project_id)}</iati-identifier>`);
  add(officeOrg("reporting-org", ""));
  add(`<title>${narrative(p.title, "vi")}${p.title_en ? narrative(p.title_en, "en") : ""}</title>`);
  const approved = { vi: formatDate(p.approved_on), en: formatDate(p.approved_on) };
  const from = p.ngo_country ? ` (${p.ngo_country})` : "";
  add(
    `<description type="1">` +
      narrative(
        `Dự án viện trợ phi chính phủ nước ngoài do ${ngo}${from} tài trợ, được phê duyệt ngày ${approved.vi}; mã dự án của cơ quan: ${p.project_id}.`,
        "vi",
      ) +
      narrative(
        `Foreign non-governmental aid project funded by ${ngo}${from}, approved on ${approved.en}; the office's project id: ${p.project_id}.`,
        "en",
      ) +
      `</description>`,
  );
  const funder = `type="21"${p.iati_identifier ? ` activity-id="${xmlText(p.iati_identifier)}"` : ""}`;
  add(`<participating-org role="1" ${funder}>${narrative(ngo, "en")}</participating-org>`);
  if (ctx.hasProfile) add(officeOrg("participating-org", ` role="2"`));
  add(`<participating-org role="4" type="21">${narrative(ngo, "en")}</participating-org>`);
  add(`<other-identifier ref="${xmlText(p.project_id)}" type="A1"/>`);
  add(`<activity-status code="${iatiActivityStatus[p.status]}"/>`);
  for (const [type, date] of activityDates(p)) add(`<activity-date type="${type}" iso-date="${date}"/>`);
  add(`<recipient-country code="VN" percentage="100"/>`);
  const place = p.location ?? ctx.office.province.vi;
  add(
    `<location ref="${xmlText(p.project_id)}-location"><name>${narrative(place, "vi")}</name>` +
      `<description>${narrative(`Tỉnh ${ctx.office.province.vi}, Việt Nam`, "vi")}${narrative(`${ctx.office.province.en} province, Viet Nam`, "en")}</description></location>`,
  );
  add(`<sector vocabulary="1" code="${xmlText(p.sector)}" percentage="100"/>`);
  const provider = `<provider-org type="21">${narrative(ngo, "en")}</provider-org>`;
  const receiver = ctx.hasProfile ? officeOrg("receiver-org", "") : "";
  add(
    `<transaction><transaction-type code="2"/><transaction-date iso-date="${p.approved_on}"/>` +
      `<value currency="${xmlText(p.currency)}" value-date="${p.approved_on}">${xmlDecimal(p.committed_amount)}</value>` +
      `<description>${narrative("Giá trị cam kết theo phê duyệt của tỉnh", "vi")}${narrative("Committed value as approved by the province", "en")}</description>` +
      `${provider}${receiver}</transaction>`,
  );
  for (const d of rows) {
    add(
      `<transaction><transaction-type code="3"/><transaction-date iso-date="${d.disbursed_on}"/>` +
        `<value currency="${xmlText(d.currency)}" value-date="${d.disbursed_on}">${xmlDecimal(d.amount)}</value>` +
        `${provider}${receiver}</transaction>`,
    );
  }
  return (
    `  <iati-activity xml:lang="vi" default-currency="${xmlText(p.currency)}" last-updated-datetime="${ctx.at}">\n` +
    lines.join("\n") +
    `\n  </iati-activity>\n`
  );
}

/**
 * IATI activity-date entries (ActivityDateType code, ISO date): planned start
 * and end from start_on/end_on; actual start once the project is ongoing or
 * completed, actual end once completed. Without start_on, the approval date
 * stands as planned start (IATI needs at least one date).
 */
function activityDates(p: ProjectRow): [string, string][] {
  const started = p.status === "ongoing" || p.status === "completed";
  const dates: [string, string][] = [["1", p.start_on ?? p.approved_on]];
  if (started && p.start_on) dates.push(["2", p.start_on]);
  if (p.end_on) dates.push(["3", p.end_on]);
  if (p.status === "completed" && p.end_on) dates.push(["4", p.end_on]);
  return dates;
}

/** Text safe inside an XML comment (no "--"). */
function xmlComment(text: string): string {
  return xmlText(text).replace(/-{2,}/g, "-");
}

function writeError(path: string, error: unknown): unknown {
  if (error instanceof DoingoaiError || !(error instanceof Error) || !("code" in error)) return error;
  const code = String(error.code);
  const reason = fileSystemReasons[code] ?? { vi: error.message, en: error.message };
  return new DoingoaiError(
    {
      vi: `Không ghi được ${path}: ${reason.vi} (${code}). Không có tệp nào bị ghi dở.`,
      en: `Cannot write ${path}: ${reason.en} (${code}). No file was left half-written.`,
    },
    { exitCode: exitCodes.io, cause: error },
  );
}
